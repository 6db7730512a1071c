package ner

import (
	"strings"
	"testing"
)

func TestShippedCommon(t *testing.T) {
	words, err := shippedCommon()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"القتال", "الثوره", "الدول"} {
		if !words[w] {
			t.Errorf("%s missing from the common nouns", w)
		}
	}
	// words inside ANERcorp's places are left out
	for _, w := range []string{"الاراضي", "الضفه", "الخليج"} {
		if words[w] {
			t.Errorf("%s listed as a common noun", w)
		}
	}
}

func TestDropCommonNounPhrases(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	common := map[string]bool{"القتال": true, "الثوره": true, "الحدود": true, "الاراضي": true, "الزبداني": false}
	runRuleCases(t, []ruleCase{
		{"في ساحات القتال السورية ،", "O O B-LOC I-LOC O", "O O O O O"},
		{"منذ قيام للثورة السورية", "O O B-LOC I-LOC", "O O O O"},
		// a proper name, a head of place names, not an adjective, longer
		{"في الزبداني السورية", "O B-LOC I-LOC", "O B-LOC I-LOC"},
		{"منطقة الحدود الشمالية", "O B-LOC I-LOC", "O B-LOC I-LOC"},
		{"في القتال حلب", "O B-LOC I-LOC", "O B-LOC I-LOC"},
		{"القتال السورية العراقية", "B-LOC I-LOC I-LOC", "B-LOC I-LOC I-LOC"},
		{"القتال السورية", "B-ORG I-ORG", "B-ORG I-ORG"},
	}, func(doc [][]string, ids [][]int) { m.dropCommonNounPhrases(doc, ids, common) })

	// a place the gazetteers list stays
	lex := NewLexicon()
	lex.Add("الاراضي الفلسطينيه", LOC)
	g := m.WithGazetteer(lex)
	runRuleCases(t, []ruleCase{
		{"في الأراضي الفلسطينية", "O B-LOC I-LOC", "O B-LOC I-LOC"},
	}, func(doc [][]string, ids [][]int) { g.dropCommonNounPhrases(doc, ids, common) })
}

func TestPlaceWords(t *testing.T) {
	got := PlaceWords([]Sentence{{
		Tokens: strings.Fields("زار والأراضي الفلسطينية وحلب"),
		Tags:   strings.Fields("O B-LOC I-LOC B-LOC"),
	}})
	for _, w := range []string{"الاراضي", "الفلسطينيه", "حلب"} {
		if !got[w] {
			t.Errorf("%s missing from %v", w, got)
		}
	}
	if got["زار"] {
		t.Errorf("زار is no place word")
	}
}

func TestCountDefiniteWords(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	seen, inside := map[string]int{}, map[string]int{}
	m.CountDefiniteWords([][]string{strings.Fields("استمر القتال في حلب وبالقتال")}, seen, inside)
	if seen["القتال"] != 2 || inside["القتال"] != 0 || seen["حلب"] != 0 {
		t.Errorf("seen %v inside %v", seen, inside)
	}
}
