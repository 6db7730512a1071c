package link

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestUnionFind(t *testing.T) {
	u := newUnionFind(6)
	tests := []struct {
		a, b   uint32
		joined bool
	}{
		{0, 1, true}, {1, 2, true}, {0, 2, false}, {3, 4, true}, {4, 3, false}, {2, 4, true},
	}
	for _, tt := range tests {
		if got := u.union(tt.a, tt.b); got != tt.joined {
			t.Errorf("union(%d,%d) = %v, want %v", tt.a, tt.b, got, tt.joined)
		}
	}
	if u.find(0) != u.find(4) || u.find(5) == u.find(0) {
		t.Errorf("components wrong: find(0)=%d find(4)=%d find(5)=%d", u.find(0), u.find(4), u.find(5))
	}
}

func TestClusterKindsAndOrder(t *testing.T) {
	pairs := []PairEvidence{
		{A: "d:b", B: "d:c", Kind: Rewrite},
		{A: "d:a", B: "d:b", Kind: Syndication},
		{A: "d:x", B: "d:y", Kind: Syndication},
		{A: "d:p", B: "d:q", Kind: SameOrigin, Origin: "الحرة"},
	}
	got := Cluster(pairs)
	if len(got) != 3 {
		t.Fatalf("%d stories, want 3", len(got))
	}
	if want := []string{"d:a", "d:b", "d:c"}; !slices.Equal(got[0].Documents, want) || got[0].Kind != Rewrite {
		t.Errorf("first story %v %s, want %v rewrite (weakest link)", got[0].Documents, got[0].Kind, want)
	}
	if got[0].ID != StoryID([]string{"d:c", "d:a", "d:b"}) || !strings.HasPrefix(got[0].ID, "s:") {
		t.Errorf("story id %s does not derive from the sorted members", got[0].ID)
	}
	again := Cluster([]PairEvidence{pairs[3], pairs[2], pairs[1], pairs[0]})
	for i := range got {
		if got[i].ID != again[i].ID || got[i].Evidence != again[i].Evidence {
			t.Errorf("story %d differs with input order: %s vs %s", i, got[i].ID, again[i].ID)
		}
	}
	for _, s := range got {
		if s.Kind == SameOrigin && !strings.Contains(s.Evidence, "الحرة") {
			t.Errorf("same-origin evidence does not name the origin: %s", s.Evidence)
		}
	}
}

// plantedCorpus makes n random "articles" over a vocabulary, and for the
// first k of them a light rewrite (a few words replaced, a sentence dropped).
func plantedCorpus(n, k int) (map[string]string, [][2]string) {
	r := rand.New(rand.NewPCG(7, 8))
	vocab := make([]string, 50000)
	for i := range vocab {
		vocab[i] = fmt.Sprintf("كلمة%d", i)
	}
	texts := map[string]string{}
	var planted [][2]string
	sentence := func() []string {
		ws := make([]string, 8+r.IntN(10))
		for i := range ws {
			ws[i] = vocab[r.IntN(len(vocab))]
		}
		return ws
	}
	for i := range n {
		var sents [][]string
		for range 8 + r.IntN(8) {
			sents = append(sents, sentence())
		}
		id := fmt.Sprintf("d:%05d", i)
		texts[id] = join(sents)
		if i < k {
			var edit [][]string
			for si, s := range sents {
				if si == 3 {
					continue
				}
				s = slices.Clone(s)
				s[r.IntN(len(s))] = vocab[r.IntN(len(vocab))]
				edit = append(edit, s)
			}
			cid := fmt.Sprintf("d:%05d-copy", i)
			texts[cid] = join(edit)
			planted = append(planted, [2]string{id, cid})
		}
	}
	return texts, planted
}

func join(sents [][]string) string {
	var b strings.Builder
	for _, s := range sents {
		b.WriteString(strings.Join(s, " "))
		b.WriteString(".\n")
	}
	return b.String()
}

func TestCandidatesRecallPlanted(t *testing.T) {
	texts, planted := plantedCorpus(1500, 150)
	x, err := NewIndex(Options{})
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]string, 0, len(texts))
	for id := range texts {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		if err := x.Add(id, "", nil, texts[id]); err != nil {
			t.Fatal(err)
		}
	}
	cands, err := x.Candidates(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	got := map[[2]string]bool{}
	for _, c := range cands {
		if c.A >= c.B {
			t.Fatalf("candidate not ordered: %s %s", c.A, c.B)
		}
		got[[2]string{c.A, c.B}] = true
	}
	found := 0
	for _, p := range planted {
		if got[p] {
			found++
		}
	}
	if recall := float64(found) / float64(len(planted)); recall < 0.98 {
		t.Errorf("planted pair recall %.3f, want ≥ 0.98", recall)
	}
	// Random texts over a 50,000-word vocabulary share no passages.
	if extra := len(cands) - found; extra > len(planted)/10 {
		t.Errorf("%d candidates beyond the %d planted pairs", extra, len(planted))
	}
	stories, err := x.Stories(context.Background(), mapSource(texts), StoryOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(stories) < len(planted)*9/10 {
		t.Errorf("%d stories from %d planted rewrites", len(stories), len(planted))
	}
	for _, s := range stories {
		if len(s.Documents) != 2 || s.Documents[0]+"-copy" != s.Documents[1] {
			t.Errorf("story joins unrelated texts: %v", s.Documents)
		}
	}
}

func TestIndexRejectsDuplicatesAndBadOptions(t *testing.T) {
	x, err := NewIndex(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := x.Add("d:1", "", nil, "نص قصير للتجربة فقط"); err != nil {
		t.Fatal(err)
	}
	if err := x.Add("d:1", "", nil, "نص آخر"); err == nil {
		t.Error("adding an id twice gave no error")
	}
	if _, err := NewIndex(Options{Hashes: 10, Rows: 4}); err == nil {
		t.Error("10 hashes in bands of 4 gave no error")
	}
}

func TestStoriesStopsOnTextError(t *testing.T) {
	texts, _ := plantedCorpus(20, 5)
	x, _ := NewIndex(Options{})
	for id, tx := range texts {
		if err := x.Add(id, "", nil, tx); err != nil {
			t.Fatal(err)
		}
	}
	failing := TextFunc(func(context.Context, string) (string, error) { return "", fmt.Errorf("store offline") })
	if _, err := x.Stories(context.Background(), failing, StoryOptions{}); err == nil || !strings.Contains(err.Error(), "store offline") {
		t.Errorf("error = %v, want the text source's error", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := x.Stories(ctx, mapSource(texts), StoryOptions{}); err == nil {
		t.Error("cancelled context gave no error")
	}
}

func BenchmarkIndexAdd(b *testing.B) {
	texts, _ := plantedCorpus(200, 0)
	var all []string
	for _, t := range texts {
		all = append(all, t)
	}
	slices.Sort(all)
	bytes := 0
	for _, t := range all {
		bytes += len(t)
	}
	b.SetBytes(int64(bytes / len(all)))
	x, _ := NewIndex(Options{})
	i := 0
	for b.Loop() {
		if err := x.Add(fmt.Sprint(i), "", nil, all[i%len(all)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
