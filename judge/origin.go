package judge

import (
	"slices"
	"strings"

	"github.com/isnad/isnad/export"
)

// origin is where one member claim of a group comes from: the deepest link
// of its (completed) chain, or its publisher when it speaks in its own voice.
type origin struct {
	name      string // as shown to the analyst
	key       string // provenance key before merging
	kind      string // link kind; "outlet" for the publisher's own voice
	anonymous bool   // an unnamed source or unverified papers
	unknown   bool   // nothing names where it comes from
	ownVoice  bool   // the publisher speaks (no source past its own name and credits)
	claim     int
}

// AnonymousOrigin is the name under which a group's unnamed sources count,
// together as one origin: sources the text does not name cannot be shown to
// be different people, so several of them, even via different outlets, are
// not proven independent.
const AnonymousOrigin = "مصدر غير مسمى"

// UnknownPublisher names an origin that is the own voice of a document
// whose outlet is not known.
const UnknownPublisher = "ناشر غير معروف"

func (c *corpus) originOf(i int) origin {
	cl := c.a.Claims[i]
	if n := len(cl.Chain); n > 0 {
		l := cl.Chain[n-1]
		if l.Kind == "anonymous" || l.Kind == "document" {
			return origin{name: AnonymousOrigin, key: "anonymous", kind: l.Kind, anonymous: true, claim: i}
		}
		name := c.canonical(l)
		d := c.claims[i].doc
		own := d >= 0 && len(c.beyond(cl.Chain, d)) == 0
		return origin{name: name, key: foldName(name), kind: l.Kind, claim: i, ownVoice: own}
	}
	d := c.claims[i].doc
	if d >= 0 {
		if names := c.publisherNames(d); len(names) > 0 {
			name := names[len(names)-1]
			return origin{name: name, key: foldName(name), kind: "outlet", claim: i, ownVoice: true}
		}
		id := c.a.Documents[d].ID
		return origin{name: id, key: "doc:" + id, kind: "outlet", unknown: true, claim: i, ownVoice: true}
	}
	return origin{name: cl.Doc, key: "doc:" + cl.Doc, kind: "unknown", unknown: true, claim: i}
}

// canonical is the name a link's origin counts under: the body a person
// speaks for (a monitor's director is the monitor), else the entity's
// canonical name, else the name as read.
func (c *corpus) canonical(l export.Link) string {
	if l.Org != "" {
		return l.Org
	}
	if l.Entity != nil {
		if n, ok := c.entName[*l.Entity]; ok && n != "" {
			return n
		}
	}
	return l.Name
}

// independentOrigins deduplicates a group's origins by provenance:
//   - one source named differently ("المرصد" and its full name, a director
//     and his monitor) is one — a short name that is the leading words of a
//     longer one is that one;
//   - all unnamed sources are one;
//   - members from different documents of one provenance (a story's
//     rewrites, syndicated or credited copies, a document that names another's
//     publisher as its source and repeats its claims) are one, whatever each
//     names; two origins named in one document stay two, but a publisher's
//     own-voice restatement of what the same article attributes is not a
//     second origin.
//
// It returns one name per independent origin (UnknownPublisher for the own
// voice of documents whose outlet is unknown) and their count.
func (c *corpus) independentOrigins(members []int) (names []string, os []origin, independent int) {
	os = make([]origin, len(members))
	for k, i := range members {
		os[k] = c.originOf(i)
	}
	uf := newUnionFind(len(os))
	for x := range os {
		for y := x + 1; y < len(os); y++ {
			if sameSource(os[x].key, os[y].key) {
				uf.union(x, y)
			}
			dx, dy := c.claims[os[x].claim].doc, c.claims[os[y].claim].doc
			if dx >= 0 && dy >= 0 && dx != dy && c.prov.find(dx) == c.prov.find(dy) {
				uf.union(x, y)
			}
			if dx == dy && (os[x].ownVoice || os[y].ownVoice) {
				uf.union(x, y) // the outlet retelling in its own voice what it attributes in the same article
			}
		}
	}
	// One name per independent origin: the most frequent name among its
	// members, preferring a named source over an unnamed one and over the
	// publisher's own voice, then the longest spelling (the full name).
	byRoot := map[int]map[string]int{}
	for k, o := range os {
		r := uf.find(k)
		if byRoot[r] == nil {
			byRoot[r] = map[string]int{}
		}
		score := 1
		if o.unknown {
			byRoot[r][UnknownPublisher] += 0
			continue
		}
		if !o.anonymous && !o.ownVoice {
			score = 1000
		}
		byRoot[r][o.name] += score
	}
	for _, counts := range byRoot {
		best, bestScore := "", 0
		for n, sc := range counts {
			// a short form counts for the full name it abbreviates
			for m, sm := range counts {
				if m != n && len(m) < len(n) && sameSource(foldName(m), foldName(n)) {
					sc += sm
				}
			}
			if sc > bestScore || sc == bestScore && (len(n) > len(best) || len(n) == len(best) && n < best) {
				best, bestScore = n, sc
			}
		}
		if best == "" {
			best = UnknownPublisher
		}
		if !slices.Contains(names, best) {
			names = append(names, best)
		}
	}
	slices.Sort(names)
	return names, os, len(byRoot)
}

func sameSource(a, b string) bool {
	if a == b {
		return true
	}
	if a == "" || b == "" || strings.HasPrefix(a, "doc:") || strings.HasPrefix(b, "doc:") || a == "anonymous" || b == "anonymous" {
		return false
	}
	return strings.HasPrefix(b, a+" ") || strings.HasPrefix(a, b+" ")
}

// hasSourced reports whether some origin is a source past the publisher.
func hasSourced(os []origin) bool {
	for _, o := range os {
		if !o.ownVoice {
			return true
		}
	}
	return false
}
