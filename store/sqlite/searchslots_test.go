package sqlite

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/isnad/isnad/store"
)

// TestSearchWaitsForASlot: with every slot taken, a search waits, gives up
// when its context ends, and runs once a slot is free; a search answered
// from the cache needs no slot.
func TestSearchWaitsForASlot(t *testing.T) {
	s := openTemp(t)
	put(t, s, doc("بيان", "outlet", "2024-01-02", "قالت مصادر إن داعش انسحب من ريف حمص"))
	if _, err := s.Search(t.Context(), "حمص", store.SearchOptions{}); err != nil {
		t.Fatal(err)
	}
	for range cap(s.searching) {
		s.searching <- struct{}{}
	}
	if _, err := s.Search(t.Context(), "حمص", store.SearchOptions{}); err != nil {
		t.Errorf("a search answered from the cache waited for a slot: %v", err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 50*time.Millisecond)
	defer cancel()
	if _, err := s.Search(ctx, "داعش", store.SearchOptions{}); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("search with every slot taken: %v, want the context's deadline", err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := s.Search(t.Context(), "داعش", store.SearchOptions{})
		done <- err
	}()
	select {
	case err := <-done:
		t.Fatalf("search ran with every slot taken (%v)", err)
	case <-time.After(20 * time.Millisecond):
	}
	<-s.searching
	if err := <-done; err != nil {
		t.Errorf("search once a slot was free: %v", err)
	}
	for range cap(s.searching) - 1 {
		<-s.searching
	}
}
