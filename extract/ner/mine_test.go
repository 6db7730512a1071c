package ner

import (
	"slices"
	"strings"
	"testing"

	"github.com/isnad/isnad/arabic"
)

// mineCorpus repeats paragraphs (plain text, folded and split on spaces)
// as a corpus reader.
func mineCorpus(paras map[string]int) func(emit func([]string)) error {
	keys := make([]string, 0, len(paras))
	for p := range paras {
		keys = append(keys, p)
	}
	slices.Sort(keys)
	return func(emit func([]string)) error {
		for _, p := range keys {
			for range paras[p] {
				emit(strings.Fields(arabic.Fold(p)))
			}
		}
		return nil
	}
}

func TestMineNames(t *testing.T) {
	read := mineCorpus(map[string]int{
		"فاز نادي الزمالك على منافسه":          6,
		"قال الزمالك في بيان":                  10, // bare mentions: share 6/16
		"انضم إلى فريق العمل في الوزارة":       6,
		"يبدأ العمل غدا":                       200, // العمل: 6 of 206 after a head
		"وصل فريق ريال مدريد إلى المطار":       6,
		"دفع مئة ريال فقط":                     200,
		"وكالة أوبك سجلت ارتفاعا":              2,
		"قال تنظيم أوبك إن":                    5,
		"زار الرئيس الأمريكي باراك أوباما حلب": 6,
		"قال محمد بن سلمان":                    5,
		"عرض فيلم « أولاد حارتنا » أمس":        5,
		"قرأ كتاب التاريخ القديم":              9, // a work's head without quotes names nothing
	})
	opt := DefaultMineOptions()
	names, err := MineNames(t.Context(), read, opt)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, n := range names {
		got[n.Name] = n.Label
	}
	want := map[string]string{
		"الزمالك":      MinedORG,
		"ريال مدريد":   MinedORG,
		"اوبك":         MinedORG,
		"باراك":        MinedPER,
		"باراك اوباما": MinedPER,
		"محمد":         MinedPER,
		"سلمان":        MinedPER,
		"اولاد حارتنا": MinedMISC,
	}
	for name, label := range want {
		if got[name] != label {
			t.Errorf("%s: label %q, want %q", name, got[name], label)
		}
	}
	for _, name := range []string{"العمل", "ريال", "اوبك سجلت", "الامريكي", "التاريخ", "التاريخ القديم", "ابو"} {
		if l, ok := got[name]; ok {
			t.Errorf("%s mined as %s", name, l)
		}
	}

	// A name mostly met without its head lands in the weak tier.
	opt.StrongShare = 0.5
	names, err = MineNames(t.Context(), read, opt)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(names, func(n MinedName) bool { return n.Name == "الزمالك" })
	if i < 0 || names[i].Label != MinedORG+WeakSuffix || names[i].Heads != 6 || names[i].Total != 16 {
		t.Errorf("الزمالك at strong share 0.5: %+v", names[i])
	}
	if !slices.IsSortedFunc(names, func(a, b MinedName) int {
		return strings.Compare(a.Label+"\t"+a.Name, b.Label+"\t"+b.Name)
	}) {
		t.Errorf("mined names not sorted")
	}
}

func TestHeadOfStripsClitics(t *testing.T) {
	for _, tc := range []struct {
		tok   string
		label string
	}{
		{"نادي", MinedORG}, {"ولنادي", MinedORG}, {"بمدينه", MinedLOC}, {"للامير", MinedPER},
		{"والرييس", MinedPER}, {"فيلم", MinedMISC}, {"الفريق", ""}, {"بنك", MinedORG}, {"فريد", ""},
	} {
		k, _ := headOf(arabic.Fold(tc.tok))
		if k.label != tc.label {
			t.Errorf("headOf(%s) = %q, want %q", tc.tok, k.label, tc.label)
		}
	}
}

// The mined lists feed features of their own (the name without its head,
// multi-word matches marked B/I), only when the family is on, and a model
// keeps them in its file.
func TestMinedFeatures(t *testing.T) {
	res := testResources()
	res.Mined = NewLexicon()
	res.Mined.Add("الزمالك", MinedORG)
	res.Mined.Add("ريال مدريد", MinedORG)
	toks := []string{"فاز", "والزمالك", "على", "ريال", "مدريد"}
	var sf sentenceFeatures
	newFeaturizer(res, AllFamilies|MinedFeatures).extract(toks, &sf)
	for _, c := range []struct {
		i int
		f uint64
	}{
		{1, hash1(tMined0, MinedORG)}, {0, hash1(tMinedP1, MinedORG)}, {2, hash1(tMinedM1, MinedORG)},
		{3, hash1(tMinedPhrase, "B-"+MinedORG)}, {4, hash1(tMinedPhrase, "I-"+MinedORG)},
	} {
		if !slices.Contains(sf.token(c.i), c.f) {
			t.Errorf("token %d (%s) lacks a mined feature", c.i, toks[c.i])
		}
	}
	var off sentenceFeatures
	newFeaturizer(res, AllFamilies).extract(toks, &off)
	if !slices.Equal(off.token(1), func() []uint64 {
		var plain sentenceFeatures
		r := res
		r.Mined = nil
		newFeaturizer(r, AllFamilies).extract(toks, &plain)
		return plain.token(1)
	}()) {
		t.Errorf("the mined lists change features with the family off")
	}

	opt := DefaultTrainOptions()
	opt.Epochs, opt.Resources, opt.Families = 2, res, opt.Families|MinedFeatures
	m, err := Train(t.Context(), tinyCorpus(), opt)
	if err != nil {
		t.Fatal(err)
	}
	loaded := saveAndLoad(t, m, "mined")
	if got := loaded.feat.res.Mined.Lookup("ريال مدريد"); !slices.Equal(got, []string{MinedORG}) {
		t.Errorf("mined list lost in the model file: %v", got)
	}
	if got, want := loaded.feat.res.Gazetteer.Len(), res.Gazetteer.Len(); got != want {
		t.Errorf("gazetteer of %d phrases read back as %d", want, got)
	}
	if got := loaded.feat.res.Gazetteer.Lookup("الزمالك"); len(got) != 0 {
		t.Errorf("mined name read back into the gazetteer: %v", got)
	}
}
