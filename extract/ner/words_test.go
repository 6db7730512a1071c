package ner

import (
	"slices"
	"testing"
)

func TestNewWord(t *testing.T) {
	tests := []struct {
		tok                          string
		folded, key, bare, loose, sh string
	}{
		{"وللحرس", "وللحرس", "الحرس", "حرس", "حرس", "A6"},
		{"بالعراق", "بالعراق", "العراق", "عراق", "عراق", "A6"},
		{"بدارفور", "بدارفور", "بدارفور", "بدارفور", "دارفور", "A6"},
		{"إسرائيل", "اسراييل", "اسراييل", "اسراييل", "اسراييل", "A6"},
		{"مدينة", "مدينه", "مدينه", "مدينه", "مدينه", "A4"},
		{"2015", "2015", "2015", "2015", "2015", "D4"},
		{"٢٠١٥", "2015", "2015", "2015", "2015", "D4"},
		{"ISIS", "ISIS", "ISIS", "ISIS", "ISIS", "L4"},
		{"،", "،", "،", "،", "،", "P"},
		{"في", "في", "في", "في", "في", "A1"},
	}
	for _, tc := range tests {
		w := newWord(tc.tok)
		got := []string{w.folded, w.key, w.bare, w.loose, w.shape}
		want := []string{tc.folded, tc.key, tc.bare, tc.loose, tc.sh}
		if !slices.Equal(got, want) {
			t.Errorf("newWord(%q) = folded, key, bare, loose, shape %q, want %q", tc.tok, got, want)
		}
	}
}

func TestAffixes(t *testing.T) {
	tests := []struct {
		s        string
		n        int
		pre, suf string
	}{
		{"الرياض", 2, "ال", "اض"},
		{"الرياض", 3, "الر", "ياض"},
		{"في", 2, "", ""}, // not longer than n: no affix
		{"في", 1, "ف", "ي"},
	}
	for _, tc := range tests {
		if p, s := prefix(tc.s, tc.n), suffix(tc.s, tc.n); p != tc.pre || s != tc.suf {
			t.Errorf("prefix/suffix(%q, %d) = %q, %q, want %q, %q", tc.s, tc.n, p, s, tc.pre, tc.suf)
		}
	}
}

// testResources are tiny word lists for feature and training tests.
func testResources() Resources {
	gaz := NewLexicon()
	gaz.Add("دمشق", LOC)
	gaz.Add("الولايات المتحده", LOC)
	gaz.Add("محمد", PER)
	trig := NewLexicon()
	trig.Add("شيخ", "PER-title")
	trig.Add("وزاره", "ORG-head")
	return Resources{Gazetteer: gaz, Triggers: trig}
}

func TestTokenFeatures(t *testing.T) {
	fz := newFeaturizer(testResources(), AllFamilies)
	tokens := []string{"قال", "الشيخ", "محمد", "في", "والولايات", "المتحدة", "ودمشق"}
	var sf sentenceFeatures
	fz.extract(tokens, &sf)
	tests := []struct {
		name  string
		token int
		feat  uint64
		want  bool
	}{
		{"title before the name", 2, hash1(tTrigM1, "PER-title"), true},
		{"title is itself a trigger", 1, hash1(tTrig0, "PER-title"), true},
		{"name in gazetteer", 2, hash1(tGaz0, PER), true},
		{"previous word in gazetteer", 3, hash1(tGazM1, PER), true},
		{"multi-word match through a conjunction, first word", 4, hash1(tGazPhrase, "B-LOC"), true},
		{"multi-word match, inside word", 5, hash1(tGazPhrase, "I-LOC"), true},
		{"clitic-stripped gazetteer match", 6, hash1(tGaz0, LOC), true},
		{"no title before a title", 1, hash1(tTrigM1, "PER-title"), false},
		{"folded form", 4, wordFeature(tFolded, strHash("والولايات")), true},
		{"clitic-stripped form", 4, wordFeature(tKey, strHash("الولايات")), true},
		{"left neighbour", 2, wordFeature(tWordM1, strHash("الشيخ")), true},
		{"sentence start pad", 0, wordFeature(tWordM1, strHash(padStart)), true},
		{"suffix", 1, wordFeature(tSuffix2, strHash("يخ")), true},
	}
	for _, tc := range tests {
		if got := slices.Contains(sf.token(tc.token), tc.feat); got != tc.want {
			t.Errorf("%s: token %d (%s) has feature: %v, want %v", tc.name, tc.token, tokens[tc.token], got, tc.want)
		}
	}
}

func TestFeatureFamiliesOff(t *testing.T) {
	fz := newFeaturizer(testResources(), 0)
	var sf sentenceFeatures
	fz.extract([]string{"الشيخ", "محمد"}, &sf)
	for _, h := range []uint64{hash1(tTrigM1, "PER-title"), hash1(tGaz0, PER), wordFeature(tWordM1, strHash("الشيخ")), wordFeature(tSuffix2, strHash("مد"))} {
		if slices.Contains(sf.token(1), h) {
			t.Errorf("base features include a feature of a family that is off")
		}
	}
	if got := len(sf.token(1)); got != 5 {
		t.Errorf("base features: %d per token, want 5 (bias, surface, folded, stem, shape)", got)
	}
}

func TestKunyaFeatures(t *testing.T) {
	fz := newFeaturizer(testResources(), TriggerFeatures)
	var sf sentenceFeatures
	fz.extract([]string{"قال", "أبو", "محمد"}, &sf)
	if !slices.Contains(sf.token(1), hash1(tKunyaHead, "ابو")) {
		t.Errorf("أبو before a name lacks the kunya-head feature")
	}
	if !slices.Contains(sf.token(2), hash1(tKunyaName, "ابو")) {
		t.Errorf("the word after أبو lacks the kunya-name feature")
	}
}

func TestParseFamilies(t *testing.T) {
	tests := []struct {
		in      string
		want    Families
		wantErr bool
	}{
		{"all", AllFamilies, false},
		{"base", 0, false},
		{"affixes+context", AffixFeatures | ContextFeatures, false},
		{"gazetteer,triggers", GazetteerFeatures | TriggerFeatures, false},
		{"bogus", 0, true},
	}
	for _, tc := range tests {
		got, err := ParseFamilies(tc.in)
		if (err != nil) != tc.wantErr || got != tc.want {
			t.Errorf("ParseFamilies(%q) = %v, %v; want %v, error %v", tc.in, got, err, tc.want, tc.wantErr)
		}
	}
	if s := (AffixFeatures | ClusterFeatures).String(); s != "affixes+clusters" {
		t.Errorf("String() = %q", s)
	}
}
