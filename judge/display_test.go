package judge

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/export"
)

func TestDisplayWord(t *testing.T) {
	tests := []struct{ in, want string }{
		{"لإيران", "إيران"},
		{"والفصائل", "الفصائل"},
		{"للمرصد", "المرصد"},
		{"وبدأت", "بدأت"},
		{"الإيرانية", "الإيرانية"},
		{"لكنها", "لكنها"},
	}
	for _, tt := range tests {
		if got := displayWord(tt.in); got != tt.want {
			t.Errorf("displayWord(%s) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// writtenIn reports whether w is a word of text as displayWord shows it.
func writtenIn(w, text string) bool {
	for tok := range arabic.Words(text) {
		if displayWord(tok.Text) == w {
			return true
		}
	}
	return false
}

// Contradictions show the words as written, never their matching keys:
// the opposite words of two retellings are their own verbs, and the
// seeds' dated event names إيران, not the stem يران.
func TestContradictionsShowWrittenWords(t *testing.T) {
	a := export.NewAnalysis()
	a.Documents = []export.Document{{ID: "d:1", Outlet: sp("عنب بلدي")}, {ID: "d:2", Outlet: sp("الحرة")}}
	a.Claims = []export.Claim{
		{ID: "c:1", Doc: "d:1", Text: "ارتفعت أسعار الخبز والوقود في أسواق دمشق وريفها خلال الأسبوع الماضي بنسبة كبيرة", Polarity: "asserted", Chain: []export.Link{}},
		{ID: "c:2", Doc: "d:2", Text: "انخفضت أسعار الخبز والوقود في أسواق دمشق وريفها خلال الأسبوع الماضي بنسبة كبيرة", Polarity: "asserted", Chain: []export.Link{}},
		// other news, so that the shared words are rarer than the opposite ones
		{ID: "c:3", Doc: "d:1", Text: "عقد مجلس الوزراء جلسته الأسبوعية برئاسة رئيس الحكومة", Polarity: "asserted", Chain: []export.Link{}},
		{ID: "c:4", Doc: "d:2", Text: "أعلنت وزارة الصحة تسجيل إصابات جديدة في المحافظات الشمالية", Polarity: "asserted", Chain: []export.Link{}},
	}
	if err := New(nil, Options{}).Judge(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if len(a.Contradictions) != 1 || a.Contradictions[0].Attribute != "polarity" {
		t.Fatalf("want one polarity clash, got %+v", a.Contradictions)
	}
	k := a.Contradictions[0]
	if len(k.Values) != 2 || k.Values[0] != "ارتفعت" || k.Values[1] != "انخفضت" {
		t.Errorf("values %q, want the written verbs", k.Values)
	}
	if !strings.Contains(k.Reason, "ارتفعت") || !strings.Contains(k.Reason, "انخفضت") {
		t.Errorf("reason does not name the written verbs: %s", k.Reason)
	}

	seeds := seedAnalysis(t)
	claims := map[string]export.Claim{}
	for _, c := range seeds.Claims {
		claims[c.ID] = c
	}
	event := regexp.MustCompile(`\(([^)]*)\)`)
	times := 0
	for _, k := range seeds.Contradictions {
		if k.Attribute != "time" {
			continue
		}
		times++
		m := event.FindStringSubmatch(k.Reason)
		if m == nil {
			t.Fatalf("no event in %q", k.Reason)
		}
		words := strings.Split(m[1], ", ")
		for _, w := range words {
			if !writtenIn(w, claims[k.Claims[0]].Text) {
				t.Errorf("event word %q is not written in %q", w, claims[k.Claims[0]].Text)
			}
		}
		if !strings.Contains(m[1], "إيران") {
			t.Errorf("the seeds' dated event names إيران: %s", k.Reason)
		}
	}
	if times == 0 {
		t.Error("no time contradiction in the seeds")
	}
}
