package server

import (
	"cmp"
	"net/http"
	"slices"

	"github.com/isnad/isnad/export"
)

// TimelineItem is an event or a claim placed at the time its text gives,
// resolved against its document's date.
type TimelineItem struct {
	Kind      string  `json:"kind"` // event | claim
	ID        string  `json:"id"`
	Claim     string  `json:"claim"` // the claim itself, or the one the event was read from
	Doc       string  `json:"doc"`
	Label     string  `json:"label"` // the event type, or the claim's text
	Start     string  `json:"start"` // YYYY, YYYY-MM or YYYY-MM-DD
	End       *string `json:"end"`   // the end of a range
	TimeText  string  `json:"time_text"`
	Outlet    *string `json:"outlet"`
	Published *string `json:"published"`
}

// lineItem is one item of the corpus's timeline with what its filters read.
type lineItem struct {
	TimelineItem
	claim *export.Claim
	event *export.Event // nil for a claim's own item
}

// timeline is every event and claim with a resolved time, earliest first,
// before any filter: built once per corpus, so that a request only filters.
func (x *corpusIndex) timeline() []lineItem {
	var out []lineItem
	add := func(kind, id string, c *export.Claim, e *export.Event, label string, t export.Time) {
		if t.Value == nil {
			return
		}
		it := TimelineItem{Kind: kind, ID: id, Claim: c.ID, Doc: c.Doc, Label: label, Start: *t.Value, End: t.EndValue, TimeText: t.Text}
		if d := x.docs[c.Doc]; d != nil {
			it.Outlet, it.Published = d.Outlet, d.Published
		}
		out = append(out, lineItem{TimelineItem: it, claim: c, event: e})
	}
	for i := range x.a.Events {
		e := &x.a.Events[i]
		c := x.claims[e.Claim]
		if c == nil || e.Time == nil || *e.Time < 0 || *e.Time >= len(x.a.Times) {
			continue
		}
		add("event", e.ID, c, e, e.Type, x.a.Times[*e.Time])
	}
	for i := range x.a.Claims {
		c := &x.a.Claims[i]
		if len(c.Times) == 0 || c.Times[0] < 0 || c.Times[0] >= len(x.a.Times) {
			continue
		}
		add("claim", c.ID, c, nil, c.Text, x.a.Times[c.Times[0]])
	}
	slices.SortStableFunc(out, func(a, b lineItem) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.ID, b.ID))
	})
	return out
}

// timeline lists the events and claims with a resolved time, earliest
// first; from and to apply to that time, outlet to the document, actor to
// the event's actors or the claim's entities and sources, grade to the
// claim's group.
func (s *server) timeline(r *http.Request) (any, error) {
	p, f, x, err := s.listingInput(r)
	if err != nil {
		return nil, err
	}
	docOnly := filters{Filter: f.Filter}
	docOnly.From, docOnly.To = "", ""
	pg := pager[TimelineItem]{page: p}
	for i := range x.line {
		it := &x.line[i]
		if !f.inDates(it.Start) || !x.docMatches(docOnly, it.claim.Doc) {
			continue
		}
		if it.event != nil {
			if f.Actor != "" && !slices.ContainsFunc(it.event.Actors, func(a export.EventActor) bool { return a.Entity == f.Actor }) {
				continue
			}
			if f.Grade != 0 && !x.claimMatches(filters{Grade: f.Grade}, it.claim) {
				continue
			}
		} else if !x.claimMatches(filters{Actor: f.Actor, Grade: f.Grade}, it.claim) {
			continue
		}
		if pg.take() {
			pg.items = append(pg.items, it.TimelineItem)
		}
	}
	return pg.listing(), nil
}
