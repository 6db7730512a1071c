package server

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"

	"github.com/isnad/isnad/export"
)

// BenchmarkEndpoints times the endpoints an analyst hits most (document,
// claim card, search, claim listing, graph) over the seeds, without the
// network: the handler's own cost, computed (the response cache left out)
// and then served from the cache.
func BenchmarkEndpoints(b *testing.B) {
	hc, a := newTestHandler(b)
	h := hc.(*Handler)
	cache := h.s.cache
	paths := []struct{ name, path string }{
		{"document", "/api/documents/" + a.batch[0].Doc.ID},
		{"documents", "/api/documents?outlet=" + url.QueryEscape(a.batch[0].Doc.Outlet)},
		{"claim", "/api/claims/" + a.corpus.Claims[0].ID},
		{"search", "/api/search?q=" + url.QueryEscape("ميليشيا")},
		{"claims", "/api/claims?limit=100"},
		{"graph", "/api/graph"},
		{"stats", "/api/stats"},
	}
	for _, p := range paths {
		b.Run(p.name+"/computed", func(b *testing.B) {
			h.s.cache = nil
			defer func() { h.s.cache = cache }()
			benchPath(b, h, p.path)
		})
		b.Run(p.name+"/cached", func(b *testing.B) { benchPath(b, h, p.path) })
	}
}

// BenchmarkCorpusListings times the listings served from the corpus tables
// on the seeds' analysis copied 2,000 times (about the claims, events and
// groups of 10,000 documents): what grows with the corpus is the walk over
// its claims, which the actor and grade tables narrow, and the building of
// the page's items only.
func BenchmarkCorpusListings(b *testing.B) {
	_, a := newTestHandler(b) // analyses the seeds once
	big := scaledCorpus(a.corpus, 2000)
	h := New(Config{Store: nil, Corpus: func(context.Context) (*export.Analysis, error) { return big, nil }})
	actor := big.Claims[0].Entities
	if len(actor) == 0 {
		for _, c := range big.Claims {
			if len(c.Entities) > 0 {
				actor = c.Entities
				break
			}
		}
	}
	outlet := ""
	for _, d := range big.Documents {
		if d.Outlet != nil {
			outlet = *d.Outlet
			break
		}
	}
	paths := []struct{ name, path string }{
		{"claims", "/api/claims"},
		{"claims?actor", "/api/claims?actor=" + url.QueryEscape(actor[0])},
		{"claims?grade", "/api/claims?grade=2"},
		{"claims?outlet", "/api/claims?outlet=" + url.QueryEscape(outlet)},
		{"claim", "/api/claims/" + big.Claims[len(big.Claims)/2].ID},
		{"contradictions", "/api/contradictions?limit=5"},
		{"groups", "/api/groups"},
		{"timeline", "/api/timeline?limit=500"},
	}
	benchPath(b, h, "/api/claims?limit=1") // builds the tables once
	b.Logf("%d documents, %d claims, %d groups, %d events", len(big.Documents), len(big.Claims), len(big.ClaimGroups), len(big.Events))
	for _, p := range paths {
		b.Run(p.name, func(b *testing.B) { benchPath(b, h, p.path) })
	}
}

func benchPath(b *testing.B, h http.Handler, path string) {
	b.Helper()
	req := httptest.NewRequest(http.MethodGet, path, nil)
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("%s: status %d: %s", path, rec.Code, rec.Body)
		}
	}
}

// scaledCorpus copies a corpus analysis n times, each copy with its own
// document, claim, event, group and story ids and its own times and
// quantities; entities stay shared, as actors recur across documents.
func scaledCorpus(a *export.Analysis, n int) *export.Analysis {
	out := export.NewAnalysis()
	out.Entities = a.Entities
	suffix := func(id string, k int) string { return fmt.Sprintf("%s~%d", id, k) }
	ids := func(xs []string, k int) []string {
		ys := make([]string, len(xs))
		for i, x := range xs {
			ys[i] = suffix(x, k)
		}
		return ys
	}
	shift := func(xs []int, by int) []int {
		ys := make([]int, len(xs))
		for i, x := range xs {
			ys[i] = x + by
		}
		return ys
	}
	for k := range n {
		tb, qb := len(out.Times), len(out.Quantities)
		for _, d := range a.Documents {
			d.ID = suffix(d.ID, k)
			out.Documents = append(out.Documents, d)
		}
		for _, t := range a.Times {
			t.Doc = suffix(t.Doc, k)
			out.Times = append(out.Times, t)
		}
		for _, q := range a.Quantities {
			q.Doc = suffix(q.Doc, k)
			out.Quantities = append(out.Quantities, q)
		}
		for _, c := range a.Claims {
			c.ID, c.Doc = suffix(c.ID, k), suffix(c.Doc, k)
			c.Times, c.Quantities = shift(c.Times, tb), shift(c.Quantities, qb)
			out.Claims = append(out.Claims, c)
		}
		for _, e := range a.Events {
			e.ID, e.Claim = suffix(e.ID, k), suffix(e.Claim, k)
			if e.Time != nil {
				t := *e.Time + tb
				e.Time = &t
			}
			e.Quantities = shift(e.Quantities, qb)
			out.Events = append(out.Events, e)
		}
		for _, g := range a.ClaimGroups {
			g.ID, g.Claims = suffix(g.ID, k), ids(g.Claims, k)
			out.ClaimGroups = append(out.ClaimGroups, g)
		}
		for _, c := range a.Contradictions {
			c.Claims = ids(c.Claims, k)
			out.Contradictions = append(out.Contradictions, c)
		}
		for _, s := range a.Stories {
			s.ID, s.Documents = suffix(s.ID, k), ids(s.Documents, k)
			out.Stories = append(out.Stories, s)
		}
	}
	return out
}
