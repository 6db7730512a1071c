package judge

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
)

// group joins claims of different documents whose similarity reaches the
// threshold, and claims that lie in passages a story pair aligned (copied
// sentences are the same assertion even when reworded past the threshold,
// provided they still share half of it). Pairs are taken best first; two
// groups merge only if their seeds (each group's first claim) are still
// seedShare of the threshold alike, so a chain of small resemblances never
// grows into a topic. Claims of one document are never joined directly:
// two of them end in one group only through a claim of another document
// that restates both. Every claim is in exactly one group; a claim no other
// document repeats is a group of one, so every claim gets a grade.
// seedShare is how alike, relative to the threshold, the seeds of two
// groups must be for the groups to merge.
const seedShare = 0.8

func (c *corpus) group(pairs []scoredPair, threshold float64) [][]int {
	aligned := c.alignedPairs()
	var edges []scoredPair
	for _, p := range pairs {
		switch {
		case p.score >= threshold:
			edges = append(edges, p)
		case p.score >= threshold/2 && aligned[[2]int{p.a, p.b}]:
			edges = append(edges, scoredPair{a: p.a, b: p.b, score: threshold})
		}
	}
	slices.SortStableFunc(edges, func(x, y scoredPair) int {
		switch {
		case x.score > y.score:
			return -1
		case x.score < y.score:
			return 1
		}
		return 0
	})
	uf := newUnionFind(len(c.claims))
	seed := make([]int, len(c.claims))
	size := make([]int, len(c.claims))
	for i := range seed {
		seed[i], size[i] = i, 1
	}
	for _, e := range edges {
		ra, rb := uf.find(e.a), uf.find(e.b)
		if ra == rb {
			continue
		}
		sa, sb := seed[ra], seed[rb]
		if size[ra] > 1 || size[rb] > 1 {
			if !aligned[[2]int{min(sa, sb), max(sa, sb)}] && c.similarity(sa, sb) < threshold*seedShare {
				continue
			}
		}
		keep := sa
		if size[rb] > size[ra] {
			keep = sb
		}
		n := size[ra] + size[rb]
		uf.union(ra, rb)
		r := uf.find(ra)
		seed[r], size[r] = keep, n
	}
	byRoot := map[int][]int{}
	for i := range c.claims {
		r := uf.find(i)
		byRoot[r] = append(byRoot[r], i)
	}
	groups := make([][]int, 0, len(byRoot))
	for _, g := range byRoot {
		groups = append(groups, g) // members are in claim order already
	}
	slices.SortFunc(groups, func(x, y []int) int { return x[0] - y[0] })
	return groups
}

// alignedPairs are the pairs of claims (lower index first) whose spans
// overlap the two sides of one passage of a story pair.
func (c *corpus) alignedPairs() map[[2]int]bool {
	out := map[[2]int]bool{}
	if len(c.a.Stories) == 0 {
		return out
	}
	byDoc := map[string][]int{}
	for i, cl := range c.a.Claims {
		byDoc[cl.Doc] = append(byDoc[cl.Doc], i)
	}
	overlapping := func(doc string, start, end int) []int {
		var hits []int
		for _, i := range byDoc[doc] {
			cl := c.a.Claims[i]
			if cl.Start < end && start < cl.End {
				hits = append(hits, i)
			}
		}
		return hits
	}
	for _, s := range c.a.Stories {
		for _, p := range s.Pairs {
			for _, pa := range p.Passages {
				for _, x := range overlapping(p.A, pa.AStart, pa.AEnd) {
					for _, y := range overlapping(p.B, pa.BStart, pa.BEnd) {
						out[[2]int{min(x, y), max(x, y)}] = true
					}
				}
			}
		}
	}
	return out
}

// groupID is "g:" and a digest of the sorted member claim ids: stable across
// runs over the same input.
func groupID(ids []string) string {
	s := slices.Clone(ids)
	slices.Sort(s)
	h := sha256.Sum256([]byte(strings.Join(s, "\n")))
	return "g:" + hex.EncodeToString(h[:8])
}
