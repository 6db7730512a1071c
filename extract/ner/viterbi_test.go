package ner

import (
	"slices"
	"testing"
)

// emissionsOf builds an emission matrix from per-token maps of tag → score.
func emissionsOf(rows ...map[string]float32) []float32 {
	em := make([]float32, len(rows)*nTags)
	for i, r := range rows {
		for tag, s := range r {
			id, _ := tagID(tag)
			em[i*nTags+id] = s
		}
	}
	return em
}

func TestViterbi(t *testing.T) {
	var zero transitions
	var likesIPer transitions
	likesIPer.Pair[1][2] = 5 // B-PER → I-PER strongly favoured
	tests := []struct {
		name string
		em   []float32
		tr   transitions
		want []string
	}{
		{"emissions alone decide", emissionsOf(
			map[string]float32{"B-LOC": 2},
			map[string]float32{"O": 1}), zero, []string{"B-LOC", "O"}},
		{"I-X cannot open a sentence", emissionsOf(
			map[string]float32{"I-PER": 10, "B-PER": 1}), zero, []string{"B-PER"}},
		{"I-X cannot follow O", emissionsOf(
			map[string]float32{"O": 5, "B-ORG": -10},
			map[string]float32{"I-ORG": 10, "O": 1}), zero, []string{"O", "O"}},
		{"I-X cannot follow another type", emissionsOf(
			map[string]float32{"B-LOC": 5, "B-PER": -10},
			map[string]float32{"I-PER": 10, "I-LOC": 1}), zero, []string{"B-LOC", "I-LOC"}},
		{"transitions outweigh a weak emission", emissionsOf(
			map[string]float32{"B-PER": 3},
			map[string]float32{"O": 2, "I-PER": 0}), likesIPer, []string{"B-PER", "I-PER"}},
		{"a long entity is kept whole", emissionsOf(
			map[string]float32{"B-ORG": 1},
			map[string]float32{"I-ORG": 1},
			map[string]float32{"I-ORG": 1},
			map[string]float32{"O": 1}), zero, []string{"B-ORG", "I-ORG", "I-ORG", "O"}},
	}
	for _, tc := range tests {
		n := len(tc.em) / nTags
		out := make([]int, n)
		viterbi(tc.em, &tc.tr, make([]uint8, n*nTags), out)
		got := make([]string, n)
		for i, id := range out {
			got[i] = tagNames[id]
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestAllowed(t *testing.T) {
	id := func(s string) int { i, _ := tagID(s); return i }
	tests := []struct {
		prev, next string
		want       bool
	}{
		{"O", "B-PER", true}, {"O", "I-PER", false}, {"B-PER", "I-PER", true},
		{"I-PER", "I-PER", true}, {"B-LOC", "I-PER", false}, {"I-ORG", "B-ORG", true},
	}
	for _, tc := range tests {
		if got := allowed(id(tc.prev), id(tc.next)); got != tc.want {
			t.Errorf("allowed(%s, %s) = %v, want %v", tc.prev, tc.next, got, tc.want)
		}
	}
	if allowed(-1, id("I-MISC")) {
		t.Errorf("I-MISC allowed at sentence start")
	}
}
