package judge

import (
	"context"
	"fmt"
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
	// Unrelated claims of a third document give the word weights a corpus.
	a.Documents = append(a.Documents, export.Document{ID: "d:bg", Outlet: sp("عنب بلدي")})
	for k, text := range []string{
		"ارتفعت أسعار الخبز في أسواق دمشق خلال الأسبوع الماضي بنسبة كبيرة",
		"قالت مصادر محلية إن الاشتباكات تجددت في ريف حلب الشمالي",
		"أعلنت وزارة الصحة في غزة وصول شحنة أدوية عبر معبر رفح",
		"وصل عدد النازحين في الليلة الماضية إلى مراكز الإيواء في خان يونس",
	} {
		a.Claims = append(a.Claims, export.Claim{ID: fmt.Sprintf("c:bg%d", k), Doc: "d:bg", Text: text, Polarity: "asserted", Chain: []export.Link{}})
	}
	c := newCorpus(a, New(nil, Options{}).lex)
	sim := c.similarity(0, 1)
	if sim >= 0.4 || sim < 0.2 {
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
			b.Claims = append([]export.Claim(nil), a.Claims...)
			b.Claims[1].Chain = []export.Link{}
			b.Stories = tt.stories
			if err := New(nil, Options{}).Judge(context.Background(), &b); err != nil {
				t.Fatal(err)
			}
			if grouped := len(b.ClaimGroups) == len(b.Claims)-1; grouped != tt.grouped {
				t.Fatalf("grouped %v, want %v: %+v", grouped, tt.grouped, b.ClaimGroups)
			}
			if g := groupOf(&b, "c:o"); tt.grouped && g.IndependentOrigins != 1 {
				t.Errorf("independent origins %d, want 1: %+v", g.IndependentOrigins, g)
			}
			ch := b.Claims[1].Chain
			if got := len(ch) > 0 && ch[len(ch)-1].InheritedFrom == "d:orig"; got != tt.inherited {
				t.Errorf("inherited %v, want %v: %+v", got, tt.inherited, ch)
			}
		})
	}
}
