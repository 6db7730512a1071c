package ner

import (
	"bytes"
	"compress/gzip"
	"slices"
	"strings"
	"testing"
)

func gzipped(t *testing.T, s string) *bytes.Buffer {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(s))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return &buf
}

// Word codes feed features of the word itself and, for cluster codes (h…),
// of its neighbours; a model saved with them reads them back.
func TestWordCodeFeatures(t *testing.T) {
	codes, err := ReadWordCodes(gzipped(t, "دمشق\th200:7 h50:3 d4+\nحلب\th200:7 h50:3\n"), "test")
	if err != nil {
		t.Fatal(err)
	}
	if got := codes.Lookup("دمشق"); !slices.Equal(got, []string{"h200:7", "h50:3", "d4+"}) {
		t.Fatalf("codes of دمشق: %v", got)
	}
	res := testResources()
	res.Codes = codes
	fam := AllFamilies | VectorFeatures
	var sf sentenceFeatures
	newFeaturizer(res, fam).extract([]string{"في", "دمشق", "حلب"}, &sf)
	for _, c := range []string{"h200:7", "d4+"} {
		if !slices.Contains(sf.token(1), wordFeature(tCode0, strHash(c))) {
			t.Errorf("دمشق lacks its code %s", c)
		}
	}
	if !slices.Contains(sf.token(2), wordFeature(tCodeM1, strHash("h50:3"))) {
		t.Errorf("حلب lacks its left neighbour's cluster code")
	}
	if slices.Contains(sf.token(2), wordFeature(tCodeM1, strHash("d4+"))) {
		t.Errorf("a vector code should not be a neighbour's feature")
	}
	var off sentenceFeatures
	newFeaturizer(res, AllFamilies).extract([]string{"في", "دمشق"}, &off)
	if slices.Contains(off.token(1), wordFeature(tCode0, strHash("h200:7"))) {
		t.Errorf("code features without the vectors family")
	}

	opt := DefaultTrainOptions()
	opt.Epochs, opt.Resources, opt.Families = 3, res, fam
	m, err := Train(t.Context(), tinyCorpus(), opt)
	if err != nil {
		t.Fatal(err)
	}
	loaded := saveAndLoad(t, m, "codes")
	if got := loaded.feat.res.Codes.Lookup("حلب"); !slices.Equal(got, []string{"h200:7", "h50:3"}) {
		t.Errorf("codes lost in the model file: %v", got)
	}
	if _, err := ReadWordCodes(gzipped(t, "no tab here\n"), "bad"); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("a line without a tab: %v", err)
	}
}
