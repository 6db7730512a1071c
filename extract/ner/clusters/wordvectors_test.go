package clusters

import (
	"bytes"
	"context"
	"io"
	"slices"
	"testing"
)

func TestWordVectorsRoundTripAndHierarchy(t *testing.T) {
	opt := Options{Words: 100, Contexts: 50, Dims: 8, Fine: 6, Coarse: 3, MinCount: 1, Iters: 10, Seed: 1, Workers: 2}
	wv, err := EmbedWords(context.Background(), syntheticCorpus, opt, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if len(wv.Vecs) != len(wv.Words)*wv.Dims || wv.Dims != 8 {
		t.Fatalf("%d words, %d dims, %d values", len(wv.Words), wv.Dims, len(wv.Vecs))
	}
	var buf bytes.Buffer
	if err := wv.Save(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := LoadWordVectors(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(back.Words, wv.Words) || !slices.Equal(back.Vecs, wv.Vecs) {
		t.Errorf("vectors changed in a save and load")
	}
	levels, err := wv.Hierarchy(context.Background(), []int{6, 3, 2}, 10, 2, 1, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	rank := map[string]int{}
	for r, w := range wv.Words {
		rank[w] = r
	}
	same := func(l int, a, b string) bool { return levels[l][rank[a]] == levels[l][rank[b]] }
	if !same(0, "دمشق", "حلب") || same(0, "دمشق", "محمد") {
		t.Errorf("finest level: دمشق with حلب %v, with محمد %v", same(0, "دمشق", "حلب"), same(0, "دمشق", "محمد"))
	}
	// Nested: words together at a level stay together at every coarser one.
	for l := 1; l < len(levels); l++ {
		for a := range wv.Words {
			for b := range wv.Words {
				if levels[l-1][a] == levels[l-1][b] && levels[l][a] != levels[l][b] {
					t.Fatalf("level %d splits %s and %s, joined at level %d", l, wv.Words[a], wv.Words[b], l-1)
				}
			}
		}
	}
}
