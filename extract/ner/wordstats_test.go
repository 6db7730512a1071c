package ner

import (
	"bytes"
	"math"
	"slices"
	"strings"
	"testing"
)

// wordStatsCorpus is a tiny corpus where سلمان behaves as a name (after a
// title, before بن, never with the article) and كتاب as a common noun
// (with the article and pronoun suffixes).
func wordStatsCorpus() *WordStatsLearner {
	trig := NewLexicon()
	trig.Add("امير", "PER-title")
	l := NewWordStatsLearner(trig)
	for range 10 {
		l.Add(strings.Fields("قال الامير سلمان بن عبد العزيز ان الكتاب جديد"), false)
		l.Add(strings.Fields("قرا كتابه و كتابهم و الكتاب « سلمان » ."), false)
		l.Add(strings.Fields("كتاب جديد"), true)
	}
	return l
}

func TestWordStatsCounts(t *testing.T) {
	opt := DefaultWordStatsOptions()
	opt.Coded = statCodes[1:]
	opt.MinPMI = math.Log(5) // a tiny corpus: every bigram is frequent
	ws := wordStatsCorpus().Learn(opt)
	count := func(word string, s wordStat) int {
		i := slices.Index(ws.Words, word)
		if i < 0 {
			t.Fatalf("%s has no statistics (words %v)", word, ws.Words)
		}
		return ws.Counts[i][s]
	}
	for _, c := range []struct {
		word string
		stat wordStat
		want int
	}{
		{"سلمان", statN, 20},
		{"سلمان", statArt, 0},
		{"سلمان", statTrig, 10}, // after الامير
		{"سلمان", statBin, 10},
		{"سلمان", statQuote, 10}, // « سلمان »
		{"كتاب", statN, 30},      // الكتاب ×2 and كتاب, one key
		{"كتاب", statArt, 20},
		{"كتاب", statSuf, 10}, // كتابه is not counted (one-letter ه), كتابهم is
		{"كتاب", statTitle, 10},
		{"كتاب", statStart, 10}, // the headline's first word
		{"قال", statStart, 10},
		{"عبد", statTrig, 10}, // after بن
		{"بن", statCohL, 10},  // سلمان بن: a bigram always seen together
	} {
		if got := count(c.word, c.stat); got != c.want {
			t.Errorf("%s %s = %d, want %d", c.word, statCodes[c.stat], got, c.want)
		}
	}
	codes := ws.WordCodes()
	if got := codes.Lookup("سلمان"); !slices.Contains(got, "art0") || !slices.Contains(got, "trg4") {
		t.Errorf("codes of سلمان: %v, want art0 and trg4 among them", got)
	}
	if got := codes.Lookup("كتاب"); !slices.Contains(got, "suf4") {
		t.Errorf("codes of كتاب: %v, want suf4 among them", got)
	}
	opt.PairPMI = math.Log(5)
	ws = wordStatsCorpus().Learn(opt)
	if i := slices.Index(ws.Pairs, "عبد عزيز"); i < 0 || ws.PairCodes[i] != "pmi1" {
		t.Errorf("عبد العزيز should be a cohesive pair (pairs %v, codes %v)", ws.Pairs, ws.PairCodes)
	}
	if slices.Contains(ws.Pairs, "و كتاب") {
		t.Errorf("و الكتاب (PMI 3.5) should not be a pair")
	}
	if got := ws.WordCodes().Lookup("عبد عزيز"); !slices.Equal(got, []string{"pmi1"}) {
		t.Errorf("pair codes: %v", got)
	}
	if d := ws.Describe("سلمان"); !strings.Contains(d, "n=20") || !strings.Contains(d, "art=0.000") {
		t.Errorf("Describe: %q", d)
	}
}

// Only the rates listed in Coded are written; the file reads back as the
// learner's codes, and learning twice gives the same bytes.
func TestWordStatsFile(t *testing.T) {
	opt := DefaultWordStatsOptions()
	ws := wordStatsCorpus().Learn(opt)
	var a, b bytes.Buffer
	if err := ws.Write(&a); err != nil {
		t.Fatal(err)
	}
	if err := wordStatsCorpus().Learn(opt).Write(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("two runs wrote different files")
	}
	codes, err := ReadWordCodes(&a, "test")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range codes.Words() {
		for _, c := range codes.Lookup(w) {
			if strings.HasPrefix(c, "qt") || strings.HasPrefix(c, "ttl") || strings.HasPrefix(c, "st") {
				t.Errorf("%s: code %s is not among the default coded rates", w, c)
			}
		}
	}
	if got, want := codes.Lookup("سلمان"), ws.WordCodes().Lookup("سلمان"); !slices.Equal(got, want) {
		t.Errorf("file codes %v, learnt %v", got, want)
	}
}

func TestRateClass(t *testing.T) {
	for _, c := range []struct {
		k, n, base float64
		want       int
	}{
		{0, 1000, 0.3, 0},
		{300, 1000, 0.3, 2},
		{900, 1000, 0.3, 4},
		{0, 0, 0.3, 2},  // no evidence: the corpus rate
		{5, 5, 0.01, 4}, // few occurrences, but every one
		{1, 2, 0.3, 2},  // two occurrences say little
	} {
		if got := rateClass(c.k, c.n, c.base, 5); got != c.want {
			t.Errorf("rateClass(%v/%v against %v) = %d, want %d", c.k, c.n, c.base, got, c.want)
		}
	}
}

// Statistics feed features of the word, looked up without clitics; a word
// they lack reads as unseen; a model saved with them reads them back.
func TestWordStatsFeatures(t *testing.T) {
	stats := NewWordCodes(map[string][]string{"سلمان": {"f4", "art0", "trg4"}, "امير سلمان": {"pmi2"}})
	res := testResources()
	res.Stats = stats
	fam := AllFamilies | StatsFeatures
	var sf sentenceFeatures
	newFeaturizer(res, fam).extract([]string{"الامير", "وسلمان", "زيدون"}, &sf)
	for _, c := range []string{"f4", "art0", "trg4"} {
		if !slices.Contains(sf.token(1), wordFeature(tStat0, strHash(c))) {
			t.Errorf("وسلمان lacks the code %s of سلمان", c)
		}
	}
	if !slices.Contains(sf.token(2), wordFeature(tStat0, strHash(UnseenWordStat))) {
		t.Errorf("an unknown word should read as unseen")
	}
	for _, c := range []struct {
		tok  int
		feat uint64
		what string
	}{
		{1, hashInt(tStatPairM1, 2), "وسلمان: the pair الامير سلمان on its left"},
		{0, hashInt(tStatPairP1, 2), "الامير: the pair on its right"},
		{1, hashInt(tStatPairP1, 0), "وسلمان: no pair on its right"},
		{0, hashInt(tStatPairM1, -1), "الامير: the sentence edge on its left"},
	} {
		if !slices.Contains(sf.token(c.tok), c.feat) {
			t.Errorf("missing feature: %s", c.what)
		}
	}
	var off sentenceFeatures
	newFeaturizer(res, AllFamilies).extract([]string{"سلمان"}, &off)
	if slices.Contains(off.token(0), wordFeature(tStat0, strHash("f4"))) {
		t.Errorf("statistics features without the wordstats family")
	}

	opt := DefaultTrainOptions()
	opt.Epochs, opt.Resources, opt.Families = 3, res, fam
	m, err := Train(t.Context(), tinyCorpus(), opt)
	if err != nil {
		t.Fatal(err)
	}
	loaded := saveAndLoad(t, m, "stats")
	if got := loaded.feat.res.Stats.Lookup("سلمان"); !slices.Equal(got, []string{"f4", "art0", "trg4"}) {
		t.Errorf("statistics lost in the model file: %v", got)
	}
}
