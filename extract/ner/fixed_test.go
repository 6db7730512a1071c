package ner

import (
	"slices"
	"strings"
	"testing"
)

// parseTagIDs turns space-separated BIO tags into tag ids.
func parseTagIDs(t *testing.T, tags string) []int {
	t.Helper()
	var ids []int
	for _, tag := range strings.Fields(tags) {
		id, ok := tagID(tag)
		if !ok {
			t.Fatalf("bad tag %q", tag)
		}
		ids = append(ids, id)
	}
	return ids
}

func tagStrings(ids []int) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = tagNames[id]
	}
	return out
}

type ruleCase struct{ tokens, tags, want string }

func runRuleCases(t *testing.T, cases []ruleCase, rule func(doc [][]string, ids [][]int)) {
	t.Helper()
	for _, tc := range cases {
		tokens := strings.Fields(tc.tokens)
		ids := parseTagIDs(t, tc.tags)
		if len(ids) != len(tokens) {
			t.Fatalf("%s: %d tags for %d tokens", tc.tokens, len(ids), len(tokens))
		}
		rule([][]string{tokens}, [][]int{ids})
		if got, want := tagStrings(ids), strings.Fields(tc.want); !slices.Equal(got, want) {
			t.Errorf("%s: got %v, want %v", tc.tokens, got, want)
		}
	}
}

func TestShippedFixed(t *testing.T) {
	fw, err := shippedFixed()
	if err != nil {
		t.Fatal(err)
	}
	if len(fw.phrases) == 0 || len(fw.verbs) == 0 {
		t.Fatalf("shipped fixed list holds %d phrase heads and %d verbs", len(fw.phrases), len(fw.verbs))
	}
}

func TestReadFixedErrors(t *testing.T) {
	for _, in := range []string{
		"phrase\tحسن\n",       // one word
		"verb\tأشرف\n",        // no prepositions
		"word\tحسن الجوار\n",  // unknown label
		"phrase حسن الجوار\n", // no tab
	} {
		if _, err := readFixed(strings.NewReader(in), "test"); err == nil {
			t.Errorf("%q: no error", in)
		}
	}
}

func TestDropFixedPhrases(t *testing.T) {
	fw := mustFixed()
	runRuleCases(t, []ruleCase{
		{"كتعبير عن حسن النوايا والتعاون", "O O B-PER I-PER O", "O O O O O"},
		{"مبدأ وحسن الجوار", "O B-PER I-PER", "O O O"},
		{"لحسن الحظ فاز", "B-PER I-PER O", "O O O"},
		// what an entity read from the expression ran on into goes too
		{"حسن الظن بالله ثم", "B-PER I-PER I-PER O", "O O O O"},
		{"وزير حسن الجوار", "B-PER I-PER I-PER", "B-PER O O"},
		// a name is not an expression
		{"قال حسن البنا", "O B-PER I-PER", "O B-PER I-PER"},
		{"حسن نصر الله", "B-PER I-PER I-PER", "B-PER I-PER I-PER"},
		// a bracketed word keeps its own entity, not the inside of a cut one
		{"الملك عبدالعزيز طيب الله ثراه", "O B-PER I-PER B-MISC O", "O B-PER O B-MISC O"},
		{"الملك عبدالعزيز طيب الله ثراه", "O B-PER I-PER I-PER I-PER", "O B-PER O O O"},
	}, fw.dropFixedPhrases)
}

func TestDropVerbs(t *testing.T) {
	fw := mustFixed()
	runRuleCases(t, []ruleCase{
		{"مجموعات أشرف الأمريكان على تدريبها", "O B-PER O O O", "O O O O O"},
		{"سبق أن أشرف على الفريق", "O O B-PER O O", "O O O O O"},
		{"وأشرف عليها خالد القروني", "B-PER O B-PER I-PER", "O O B-PER I-PER"},
		// the name: followed by another name, or by علي (a name) not على
		{"التقى أشرف غني على هامش القمة", "O B-PER I-PER O O O", "O B-PER I-PER O O O"},
		{"قال أشرف علي إن", "O B-PER O O", "O B-PER O O"},
		{"قال أشرف ، على", "O B-PER O O", "O B-PER O O"},
		// a one-word entity followed by a word inside another entity
		{"أشرف محمد على", "B-PER B-PER O", "B-PER B-PER O"},
		{"يحيى على", "B-PER O", "B-PER O"},
	}, fw.dropVerbs)
}

func TestContinueTitledNames(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	runRuleCases(t, []ruleCase{
		{"العميد أحمد إبراهيم الخليل ، وخلال", "O B-PER I-PER O O O", "O B-PER I-PER I-PER O O"},
		{"اللواء عبدالرحمن بن عبدالله المقبل .", "O B-PER I-PER I-PER O O", "O B-PER I-PER I-PER I-PER O"},
		{"العميد أحمد إبراهيم الخليل", "O B-PER I-PER O", "O B-PER I-PER I-PER"},
		// no title, one name, no clause boundary
		{"وقال أحمد إبراهيم الخليل ،", "O B-PER I-PER O O", "O B-PER I-PER O O"},
		{"العميد أحمد الخليل ،", "O B-PER O O", "O B-PER O O"},
		{"العميد أحمد إبراهيم الخليل وخلال", "O B-PER I-PER O O", "O B-PER I-PER O O"},
		// a family name is there already; a word of time; an adjective
		{"الدكتور بكري عساس الندوة ،", "O B-PER I-PER O O", "O B-PER I-PER O O"},
		{"الرئيس تمام سلام اليوم ،", "O B-PER I-PER O O", "O B-PER I-PER O O"},
		{"الملك عبد الله الثاني ،", "O B-PER I-PER O O", "O B-PER I-PER O O"},
		{"الشيخ محمد بن سعود الإسلامية ،", "O B-PER I-PER I-PER O O", "O B-PER I-PER I-PER O O"},
		// an institution named after a titled person
		{"مركز الأمير فهد بن سلطان الرياضي .", "O O B-PER I-PER I-PER O O", "O O B-PER I-PER I-PER O O"},
		// a word with a proclitic, a trigger word
		{"العميد أحمد إبراهيم والخليل ،", "O B-PER I-PER O O", "O B-PER I-PER O O"},
		{"العميد أحمد إبراهيم المدير ،", "O B-PER I-PER O O", "O B-PER I-PER O O"},
	}, m.continueTitledNames)
}

// TestFixTags: the rules read tags made elsewhere (ANERcorp's PERS) and
// fix what they find; on ANERcorp's gold tags they change nothing (the
// count over train.txt is in PROVENANCE.md: `nertool rules`).
func TestFixTags(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	doc := [][]string{strings.Fields("وكتعبير عن حسن النوايا قال أشرف غني")}
	tags := [][]string{strings.Fields("O O B-PERS I-PERS O B-PERS I-PERS")}
	got := m.FixTags(doc, tags)
	if want := strings.Fields("O O O O O B-PER I-PER"); !slices.Equal(got[0], want) {
		t.Errorf("got %v, want %v", got[0], want)
	}
}
