package ner

import (
	"context"
	"reflect"
	"slices"
	"testing"
)

// With no extra features, the extra path must train and tag exactly as
// the stacked model does; with them, the features must reach the second
// pass alone and paired with the first pass's tag.
func TestStackedExtraMatchesStackedWithoutExtras(t *testing.T) {
	opt := DefaultTrainOptions()
	opt.Epochs = 3
	opt.Families = AllFamilies | StackFeatures
	opt.Resources = testResources()
	sents := append(tinyCorpus(), tinyCorpus()...)
	none := make([][][]string, len(sents))
	for i, s := range sents {
		none[i] = make([][]string, len(s.Tokens))
	}
	ctx := context.Background()
	plain, err := Train(ctx, sents, opt)
	if err != nil {
		t.Fatal(err)
	}
	extra, err := TrainStackedExtra(ctx, sents, none, opt)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(plain.hashes, extra.hashes) || !slices.Equal(plain.weights, extra.weights) {
		t.Errorf("second pass differs without extra features")
	}
	if a, b := plain.TagSentences(sents), extra.TagSentencesExtra(sents, none); !reflect.DeepEqual(a, b) {
		t.Errorf("tags differ without extra features: %v vs %v", a, b)
	}
	if _, err := TrainStackedExtra(ctx, sents, none[1:], opt); err == nil {
		t.Errorf("a missing row of extra features was accepted")
	}
	got := extraFeatures([][]string{{"t=B-PER"}, nil}, []int{tagO, tagO})
	if want := []uint64{hash1(tExtra, "t=B-PER"), hash2(tExtraPrior, "t=B-PER", "O")}; !slices.Equal(got.token(0), want) || len(got.token(1)) != 0 {
		t.Errorf("extra features %v, want %v on the first token only", got.flat, want)
	}
}

func TestStackFoldsCoverAtDocuments(t *testing.T) {
	opt := DefaultTrainOptions()
	got := StackFolds(210, opt)
	want := [][2]int{{0, 40}, {40, 80}, {80, 120}, {120, 160}, {160, 210}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("StackFolds(210) = %v, want %v", got, want)
	}
}
