package judge

import (
	"context"
	"testing"

	"github.com/isnad/isnad/export"
)

// A rewrite (story member, published later, naming no source) of an
// agency's report: the copied sentence is grouped with its original through
// the story's aligned passage even though the rewording brings its
// similarity under the threshold, the rewrite's unattributed claim inherits
// the original's chain, and the two count as one origin.
func TestStoryRewrite(t *testing.T) {
	orig := "أعلنت وزارة الصحة في غزة ارتفاع حصيلة القصف على مخيم جباليا إلى 12 قتيلا بينهم أطفال"
	rewrite := "قالت مصادر طبية إن عدد ضحايا قصف مخيم جباليا وصل إلى 12 قتيلا منهم أطفال ونساء في الليلة الماضية"
	a := export.NewAnalysis()
	a.Documents = []export.Document{
		{ID: "d:orig", Outlet: sp("وكالة الأناضول"), Published: sp("2023-11-01"), Text: orig},
		{ID: "d:rw", Outlet: sp("موقع إخباري"), Published: sp("2023-11-02"), Text: rewrite},
	}
	a.Claims = []export.Claim{
		{ID: "c:o", Doc: "d:orig", Start: 0, End: len([]rune(orig)), Text: orig, Polarity: "asserted",
			Chain: []export.Link{{Name: "وزارة الصحة في غزة", Kind: "government"}}},
		{ID: "c:r", Doc: "d:rw", Start: 0, End: len([]rune(rewrite)), Text: rewrite, Polarity: "asserted", Chain: []export.Link{}},
	}
	c := newCorpus(a, New(nil, Options{}).lex)
	sim := c.similarity(0, 1)
	if sim >= 0.34 || sim < 0.17 {
		t.Fatalf("the fixture no longer sits between half the threshold and the threshold (%.2f)", sim)
	}
	tests := []struct {
		name      string
		stories   []export.Story
		grouped   bool
		inherited bool
	}{
		{"no story: apart", nil, false, false},
		{"story with aligned passage: one group, one origin", []export.Story{{ID: "s:1", Documents: []string{"d:orig", "d:rw"}, Kind: "rewrite",
			Pairs: []export.StoryPair{{A: "d:orig", B: "d:rw", Passages: []export.Passage{{AStart: 0, AEnd: 20, BStart: 10, BEnd: 40}}}}}}, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := *a
			b.Claims = []export.Claim{a.Claims[0], a.Claims[1]}
			b.Claims[1].Chain = []export.Link{}
			b.Stories = tt.stories
			if err := New(nil, Options{}).Judge(context.Background(), &b); err != nil {
				t.Fatal(err)
			}
			if grouped := len(b.ClaimGroups) == 1; grouped != tt.grouped {
				t.Fatalf("grouped %v, want %v: %+v", grouped, tt.grouped, b.ClaimGroups)
			}
			if tt.grouped && b.ClaimGroups[0].IndependentOrigins != 1 {
				t.Errorf("independent origins %d, want 1: %+v", b.ClaimGroups[0].IndependentOrigins, b.ClaimGroups[0])
			}
			ch := b.Claims[1].Chain
			if got := len(ch) > 0 && ch[len(ch)-1].InheritedFrom == "d:orig"; got != tt.inherited {
				t.Errorf("inherited %v, want %v: %+v", got, tt.inherited, ch)
			}
		})
	}
}
