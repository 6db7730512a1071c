package ingest

import (
	"context"
	"errors"
	"testing"
)

// TestParallelOrder: cleaning on several workers yields the same items in
// the same order as cleaning in the reading goroutine.
func TestParallelOrder(t *testing.T) {
	path := snnZips(t)[2]
	read := func(workers int) []Item {
		r, err := New(Options{Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		var items []Item
		if err := r.Read(context.Background(), []string{path, "testdata/readers"}, func(it Item) error {
			items = append(items, it)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return items
	}
	one, four := read(1), read(4)
	if len(one) != len(four) || len(one) < 1000 {
		t.Fatalf("%d items with one worker, %d with four", len(one), len(four))
	}
	for i := range one {
		if one[i].Doc.ID != four[i].Doc.ID || one[i].Doc.Source != four[i].Doc.Source || (one[i].Err == nil) != (four[i].Err == nil) {
			t.Fatalf("item %d differs: %s / %s", i, one[i].Doc.Source, four[i].Doc.Source)
		}
	}
}

// TestEmitErrorStops: an error from emit stops reading and is returned.
func TestEmitErrorStops(t *testing.T) {
	stop := errors.New("stop")
	for _, workers := range []int{1, 3} {
		r, err := New(Options{Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		err = r.Read(context.Background(), []string{snnZips(t)[2]}, func(Item) error {
			n++
			if n == 10 {
				return stop
			}
			return nil
		})
		if !errors.Is(err, stop) || n != 10 {
			t.Errorf("workers %d: Read returned %v after %d items, want stop after 10", workers, err, n)
		}
	}
}
