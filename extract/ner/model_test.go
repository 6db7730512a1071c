package ner

import (
	"bytes"
	"context"
	"reflect"
	"testing"
)

// tinyCorpus is a hand-made training set small enough to train in
// milliseconds.
func tinyCorpus() []Sentence {
	s := func(pairs ...string) Sentence {
		var out Sentence
		for i := 0; i < len(pairs); i += 2 {
			out.Tokens = append(out.Tokens, pairs[i])
			out.Tags = append(out.Tags, pairs[i+1])
		}
		return out
	}
	return []Sentence{
		s("قال", "O", "الشيخ", "O", "محمد", "B-PERS", "العلي", "I-PERS", "في", "O", "دمشق", "B-LOC"),
		s("وصل", "O", "محمد", "B-PERS", "إلى", "O", "حلب", "B-LOC", ".", "O"),
		s("أعلنت", "O", "وزارة", "B-ORG", "الدفاع", "I-ORG", "في", "O", "بغداد", "B-LOC"),
		s("قال", "O", "الشيخ", "O", "أحمد", "B-PERS", "في", "O", "حلب", "B-LOC"),
		s("زار", "O", "أحمد", "B-PERS", "وزارة", "B-ORG", "الدفاع", "I-ORG"),
	}
}

func trainTiny(t *testing.T) *Model {
	t.Helper()
	opt := DefaultTrainOptions()
	opt.Epochs = 5
	opt.Resources = testResources()
	m, err := Train(context.Background(), tinyCorpus(), opt)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestTrainLearnsTinyCorpus(t *testing.T) {
	m := trainTiny(t)
	sc := m.Score(tinyCorpus())
	if sc.Micro.F1 != 1 {
		t.Errorf("training-set micro-F1 %.3f, want 1", sc.Micro.F1)
	}
	// New combination of seen words.
	got := m.Tag([]string{"زار", "محمد", "وزارة", "الدفاع", "في", "دمشق"})
	want := []string{"O", "B-PER", "B-ORG", "I-ORG", "O", "B-LOC"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Tag = %v, want %v", got, want)
	}
}

func TestTrainDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := trainTiny(t).Save(&a); err != nil {
		t.Fatal(err)
	}
	if err := trainTiny(t).Save(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("two trainings with one seed saved different model files")
	}
}

func TestTrainRejectsBadInput(t *testing.T) {
	bad := []Sentence{{Tokens: []string{"a", "b"}, Tags: []string{"O"}}}
	if _, err := Train(context.Background(), bad, DefaultTrainOptions()); err == nil {
		t.Errorf("training on a sentence with fewer tags than tokens succeeded")
	}
	opt := DefaultTrainOptions()
	opt.Epochs = 0
	if _, err := Train(context.Background(), tinyCorpus(), opt); err == nil {
		t.Errorf("training with 0 epochs succeeded")
	}
}

// saveAndLoad writes m as a model file and reads it back, as name.
func saveAndLoad(t *testing.T, m *Model, name string) *Model {
	t.Helper()
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	loaded, err := Load(&buf, name)
	if err != nil {
		t.Fatalf("loading the saved model: %v", err)
	}
	return loaded
}

func TestSaveLoadRoundTrip(t *testing.T) {
	m := trainTiny(t)
	loaded := saveAndLoad(t, m, "tiny")
	if loaded.Families() != m.Families() {
		t.Errorf("families %v after load, want %v", loaded.Families(), m.Families())
	}
	for _, s := range append(tinyCorpus(), Sentence{Tokens: []string{"وصل", "الشيخ", "محمد", "إلى", "والولايات", "المتحدة"}}) {
		if a, b := m.Tag(s.Tokens), loaded.Tag(s.Tokens); !reflect.DeepEqual(a, b) {
			t.Errorf("tags differ after load: %v vs %v", a, b)
		}
	}
	if _, err := Load(bytes.NewReader([]byte("not a model")), "junk"); err == nil {
		t.Errorf("loading junk succeeded")
	}
}

func TestEntities(t *testing.T) {
	m := trainTiny(t)
	text := "قال الشيخ محمد العلي في دمشق. وصل أحمد إلى حلب."
	got := m.Entities(text)
	want := []Mention{
		{Type: PER, Start: 10, End: 20, Text: "محمد العلي"},
		{Type: LOC, Start: 24, End: 28, Text: "دمشق"},
		{Type: PER, Start: 34, End: 38, Text: "أحمد"},
		{Type: LOC, Start: 43, End: 46, Text: "حلب"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Entities = %+v\nwant %+v", got, want)
	}
}

func TestWithGazetteerFeedsFeatures(t *testing.T) {
	m := trainTiny(t)
	extra := NewLexicon()
	extra.Add("تدمر", LOC)
	m2 := m.WithGazetteer(extra)
	var sf sentenceFeatures
	m2.feat.extract([]string{"في", "تدمر"}, &sf)
	found := false
	for _, h := range sf.token(1) {
		found = found || h == hash1(tGaz0, LOC)
	}
	if !found {
		t.Errorf("an injected gazetteer entry does not reach the gazetteer features")
	}
	m.feat.extract([]string{"في", "تدمر"}, &sf)
	for _, h := range sf.token(1) {
		if h == hash1(tGaz0, LOC) {
			t.Errorf("WithGazetteer changed the original model")
		}
	}
}
