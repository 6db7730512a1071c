package server

import (
	"net/http"

	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/store"
)

// claims lists the corpus's claims newest first, filtered by outlet, dates
// (of their document), actor (named or cited) and grade (of their group).
// The claim index gives the candidates in order; only a listing with two
// or more of actor, grade and outlet tests them one by one.
func (s *server) claims(r *http.Request) (any, error) {
	p, f, x, err := s.listingInput(r)
	if err != nil {
		return nil, err
	}
	lang, err := language(r)
	if err != nil {
		return nil, err
	}
	ci := &x.claimList
	list, exact := ci.candidates(f)
	pg := pager[ClaimView]{page: p}
	if exact {
		lo := min(p.Offset, len(list))
		for _, i := range list[lo:min(lo+p.Limit, len(list))] {
			pg.items = append(pg.items, x.viewIn(ci.rows[i].claim, lang))
		}
		pg.total = len(list)
		return pg.listing(), nil
	}
	for _, i := range list {
		if ci.matches(f, i) && pg.take() {
			pg.items = append(pg.items, x.viewIn(ci.rows[i].claim, lang))
		}
	}
	return pg.listing(), nil
}

// ClaimCard is everything the claim card shows: the claim, its group with
// grade and reason, the group's other reports and the contradictions it is
// part of; the reasons are in the language asked (?lang, Accept-Language).
type ClaimCard struct {
	Claim          ClaimView           `json:"claim"`
	Group          *export.ClaimGroup  `json:"group"`
	Others         []ClaimView         `json:"others"`
	Contradictions []ContradictionView `json:"contradictions"`
	Document       *export.Document    `json:"document"`
}

func (s *server) claim(r *http.Request) (any, error) {
	lang, err := language(r)
	if err != nil {
		return nil, err
	}
	x, err := s.corpus(r.Context())
	if err != nil {
		return nil, err
	}
	id := r.PathValue("id")
	c := x.claims[id]
	if c == nil {
		return nil, notFound("claim " + id + " not found")
	}
	card := ClaimCard{Claim: x.viewIn(c, lang), Group: groupIn(x.groupOf[id], lang), Others: []ClaimView{}, Contradictions: []ContradictionView{}}
	if d := x.docs[c.Doc]; d != nil {
		summary := *d
		summary.Text, summary.Removed = "", []string{}
		card.Document = &summary
	}
	if card.Group != nil {
		for _, o := range card.Group.Claims {
			if oc := x.claims[o]; oc != nil && o != id {
				card.Others = append(card.Others, x.viewIn(oc, lang))
			}
		}
	}
	for _, i := range x.contradictions[id] {
		card.Contradictions = append(card.Contradictions, x.contradictionView(x.a.Contradictions[i], lang))
	}
	return card, nil
}

// listingInput reads what every corpus listing needs: the page, the filters
// and the corpus tables.
func (s *server) listingInput(r *http.Request) (p store.Page, f filters, x *corpusIndex, err error) {
	if p, err = page(r); err != nil {
		return
	}
	if f, err = readFilters(r); err != nil {
		return
	}
	x, err = s.corpus(r.Context())
	return
}
