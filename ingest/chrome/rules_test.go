package chrome

import (
	"testing"

	"github.com/isnad/isnad/data"
)

func newRemover(tb testing.TB) *Remover {
	tb.Helper()
	r, err := Load(data.Ingest)
	if err != nil {
		tb.Fatal(err)
	}
	return r
}

func TestRules(t *testing.T) {
	r := newRemover(t)
	tests := []struct {
		line           string
		anywhere, edge bool
	}{
		{"اظهر المزيد", true, true},
		{"0 تعليقات", true, true},
		{"0 0 أصوات", true, true},
		{"زر الذهاب إلى الأعلى", true, true},
		{"Inline Feedbacks", true, true},
		{"***", true, true},
		{"اقرأ أيضاً: الحكومة تعقد اجتماعها", true, true},
		{"Read more: Ceasefire holds", true, true},
		{"صورة المرشد الإيراني قرب مقر لتنظيم “داعش” – إنترنت", true, true},
		{"انتشار كبير لمليشيات إيرانية داخل سوريا. أرشيفية", true, true},
		{"أخبارتقارير", false, true},
		{"دولي سوريا العراق", false, true},
		{"فيسبوك تويتر واتساب", false, true},
		{"انضم إلى قائمة من يقدّرون محتوى الحل نت واشترك بنشرتنا البريدية.", false, true},
		{"جميع الحقوق محفوظة © 2024", true, true},
		// Body text, headings and sentences that only mention chrome words.
		{"المرصد: الحرس الثوري يرسل “الحاج دهقان” للقاء ممثل عن داعش", false, false},
		{"أوجه التعاون", false, false},
		{"سوريا والعراق", false, false},
		{"وقال المتحدث إن المزيد من التعليقات ستنشر لاحقا.", false, false},
		{"وقالت وكالة رويترز إن الاجتماع انتهى - رويترز", false, false},
		{"Related to this, the minister said the talks will go on.", false, false},
	}
	for _, tc := range tests {
		if got := r.Anywhere(tc.line); got != tc.anywhere {
			t.Errorf("Anywhere(%q) = %v, want %v", tc.line, got, tc.anywhere)
		}
		if got := r.Edge(tc.line); got != tc.edge {
			t.Errorf("Edge(%q) = %v, want %v", tc.line, got, tc.edge)
		}
	}
}

func TestSplitTags(t *testing.T) {
	r := newRemover(t)
	tests := []struct{ line, body, tags string }{
		{"وقع الحادث صباح اليوم. سمات سيول مواطنين هروب", "وقع الحادث صباح اليوم.", "سمات سيول مواطنين هروب"},
		{"وقع الحادث صباح اليوم. Tags Syria Iraq", "وقع الحادث صباح اليوم.", "Tags Syria Iraq"},
		{"وقع الحادث صباح اليوم وسمات المكان واضحة", "وقع الحادث صباح اليوم وسمات المكان واضحة", ""},
		{"من سمات المرحلة أن الحوار مستمر، كما قال الوزير.", "من سمات المرحلة أن الحوار مستمر، كما قال الوزير.", ""},
	}
	for _, tc := range tests {
		body, tags := r.SplitTags(tc.line)
		if body != tc.body || tags != tc.tags {
			t.Errorf("SplitTags(%q) = %q, %q; want %q, %q", tc.line, body, tags, tc.body, tc.tags)
		}
	}
}

func TestSameLine(t *testing.T) {
	if !SameLine("استخبارات غربية  تلتقي قادة داعش في سوريا", "استخبارات غربية تلتقي قادة داعش في سوريا") {
		t.Error("a headline with doubled spaces is not the same line")
	}
	if SameLine("أوجه التعاون", "أوجه التعاون بين إيران وتنظيم داعش وحلفائهما في المنطقة") {
		t.Error("a short heading matched a longer line")
	}
}

func BenchmarkEdge(b *testing.B) {
	r := newRemover(b)
	lines := []string{"اظهر المزيد", "دولي سوريا العراق", "المرصد: الحرس الثوري يرسل الحاج دهقان للقاء ممثل عن داعش",
		"على عكس ما تدعي الحكومة السورية والإيرانية بمحاربة تنظيم داعش الإرهابي، كشف المرصد السوري لحقوق الإنسان عن وثائق وتسجيلات صوتية."}
	for i := 0; i < b.N; i++ {
		for _, l := range lines {
			r.Edge(l)
		}
	}
}
