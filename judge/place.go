package judge

import "strings"

// placeKinds are the kinds of place an event happens at (not countries:
// "in Syria" and "in Deir ez-Zor" do not clash, and a country is rarely the
// point of a retelling's disagreement).
var placeKinds = map[string]bool{"city": true, "town": true, "village": true, "neighbourhood": true, "camp": true, "prison": true, "base": true, "border-crossing": true, "governorate": true}

// placeWords are the words that put an event at the place after them.
var placeWords = map[string]bool{keyOf("في"): true, keyOf("قرب"): true, keyOf("داخل"): true, keyOf("بمدينة"): true, keyOf("مدينة"): true, keyOf("بلدة"): true, keyOf("ببلدة"): true, keyOf("بمحافظة"): true, keyOf("محافظة"): true, keyOf("بريف"): true, keyOf("ريف"): true}

// placeClash: two reports of one assertion put it at different places. Each
// claim must name exactly one place of an event kind right after a place
// word (في، قرب، بمدينة …), and neither place may lie inside the other (the
// actor lexicon's parents: a prison in a city, a city in a governorate).
func (c *corpus) placeClash(i, j int) (clash, bool) {
	pi, pj := c.eventPlaces(i), c.eventPlaces(j)
	if len(pi) != 1 || len(pj) != 1 || pi[0] == pj[0] || c.inside(pi[0], pj[0]) || c.inside(pj[0], pi[0]) {
		return clash{}, false
	}
	a, b := c.name(pi[0]), c.name(pj[0])
	return clash{a, b, func(t texts) string { return t.f("place", a, b) }}, true
}

// eventPlaces are the distinct places of claim i named after a place word.
func (c *corpus) eventPlaces(i int) []string {
	var out []string
	ws := c.wordsOf(i)
	base := c.a.Claims[i].Start
	for _, m := range c.mentionsIn(i) {
		if !placeKinds[c.entKind[m.ent]] {
			continue
		}
		k := 0
		for k < len(ws) && int(ws[k].start) < m.start-base {
			k++
		}
		if k == 0 || !placeWords[ws[k-1].key] && !placeWords[strings.TrimPrefix(ws[k-1].key, "ب")] {
			continue
		}
		dup := false
		for _, p := range out {
			dup = dup || p == m.ent
		}
		if !dup {
			out = append(out, m.ent)
		}
	}
	return out
}

// inside reports whether place a lies within place b by the lexicon's parents.
func (c *corpus) inside(a, b string) bool {
	for range 8 {
		p, ok := c.entAffil[a]
		if !ok {
			return false
		}
		if p == b {
			return true
		}
		a = p
	}
	return false
}
