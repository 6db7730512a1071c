package ner

import (
	"slices"
	"strings"
	"testing"
)

func TestDropNonNameWords(t *testing.T) {
	for _, tc := range []struct{ tokens, tags, want string }{
		{"قال أفضال أيضاً إن", "O B-PER I-PER O", "O B-PER O O"},
		{"المدينة التي تقع", "B-LOC I-LOC I-LOC", "B-LOC O B-LOC"},
		{"حيث دمشق", "B-LOC I-LOC", "O B-LOC"},
		{"رامي عبد الرحمن", "B-PER I-PER I-PER", "B-PER I-PER I-PER"},
		{"الذي قال", "O O", "O O"},
	} {
		tokens := strings.Fields(tc.tokens)
		var ids []int
		for _, tag := range strings.Fields(tc.tags) {
			id, ok := tagID(tag)
			if !ok {
				t.Fatalf("bad tag %q", tag)
			}
			ids = append(ids, id)
		}
		dropNonNameWords([][]string{tokens}, [][]int{ids})
		var got []string
		for _, id := range ids {
			got = append(got, tagNames[id])
		}
		if want := strings.Fields(tc.want); !slices.Equal(got, want) {
			t.Errorf("%s: got %v, want %v", tc.tokens, got, want)
		}
	}
}
