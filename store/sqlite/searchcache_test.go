package sqlite

import (
	"context"
	"fmt"
	"testing"

	"github.com/isnad/isnad/store"
)

// TestSearchCache: a repeated search gives the same answer, a caller
// changing its copy does not change the next, another page or filter is
// another answer, and a new document is found at once.
func TestSearchCache(t *testing.T) {
	s, _ := searchCorpus(t)
	ctx := context.Background()
	search := func(q string, opt store.SearchOptions) []store.Hit {
		t.Helper()
		hits, err := s.Search(ctx, q, opt)
		if err != nil {
			t.Fatal(err)
		}
		return hits
	}
	first := search("إيران", store.SearchOptions{})
	if len(first) != 2 {
		t.Fatalf("إيران: %d hits, want 2", len(first))
	}
	first[0].ID = "changed by the caller"
	again := search("إيران", store.SearchOptions{})
	if len(again) != 2 || again[0].ID == "changed by the caller" {
		t.Fatalf("the repeated search gave %+v", again)
	}
	if got := search("إيران", store.SearchOptions{Page: store.Page{Offset: 1}}); len(got) != 1 {
		t.Errorf("second page: %d hits, want 1 (a cached first page answered)", len(got))
	}
	if got := search("إيران", store.SearchOptions{Filter: store.Filter{Outlet: "okaz"}}); len(got) != 1 {
		t.Errorf("one outlet: %d hits, want 1", len(got))
	}
	put(t, s, doc("إيران", "okaz", "2015-08-01", "زار وزير الخارجية إيران أمس."))
	if got := search("إيران", store.SearchOptions{}); len(got) != 3 {
		t.Errorf("after storing a third document: %d hits, want 3 (a stale answer)", len(got))
	}
}

// TestSearchCacheBounded: the cache forgets the least recently used answer
// beyond its size, and keeps the one just used.
func TestSearchCacheBounded(t *testing.T) {
	var c searchCache
	key := func(i int) searchKey { return searchKey{match: fmt.Sprint(i)} }
	c.put(1, key(0), []store.Hit{{ID: "0"}})
	for i := 1; i <= searchCacheSize; i++ {
		c.put(1, key(i), nil)
		if _, ok := c.get(1, key(0)); !ok {
			t.Fatalf("the most recently used answer was forgotten after %d others", i)
		}
	}
	if _, ok := c.get(1, key(1)); ok {
		t.Error("the least recently used answer is still kept beyond the size")
	}
	if n := c.order.Len(); n != searchCacheSize || len(c.at) != n {
		t.Errorf("%d answers in the list, %d in the map; want %d", n, len(c.at), searchCacheSize)
	}
	if _, ok := c.get(2, key(0)); ok {
		t.Error("an answer found over other documents was given")
	}
	c.put(3, key(7), nil)
	if _, ok := c.get(1, key(0)); ok {
		t.Error("answers over older documents survived a newer one")
	}
	c.put(2, key(8), nil)
	if _, ok := c.get(2, key(8)); ok {
		t.Error("an answer found over older documents than the cache's was kept")
	}
}
