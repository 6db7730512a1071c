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
// provided they still share half of it). Joining is transitive. Claims of
// one document are never joined directly: two of them end in one group only
// through a claim of another document that restates both. Every claim is in
// exactly one group; a claim no other document repeats is a group of one, so
// every claim gets a grade.
func (c *corpus) group(pairs []scoredPair, threshold float64) [][]int {
	uf := newUnionFind(len(c.claims))
	for _, p := range pairs {
		if p.score >= threshold {
			uf.union(p.a, p.b)
		}
	}
	aligned := c.alignedPairs()
	for _, p := range pairs {
		if p.score >= threshold/2 && aligned[[2]int{p.a, p.b}] {
			uf.union(p.a, p.b)
		}
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
