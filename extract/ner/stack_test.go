package ner

import (
	"context"
	"reflect"
	"slices"
	"testing"
)

func TestStackFeaturesReadOtherMentions(t *testing.T) {
	fz := newFeaturizer(testResources(), AllFamilies|StackFeatures)
	doc := [][]string{
		{"قال", "كوفي", "أنان", "اليوم"},
		{"وأضاف", "أنان", "أن"},
	}
	prior := [][]int{
		{tagO, mustTag(t, "B-PER"), mustTag(t, "I-PER"), tagO},
		{tagO, tagO, tagO},
	}
	feats := make([]sentenceFeatures, len(doc))
	infos := fz.extractDocument(doc, feats)
	stack := make([]sentenceFeatures, len(doc))
	stackFeatures(infos, prior, stack)
	tests := []struct {
		name      string
		sent, tok int
		feature   uint64
		want      bool
	}{
		{"own first-pass tag", 0, 1, hash1(tStack0, "B-PER"), true},
		{"previous word's first-pass tag", 0, 2, hash1(tStackM1, "B-PER"), true},
		{"tag of another mention", 1, 1, hash1(tStackDoc, "I-PER"), true},
		{"majority type of other mentions", 1, 1, hash2(tStackDocMajor, PER, "O"), true},
		{"own tag is not another mention's", 0, 2, hash1(tStackDoc, "I-PER"), false},
		{"word of a first-pass entity seen elsewhere", 1, 1, hash1(tStackPhrase, "B-PER"), false},
		{"repeated single word is no phrase of its own", 0, 1, hash1(tStackPhrase, "B-PER"), false},
	}
	for _, tc := range tests {
		got := slices.Contains(stack[tc.sent].token(tc.tok), tc.feature)
		if got != tc.want {
			t.Errorf("%s: feature present = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestStackPhraseRepeatsEntity(t *testing.T) {
	fz := newFeaturizer(testResources(), AllFamilies|StackFeatures)
	doc := [][]string{{"زار", "وزارة", "الدفاع"}, {"في", "وزارة", "الدفاع", "أمس"}}
	prior := [][]int{{tagO, mustTag(t, "B-ORG"), mustTag(t, "I-ORG")}, {tagO, tagO, tagO, tagO}}
	feats := make([]sentenceFeatures, len(doc))
	stack := make([]sentenceFeatures, len(doc))
	stackFeatures(fz.extractDocument(doc, feats), prior, stack)
	for i, want := range []string{"", "B-ORG", "I-ORG", ""} {
		for _, tag := range []string{"B-ORG", "I-ORG"} {
			has := slices.Contains(stack[1].token(i), hash1(tStackPhrase, tag))
			if has != (tag == want) {
				t.Errorf("token %d: phrase feature %s present = %v, want tag %q", i, tag, has, want)
			}
		}
	}
	// In the sentence where the first pass found it, the entity is only
	// itself: no repetition.
	if slices.Contains(stack[0].token(1), hash1(tStackPhrase, "B-ORG")) {
		t.Errorf("an entity counts as repeating itself")
	}
}

func mustTag(t *testing.T, tag string) int {
	t.Helper()
	id, ok := tagID(tag)
	if !ok {
		t.Fatalf("unknown tag %q", tag)
	}
	return id
}

func TestStackedModelTrainsSavesAndLoads(t *testing.T) {
	opt := DefaultTrainOptions()
	opt.Epochs = 5
	opt.Families = AllFamilies | StackFeatures
	opt.Resources = testResources()
	m, err := Train(context.Background(), tinyCorpus(), opt)
	if err != nil {
		t.Fatal(err)
	}
	if m.first == nil || m.first.families&StackFeatures != 0 {
		t.Fatalf("stacked model lacks a plain first pass")
	}
	if sc := m.Score(tinyCorpus()); sc.Micro.F1 != 1 {
		t.Errorf("training-set micro-F1 %.3f, want 1", sc.Micro.F1)
	}
	loaded := saveAndLoad(t, m, "tiny-stacked")
	if loaded.first == nil {
		t.Fatalf("first pass lost in saving")
	}
	doc := [][]string{{"زار", "محمد", "وزارة", "الدفاع"}, {"وقال", "محمد", "في", "دمشق"}}
	if a, b := m.TagDocument(doc), loaded.TagDocument(doc); !reflect.DeepEqual(a, b) {
		t.Errorf("tags differ after load: %v vs %v", a, b)
	}
	if fp := loaded.FirstPass(); fp.first != nil || fp.families&StackFeatures != 0 || len(fp.TagDocument(doc)) != len(doc) {
		t.Errorf("FirstPass is not a one-pass tagger")
	}
	if g := m.WithGazetteer(NewLexicon()); g.first == nil || g.first.feat != g.feat {
		t.Errorf("WithGazetteer does not give the first pass the new word lists")
	}
}

// The joint table must score exactly as the two passes would apart.
func TestJointTableMatchesSeparatePasses(t *testing.T) {
	opt := DefaultTrainOptions()
	opt.Epochs = 3
	opt.Resources = testResources()
	m, err := Train(context.Background(), tinyCorpus(), opt)
	if err != nil {
		t.Fatal(err)
	}
	doc := [][]string{{"زار", "محمد", "وزارة", "الدفاع"}, {}, {"وقال", "الشيخ", "أحمد", "في", "حلب"}}
	feats := make([]sentenceFeatures, len(doc))
	infos := m.feat.extractDocument(doc, feats)
	prior := m.first.decode(doc, feats)
	stack := make([]sentenceFeatures, len(doc))
	stackFeatures(infos, prior, stack)
	for s, tokens := range doc {
		n := len(tokens)
		want := make([]float32, n*nTags)
		m.emissions(&feats[s], n, want)
		m.addEmissions(&stack[s], n, want)
		em1, got := make([]float32, n*nTags), make([]float32, n*nTags)
		m.joint.emissions(&feats[s], n, em1, got)
		m.addEmissions(&stack[s], n, got)
		first := make([]float32, n*nTags)
		m.first.emissions(&feats[s], n, first)
		for i := range want {
			if d := want[i] - got[i]; d > 1e-4 || d < -1e-4 || em1[i] != first[i] {
				t.Fatalf("sentence %d score %d: joint %v/%v, apart %v/%v", s, i, em1[i], got[i], first[i], want[i])
			}
		}
	}
}
