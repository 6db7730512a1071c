package judge

import (
	"slices"

	"github.com/isnad/isnad/export"
)

// completeChains appends to a chain the deeper links another document of
// the corpus gives for the same assertion:
//
//   - a chain that ends at an outlet or agency X inherits the chain of a
//     matching claim (same group) in a document published or credited under X
//     — X's own article — past X itself;
//   - an unattributed claim (the publisher's own voice) inherits the whole
//     chain of a matching claim in a document it derives from: one of the
//     same story published earlier, or one published or credited under an
//     outlet the claim's document cites elsewhere (a rewrite that names its
//     source once and then copies without attribution).
//
// Inherited links carry InheritedFrom = the document they came from. Two
// passes let a completed chain complete another.
func (c *corpus) completeChains(groups [][]int) {
	c.joinRetellings(groups)
	for range 2 {
		for _, g := range groups {
			if len(g) < 2 {
				continue
			}
			for _, i := range g {
				c.completeOne(i, g)
			}
		}
	}
}

func (c *corpus) completeOne(i int, group []int) {
	cl := &c.a.Claims[i]
	di := c.claims[i].doc
	if di < 0 {
		return
	}
	if n := len(cl.Chain); n > 0 {
		last := cl.Chain[n-1]
		if last.Kind != "outlet" && last.Kind != "agency" {
			return
		}
		x := foldName(last.Name)
		for _, j := range group {
			dj := c.claims[j].doc
			if dj == di || dj < 0 || !c.publishes(dj, x) {
				continue
			}
			deeper := c.beyond(c.a.Claims[j].Chain, dj)
			if len(deeper) == 0 {
				continue
			}
			cl.Chain = append(cl.Chain, inherit(deeper, c.a.Documents[dj].ID)...)
			return
		}
		return
	}
	for _, j := range group {
		dj := c.claims[j].doc
		if dj == di || dj < 0 || !c.derivesFrom(di, dj) {
			continue
		}
		src := c.a.Claims[j].Chain
		var head []export.Link
		if names := c.publisherNames(dj); len(names) > 0 && !chainStartsWith(src, names) {
			head = []export.Link{{Name: names[len(names)-1], Kind: "outlet", Cue: "copied"}}
		}
		full := append(head, src...)
		if len(full) == 0 {
			continue
		}
		cl.Chain = inherit(full, c.a.Documents[dj].ID)
		return
	}
}

// beyond is the part of a chain read in document d that lies past d's own
// publisher names (its whole-piece credits come first in its chains).
func (c *corpus) beyond(chain []export.Link, d int) []export.Link {
	names := c.publisherNames(d)
	k := 0
	for k < len(chain) && slices.ContainsFunc(names, func(n string) bool { return foldName(n) == foldName(chain[k].Name) }) {
		k++
	}
	return chain[k:]
}

func chainStartsWith(chain []export.Link, names []string) bool {
	return len(chain) > 0 && slices.ContainsFunc(names, func(n string) bool { return foldName(n) == foldName(chain[0].Name) })
}

// derivesFrom reports whether document d took its wording from document e:
// d cites e's publisher somewhere, or both are one story and e came first.
func (c *corpus) derivesFrom(d, e int) bool {
	for _, n := range c.publisherNames(e) {
		if c.cites[d][foldName(n)] {
			return true
		}
	}
	if c.prov.find(d) != c.prov.find(e) {
		return false
	}
	pd, pe := c.a.Documents[d].Published, c.a.Documents[e].Published
	return pd != nil && pe != nil && *pe < *pd
}

func inherit(links []export.Link, doc string) []export.Link {
	out := make([]export.Link, len(links))
	for k, l := range links {
		l.InheritedFrom = doc
		out[k] = l
	}
	return out
}

// joinRetellings puts into one provenance a document and the document it
// names as its source (by publisher) when the two share a claim group: the
// first retells the second.
func (c *corpus) joinRetellings(groups [][]int) {
	for _, g := range groups {
		for _, i := range g {
			for _, j := range g {
				di, dj := c.claims[i].doc, c.claims[j].doc
				if di < 0 || dj < 0 || di == dj || c.prov.find(di) == c.prov.find(dj) {
					continue
				}
				for _, n := range c.publisherNames(dj) {
					if c.cites[di][foldName(n)] {
						c.prov.union(di, dj)
						break
					}
				}
			}
		}
	}
}
