package server

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
)

// BenchmarkEndpoints times the endpoints an analyst hits most (document,
// claim card, search, claim listing, graph) over the seeds, without the
// network: the handler's own cost.
func BenchmarkEndpoints(b *testing.B) {
	h, a := newTestHandler(b)
	paths := []struct{ name, path string }{
		{"document", "/api/documents/" + a.batch[0].Doc.ID},
		{"claim", "/api/claims/" + a.corpus.Claims[0].ID},
		{"search", "/api/search?q=" + url.QueryEscape("ميليشيا")},
		{"claims", "/api/claims?limit=100"},
		{"graph", "/api/graph"},
		{"stats", "/api/stats"},
	}
	for _, p := range paths {
		b.Run(p.name, func(b *testing.B) {
			req := httptest.NewRequest(http.MethodGet, p.path, nil)
			for b.Loop() {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK {
					b.Fatalf("%s: status %d", p.path, rec.Code)
				}
			}
		})
	}
}
