package server

import (
	"net/http"
	"slices"

	"github.com/isnad/isnad/export"
)

// GroupView is a claim group with its claims resolved, for the listing.
type GroupView struct {
	export.ClaimGroup
	Reports []ClaimView `json:"reports"`
}

// groups lists claim groups; a group matches when one of its claims does.
func (s *server) groups(r *http.Request) (any, error) {
	p, f, x, err := s.listingInput(r)
	if err != nil {
		return nil, err
	}
	lang, err := language(r)
	if err != nil {
		return nil, err
	}
	pg := pager[GroupView]{page: p}
	view := func(g *export.ClaimGroup) GroupView {
		v := GroupView{ClaimGroup: *groupIn(g, lang), Reports: []ClaimView{}}
		for _, id := range g.Claims {
			if c := x.claims[id]; c != nil {
				v.Reports = append(v.Reports, x.viewIn(c, lang))
			}
		}
		return v
	}
	if f.Outlet == "" && f.From == "" && f.To == "" && f.Actor == "" && f.Grade >= 0 && f.Grade <= 6 {
		// Only the grade, or nothing: the lists made with the index answer.
		list := x.groupsListed[f.Grade]
		for _, i := range list[min(p.Offset, len(list)):min(p.Offset+p.Limit, len(list))] {
			pg.items = append(pg.items, view(&x.a.ClaimGroups[i]))
		}
		pg.total = len(list)
		return pg.listing(), nil
	}
	for i := range x.a.ClaimGroups {
		g := &x.a.ClaimGroups[i]
		if f.Grade != 0 && g.Credibility != f.Grade {
			continue
		}
		if !slices.ContainsFunc(g.Claims, func(id string) bool {
			c := x.claims[id]
			return c != nil && x.claimMatches(f, c)
		}) {
			continue
		}
		if pg.take() {
			pg.items = append(pg.items, view(g))
		}
	}
	return pg.listing(), nil
}

// ContradictionView is a contradiction with both claims resolved, to be
// shown side by side.
type ContradictionView struct {
	export.Contradiction
	Reports []ClaimView `json:"reports"`
}

// contradictionView resolves a contradiction's claims, its reason and
// theirs in lang.
func (x *corpusIndex) contradictionView(c export.Contradiction, lang string) ContradictionView {
	c.Reason = inLanguage(c.ReasonByLang, lang, c.Reason)
	v := ContradictionView{Contradiction: c, Reports: []ClaimView{}}
	for _, id := range c.Claims {
		if cl := x.claims[id]; cl != nil {
			v.Reports = append(v.Reports, x.viewIn(cl, lang))
		}
	}
	return v
}

// contradictions lists contradictions, latest documents first as the
// analysis ordered them; one matches when one of its claims does.
func (s *server) contradictions(r *http.Request) (any, error) {
	p, f, x, err := s.listingInput(r)
	if err != nil {
		return nil, err
	}
	lang, err := language(r)
	if err != nil {
		return nil, err
	}
	pg := pager[ContradictionView]{page: p}
	if f == (filters{}) {
		// Unfiltered, as the dashboard asks: the list made with the index.
		list := x.contradictionsListed
		for _, i := range list[min(p.Offset, len(list)):min(p.Offset+p.Limit, len(list))] {
			pg.items = append(pg.items, x.contradictionView(x.a.Contradictions[i], lang))
		}
		pg.total = len(list)
		return pg.listing(), nil
	}
	for _, c := range x.a.Contradictions {
		if slices.ContainsFunc(c.Claims, func(id string) bool {
			cl := x.claims[id]
			return cl != nil && x.claimMatches(f, cl)
		}) {
			if pg.take() {
				pg.items = append(pg.items, x.contradictionView(c, lang))
			}
		}
	}
	return pg.listing(), nil
}

// stories lists stories; one matches when one of its documents passes the
// outlet and date filters; their evidence is in the language asked.
func (s *server) stories(r *http.Request) (any, error) {
	p, f, x, err := s.listingInput(r)
	if err != nil {
		return nil, err
	}
	lang, err := language(r)
	if err != nil {
		return nil, err
	}
	pg := pager[export.Story]{page: p}
	for _, st := range x.a.Stories {
		if slices.ContainsFunc(st.Documents, func(d string) bool { return x.docMatches(f, d) }) {
			if pg.take() {
				pg.items = append(pg.items, storyIn(st, lang))
			}
		}
	}
	return pg.listing(), nil
}
