package server

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/isnad/isnad/export"
)

// corpusIndex is the lookup tables of one corpus analysis: claims, groups
// and contradictions by claim id, documents by id, and what the listings
// would otherwise recompute on every request over the whole corpus (claims
// in order per actor, grade and outlet, stories by document, documents per
// day, the timeline in order). It never changes once built.
type corpusIndex struct {
	a              *export.Analysis
	docs           map[string]*export.Document
	claims         map[string]*export.Claim
	groupOf        map[string]*export.ClaimGroup // claim id → its group
	contradictions map[string][]int              // claim id → positions in a.Contradictions
	claimOfEvent   map[string]string             // event id → claim id
	storiesOf      map[string][]int              // document id → positions in a.Stories
	claimList      claimIndex                    // claims newest first, per actor, grade and outlet
	// groupsListed holds the positions of the groups with at least one
	// claim of the corpus (what an unfiltered listing shows): [0] all of
	// them, [1]-[6] those of that credibility. contradictionsListed is the
	// same for contradictions.
	groupsListed         [7][]int32
	contradictionsListed []int32
	days                 []DayCount // documents per published day, in date order
	line                 []lineItem // the timeline, earliest first, unfiltered
	// Filled on demand: the network and its layouts (network.go), the
	// dashboard's top actors (stats.go).
	graphs    graphMemo
	topActors topActorsMemo
}

func newCorpusIndex(a *export.Analysis) *corpusIndex {
	x := &corpusIndex{a: a, docs: make(map[string]*export.Document, len(a.Documents)),
		claims: make(map[string]*export.Claim, len(a.Claims)), groupOf: map[string]*export.ClaimGroup{},
		contradictions: map[string][]int{}, claimOfEvent: make(map[string]string, len(a.Events)),
		storiesOf: map[string][]int{}}
	perDay := map[string]int{}
	for i := range a.Documents {
		d := &a.Documents[i]
		x.docs[d.ID] = d
		if d.Published != nil {
			perDay[*d.Published]++
		}
	}
	x.days = make([]DayCount, 0, len(perDay))
	for day, n := range perDay {
		x.days = append(x.days, DayCount{Day: day, Documents: n})
	}
	slices.SortFunc(x.days, func(a, b DayCount) int { return cmp.Compare(a.Day, b.Day) })
	for i := range a.ClaimGroups {
		for _, c := range a.ClaimGroups[i].Claims {
			x.groupOf[c] = &a.ClaimGroups[i]
		}
	}
	for i := range a.Claims {
		x.claims[a.Claims[i].ID] = &a.Claims[i]
	}
	x.claimList = newClaimIndex(a, x.docs, x.groupOf)
	for i, c := range a.Contradictions {
		for _, id := range c.Claims {
			x.contradictions[id] = append(x.contradictions[id], i)
		}
		if slices.ContainsFunc(c.Claims, func(id string) bool { return x.claims[id] != nil }) {
			x.contradictionsListed = append(x.contradictionsListed, int32(i))
		}
	}
	for i, g := range a.ClaimGroups {
		if slices.ContainsFunc(g.Claims, func(id string) bool { return x.claims[id] != nil }) {
			x.groupsListed[0] = append(x.groupsListed[0], int32(i))
			if g.Credibility >= 1 && g.Credibility <= 6 {
				x.groupsListed[g.Credibility] = append(x.groupsListed[g.Credibility], int32(i))
			}
		}
	}
	for i, st := range a.Stories {
		for _, d := range st.Documents {
			if ss := x.storiesOf[d]; len(ss) == 0 || ss[len(ss)-1] != i {
				x.storiesOf[d] = append(ss, i)
			}
		}
	}
	for _, e := range a.Events {
		x.claimOfEvent[e.ID] = e.Claim
	}
	x.line = x.timeline()
	return x
}

// corpus returns the lookup tables of the current corpus analysis, rebuilt
// only when Config.Corpus returns a different analysis.
func (s *server) corpus(ctx context.Context) (*corpusIndex, error) {
	a := export.NewAnalysis()
	if s.cfg.Corpus != nil {
		got, err := s.cfg.Corpus(ctx)
		if err != nil {
			return nil, fmt.Errorf("reading the corpus analysis: %w", err)
		}
		if got != nil {
			a = got
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.index == nil || s.index.a != a {
		s.index = newCorpusIndex(a)
	}
	return s.index, nil
}

// ClaimView is a claim with where it was published and how it is graded.
type ClaimView struct {
	export.Claim
	Outlet    *string `json:"outlet"`
	Published *string `json:"published"`
	Title     string  `json:"title"`
	Group     string  `json:"group,omitempty"`       // claim group id
	Grade     int     `json:"credibility,omitempty"` // Admiralty 1-6 of its group
	Reason    string  `json:"reason,omitempty"`
	// Origins counts the group's independent origins (0 without a group).
	Origins int `json:"independent_origins"`
}

func (x *corpusIndex) view(c *export.Claim) ClaimView {
	v := ClaimView{Claim: *c}
	if d := x.docs[c.Doc]; d != nil {
		v.Outlet, v.Published, v.Title = d.Outlet, d.Published, d.Title
	}
	if g := x.groupOf[c.ID]; g != nil {
		v.Group, v.Grade, v.Reason, v.Origins = g.ID, g.Credibility, g.Reason, g.IndependentOrigins
	}
	return v
}

// docMatches applies the outlet and date filters to a document id.
func (x *corpusIndex) docMatches(f filters, docID string) bool {
	if f.Outlet == "" && f.From == "" && f.To == "" {
		return true
	}
	d := x.docs[docID]
	if d == nil {
		return false
	}
	if f.Outlet != "" && (d.Outlet == nil || *d.Outlet != f.Outlet) {
		return false
	}
	return f.inDates(deref(d.Published))
}

// claimNames reports whether a claim names the entity in its text or cites
// it anywhere in its chain.
func claimNames(c *export.Claim, entity string) bool {
	if slices.Contains(c.Entities, entity) {
		return true
	}
	for _, l := range c.Chain {
		if l.Entity != nil && *l.Entity == entity {
			return true
		}
	}
	return false
}

func (x *corpusIndex) claimMatches(f filters, c *export.Claim) bool {
	if !x.docMatches(f, c.Doc) {
		return false
	}
	if f.Actor != "" && !claimNames(c, f.Actor) {
		return false
	}
	if f.Grade != 0 {
		g := x.groupOf[c.ID]
		if g == nil || g.Credibility != f.Grade {
			return false
		}
	}
	return true
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// Warm builds the corpus tables now, so that the first analyst does not
// wait for them: over SaudiNewsNet, assembling the corpus analysis from the
// store and indexing it takes 5 to 30 seconds. isnad serve calls it in the
// background as it starts listening; requests that come meanwhile wait for
// the same build.
func (h *Handler) Warm(ctx context.Context) error {
	_, err := h.s.corpus(ctx)
	return err
}
