package server

import (
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
)

// TestConcurrentRequests: many clients at once share the corpus tables and
// the store (run with -race to check the sharing).
func TestConcurrentRequests(t *testing.T) {
	h, a := newTestHandler(t)
	paths := []string{"/api/claims", "/api/claims/" + a.corpus.Claims[0].ID, "/api/graph", "/api/stats", "/api/documents/" + a.batch[0].Doc.ID}
	var wg sync.WaitGroup
	codes := make(chan int, 20*len(paths))
	for range 20 {
		for _, p := range paths {
			wg.Go(func() {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p, nil))
				codes <- rec.Code
			})
		}
	}
	wg.Wait()
	close(codes)
	for c := range codes {
		if c != http.StatusOK {
			t.Errorf("status %d under concurrent requests", c)
		}
	}
}
