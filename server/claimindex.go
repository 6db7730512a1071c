package server

import (
	"cmp"
	"slices"
	"sort"

	"github.com/isnad/isnad/export"
)

// claimIndex orders the corpus's claims newest first and lists them per
// actor, grade and outlet, so that a claim listing reads a stretch of one
// list instead of testing every claim (SaudiNewsNet has some 300,000).
// Every list holds positions in Analysis.Claims, newest first.
type claimIndex struct {
	rows     []claimRow // per position in Analysis.Claims
	newest   []int32
	byActor  map[string][]int32 // entity id → claims that name or cite it
	byGrade  [7][]int32         // Admiralty credibility → claims whose group has it
	byOutlet map[string][]int32
}

// claimRow is what the filters read of one claim, looked up once.
type claimRow struct {
	claim     *export.Claim
	doc       *export.Document // nil when the document is unknown
	group     *export.ClaimGroup
	published string // the document's date; "" when undated or unknown
}

func newClaimIndex(a *export.Analysis, docs map[string]*export.Document, groupOf map[string]*export.ClaimGroup) claimIndex {
	ci := claimIndex{rows: make([]claimRow, len(a.Claims)), newest: make([]int32, len(a.Claims)),
		byActor: map[string][]int32{}, byOutlet: map[string][]int32{}}
	for i := range a.Claims {
		c := &a.Claims[i]
		r := claimRow{claim: c, doc: docs[c.Doc], group: groupOf[c.ID]}
		if r.doc != nil && r.doc.Published != nil {
			r.published = *r.doc.Published
		}
		ci.rows[i] = r
		ci.newest[i] = int32(i)
	}
	// Newest first; the same day keeps the corpus order.
	slices.SortStableFunc(ci.newest, func(p, q int32) int { return cmp.Compare(ci.rows[q].published, ci.rows[p].published) })
	for _, p := range ci.newest {
		r := ci.rows[p]
		for _, e := range claimEntities(r.claim) {
			ci.byActor[e] = append(ci.byActor[e], p)
		}
		if r.group != nil && r.group.Credibility >= 1 && r.group.Credibility <= 6 {
			ci.byGrade[r.group.Credibility] = append(ci.byGrade[r.group.Credibility], p)
		}
		if r.doc != nil && r.doc.Outlet != nil {
			ci.byOutlet[*r.doc.Outlet] = append(ci.byOutlet[*r.doc.Outlet], p)
		}
	}
	return ci
}

// claimEntities is every entity a claim names in its text or cites in its
// chain, each once.
func claimEntities(c *export.Claim) []string {
	out := slices.Clone(c.Entities)
	for _, l := range c.Chain {
		if l.Entity != nil {
			out = append(out, *l.Entity)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// candidates is the claims that may match f, newest first: the shortest of
// the lists of the filters given, cut to the date range. exact is true when
// every claim of it matches (no more than one of actor, grade and outlet
// was given), so that the listing needs no further test.
func (ci *claimIndex) candidates(f filters) (list []int32, exact bool) {
	list, given := ci.newest, 0
	narrow := func(l []int32) {
		if given == 0 || len(l) < len(list) {
			list = l
		}
		given++
	}
	if f.Actor != "" {
		narrow(ci.byActor[f.Actor])
	}
	if f.Grade != 0 {
		narrow(ci.byGrade[f.Grade])
	}
	if f.Outlet != "" {
		narrow(ci.byOutlet[f.Outlet])
	}
	if f.From != "" || f.To != "" {
		// Newest first: the too late ones lead, the too early (and undated)
		// ones trail.
		lo := sort.Search(len(list), func(i int) bool { return !f.tooLate(ci.rows[list[i]].published) })
		hi := lo + sort.Search(len(list)-lo, func(i int) bool { return f.tooEarly(ci.rows[list[lo+i]].published) })
		list = list[lo:hi]
	}
	return list, given <= 1
}

// matches applies every filter to the claim at position p.
func (ci *claimIndex) matches(f filters, p int32) bool {
	r := &ci.rows[p]
	if f.Outlet != "" && (r.doc == nil || r.doc.Outlet == nil || *r.doc.Outlet != f.Outlet) {
		return false
	}
	if (f.From != "" || f.To != "") && (r.doc == nil || !f.inDates(r.published)) {
		return false
	}
	if f.Actor != "" && !claimNames(r.claim, f.Actor) {
		return false
	}
	return f.Grade == 0 || (r.group != nil && r.group.Credibility == f.Grade)
}
