package judge

import (
	"context"
	"testing"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/export"
)

func sp(s string) *string { return &s }

func f64(v float64) *float64 { return &v }

// handMade is three documents: an outlet's article quoting a monitor, a
// rewrite that cites the outlet, and an unrelated report.
func handMade() *export.Analysis {
	a := export.NewAnalysis()
	a.Documents = []export.Document{
		{ID: "d:a", Outlet: sp("الحرة"), Credits: []string{}},
		{ID: "d:b", Outlet: sp("الحل نت"), Credits: []string{}},
		{ID: "d:c", Outlet: sp("عنب بلدي"), Credits: []string{}},
	}
	a.Times = []export.Time{
		{Doc: "d:a", Start: 30, End: 36, Text: "أيار 2021", Value: sp("2021-05")},
		{Doc: "d:b", Start: 30, End: 36, Text: "نيسان 2021", Value: sp("2021-04")},
	}
	a.Quantities = []export.Quantity{
		{Doc: "d:a", Text: "6 عناصر", Value: f64(6), Unit: "عنصر", Start: 49, End: 56},
		{Doc: "d:a", Text: "12 عنصرا", Value: f64(12), Unit: "عنصر", Start: 55, End: 63},
		{Doc: "d:b", Text: "30 عنصرا", Value: f64(30), Unit: "عنصر", Start: 55, End: 63},
		{Doc: "d:b", Text: "المئات من العناصر", Value: f64(100), Min: f64(100), Approx: true, Unit: "عنصر", Start: 55, End: 72},
	}
	claim := func(id, doc, text string, chain []export.Link, times, qs []int) export.Claim {
		return export.Claim{ID: id, Doc: doc, Text: text, Chain: chain, Polarity: "asserted", Hedges: []string{}, Entities: []string{}, Times: times, Quantities: qs}
	}
	monitor := export.Link{Name: "المرصد السوري لحقوق الإنسان", Kind: "organization"}
	a.Claims = []export.Claim{
		claim("c:a1", "d:a", "بدأت المفاوضات السرية بين الفصائل الموالية والتنظيم عبر برقية فارسية أرسلها الحرس في أيار 2021", []export.Link{monitor}, []int{0}, []int{}),
		claim("c:b1", "d:b", "بدأت المفاوضات السرية بين الفصائل الموالية والتنظيم عبر برقية فارسية أرسلها الحرس في نيسان 2021", []export.Link{{Name: "الحرة", Kind: "outlet"}}, []int{1}, []int{}),
		claim("c:a2", "d:a", "قتل في الهجوم على سجن غويران المركزي شمال الحسكة 6 عناصر من الحراس الأكراد", []export.Link{monitor}, []int{}, []int{0}),
		claim("c:b2", "d:b", "أسفر الهجوم على سجن غويران المركزي شمال الحسكة عن هروب المئات من العناصر", []export.Link{}, []int{}, []int{3}),
		claim("c:a3", "d:a", "قتلت الغارة الجوية على مستودع الذخيرة قرب مطار التيفور 12 عنصرا من الفصائل", []export.Link{monitor}, []int{}, []int{1}),
		claim("c:b3", "d:b", "قتلت الغارة الجوية على مستودع الذخيرة قرب مطار التيفور 30 عنصرا من الفصائل", []export.Link{}, []int{}, []int{2}),
		claim("c:c1", "d:c", "ارتفعت أسعار الخبز في أسواق دمشق خلال الأسبوع الماضي", []export.Link{}, []int{}, []int{}),
	}
	return a
}

func TestJudgeHandMade(t *testing.T) {
	a := handMade()
	if err := New(nil, Options{}).Judge(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	groupOf := map[string]export.ClaimGroup{}
	for _, g := range a.ClaimGroups {
		for _, c := range g.Claims {
			groupOf[c] = g
		}
	}
	tests := []struct {
		name        string
		a, b        string
		same        bool
		independent int
	}{
		{"retelling citing the outlet", "c:a1", "c:b1", true, 1},
		{"unattributed copy in a document citing the outlet", "c:a2", "c:b2", true, 1},
		{"unrelated", "c:a1", "c:c1", false, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ga, gb := groupOf[tt.a], groupOf[tt.b]
			if (ga.ID == gb.ID) != tt.same {
				t.Fatalf("same group = %v, want %v (%v / %v)", ga.ID == gb.ID, tt.same, ga.Claims, gb.Claims)
			}
			if ga.IndependentOrigins != tt.independent {
				t.Errorf("independent origins %d (%v), want %d", ga.IndependentOrigins, ga.Origins, tt.independent)
			}
		})
	}
	b1 := a.Claims[1]
	if len(b1.Chain) != 2 || b1.Chain[1].InheritedFrom != "d:a" {
		t.Errorf("chain ending at الحرة not completed from الحرة's article: %+v", b1.Chain)
	}
	attrs := map[string]int{}
	for _, k := range a.Contradictions {
		attrs[k.Attribute]++
	}
	if attrs["time"] != 1 {
		t.Errorf("want the May/April clash, got %+v", a.Contradictions)
	}
	for _, k := range a.Contradictions {
		if k.Attribute == "quantity" && k.Claims[0] != "c:a3" {
			t.Errorf("6 killed vs hundreds escaped are different facts: %+v", k)
		}
	}
	if attrs["quantity"] != 1 {
		t.Errorf("want the 12 vs 30 killed clash, got %+v", a.Contradictions)
	}
	for _, g := range a.ClaimGroups {
		if g.Credibility < 1 || g.Credibility > 6 || g.Reason == "" {
			t.Errorf("group %+v", g)
		}
	}
}

func TestGradeTable(t *testing.T) {
	tests := []struct {
		name string
		f    facts
		want int
	}{
		{"no origin", facts{reports: 1, unknownAll: true}, CannotBeJudged},
		{"two reliable", facts{reports: 3, independent: 2, best: 'B', worst: 'C'}, Confirmed},
		{"two fair", facts{reports: 2, independent: 2, best: 'C', worst: 'C'}, ProbablyTrue},
		{"single anonymous", facts{reports: 2, independent: 1, best: 'F', worst: 'F', anonymousAll: true}, Doubtful},
		{"single fair", facts{reports: 1, independent: 1, best: 'C', worst: 'C'}, PossiblyTrue},
		{"single hedged", facts{reports: 2, independent: 1, best: 'C', worst: 'C', hedged: 2}, Doubtful},
		{"outweighed denial", facts{reports: 1, independent: 1, best: 'C', outweighed: true, contradicted: []export.Contradiction{{Attribute: "polarity"}}}, Improbable},
	}
	all, err := loadTexts(data.Judge)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.f.decide(); got != tt.want || tt.f.reason(all["en"], got) == "" || tt.f.reason(all["ar"], got) == "" {
				reason := tt.f.reason(all["en"], got)
				t.Errorf("grade %d (%s), want %d", got, reason, tt.want)
			}
		})
	}
}

// Polarity: a negated verb in one retelling against the plain verb in the
// other, and a denial against an assertion; and a name that happens to
// contain an opposite word is no clash.
func TestPolarityClash(t *testing.T) {
	tests := []struct {
		name, a, b string
		polA, polB string
		want       int
	}{
		{"negated verb", "نفذ عناصر التنظيم عمليات في البادية الشرقية لكنها لم تستهدف الميليشيات الإيرانية المنتشرة قرب الميادين",
			"نفذ عناصر التنظيم عمليات في البادية الشرقية واستهدفت الميليشيات الإيرانية المنتشرة قرب الميادين", "asserted", "asserted", 1},
		{"denial", "قصفت الطائرات الروسية مستشفى ميدانيا في ريف إدلب الجنوبي صباح الثلاثاء",
			"قصفت الطائرات الروسية مستشفى ميدانيا في ريف إدلب الجنوبي صباح الثلاثاء", "asserted", "denied", 1},
		{"same wording", "التقى ممثل أبو البراء بقائد الفرع في البادية قرب سجن غويران لبحث الاتفاق",
			"التقى ممثل أبو البراء بقائد الفرع في البادية قرب سجن غويران لبحث الاتفاق", "asserted", "asserted", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := export.NewAnalysis()
			a.Documents = []export.Document{{ID: "d:1", Outlet: sp("عنب بلدي")}, {ID: "d:2", Outlet: sp("الحرة")}}
			a.Claims = []export.Claim{
				{ID: "c:1", Doc: "d:1", Text: tt.a, Polarity: tt.polA, Chain: []export.Link{}},
				{ID: "c:2", Doc: "d:2", Text: tt.b, Polarity: tt.polB, Chain: []export.Link{}},
			}
			if err := New(nil, Options{}).Judge(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, k := range a.Contradictions {
				if k.Attribute == "polarity" {
					n++
				}
			}
			if n != tt.want {
				t.Errorf("%d polarity contradictions, want %d: %+v", n, tt.want, a.Contradictions)
			}
		})
	}
}

// An empty analysis, and claims whose document is missing, judge without
// error and leave the arrays present.
func TestJudgeEdgeCases(t *testing.T) {
	tests := []struct {
		name   string
		claims []export.Claim
		groups int
	}{
		{"empty", nil, 0},
		{"orphan claim", []export.Claim{{ID: "c:x", Doc: "d:missing", Text: "نص بلا وثيقة معروفة في التحليل", Chain: []export.Link{}}}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := export.NewAnalysis()
			if tt.claims != nil {
				a.Claims = tt.claims
			}
			if err := New(nil, Options{}).Judge(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			if a.ClaimGroups == nil || a.Contradictions == nil || len(a.ClaimGroups) != tt.groups {
				t.Errorf("groups %v contradictions %v", a.ClaimGroups, a.Contradictions)
			}
			for _, g := range a.ClaimGroups {
				if g.Origins == nil || g.Credibility != CannotBeJudged {
					t.Errorf("orphan group %+v", g)
				}
			}
		})
	}
	if _, err := NewChecked(nil, Options{ReasonLanguage: "fr"}); err == nil {
		t.Error("unknown reason language accepted")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := New(nil, Options{}).Judge(ctx, handMade()); err == nil {
		t.Error("cancelled context not reported")
	}
}
