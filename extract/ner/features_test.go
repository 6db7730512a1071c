package ner

import (
	"slices"
	"testing"

	"github.com/isnad/isnad/extract/ner/clusters"
)

// A second cluster partition feeds features of its own, words it does not
// cover feed none, and a model saved with it reads it back.
func TestAltClusterFeatures(t *testing.T) {
	base := clusters.NewSet(map[string]clusters.IDs{"دمشق": {Coarse: 3, Fine: 41}, "حلب": {Coarse: 3, Fine: 41}}, false)
	other := clusters.NewSet(map[string]clusters.IDs{"دمشق": {Coarse: 1, Fine: 12}}, false)
	res := testResources()
	res.Clusters = base.WithAlt(other)
	fz := newFeaturizer(res, AllFamilies)
	var sf sentenceFeatures
	fz.extract([]string{"في", "دمشق", "حلب"}, &sf)
	if f := hashInt(tClusterAlt0, 12); !slices.Contains(sf.token(1), f) {
		t.Errorf("دمشق lacks its alt-cluster feature")
	}
	if !slices.Contains(sf.token(2), hashInt(tClusterAltM1, 12)) {
		t.Errorf("حلب lacks its left neighbour's alt-cluster feature")
	}
	if !slices.Contains(sf.token(2), hashInt(tClusterAlt0, -1)) {
		t.Errorf("حلب, outside the second partition, should read it as absent")
	}

	// Without a second partition, no alt features at all.
	res.Clusters = base
	newFeaturizer(res, AllFamilies).extract([]string{"في", "دمشق"}, &sf)
	for _, h := range sf.token(1) {
		if h == hashInt(tClusterAlt0, 0) || h == hashInt(tClusterAlt0, -1) {
			t.Errorf("alt features without a second partition")
		}
	}

	res.Clusters = base.WithAlt(other)
	opt := DefaultTrainOptions()
	opt.Epochs, opt.Resources = 3, res
	m, err := Train(t.Context(), tinyCorpus(), opt)
	if err != nil {
		t.Fatal(err)
	}
	loaded := saveAndLoad(t, m, "alt")
	if ids, _ := loaded.feat.res.Clusters.Lookup("دمشق"); !loaded.feat.res.Clusters.HasAlt() || ids.Alt != 12 {
		t.Errorf("alt ids lost in the model file: %+v", ids)
	}
}
