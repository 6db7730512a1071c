package align

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestAlignHandMadePairs(t *testing.T) {
	tests := []struct {
		name        string
		a, b        string
		wantAligned int
		wantPassage int
	}{
		{
			name: "copied sentences, reordered, one reworded",
			a: "نفذ التنظيم مئة عملية ضد قوات التحالف منذ بداية العام الحالي في شرق البلاد.\n" +
				"وقال المرصد إن الاجتماع الأول عقد في مدينة دير الزور بحضور شيخ القبيلة.\n" +
				"وأضاف أن الطرفين اتفقا على تبادل المعلومات حول قوافل نقل السلاح.",
			b: "وأضاف المرصد أن الطرفين اتفقا على تبادل المعلومات حول قوافل نقل السلاح عبر الحدود.\n" +
				"الطقس اليوم حار جدا في معظم مناطق المملكة مع رياح نشطة على السواحل.\n" +
				"نفذ التنظيم مئة عملية ضد قوات التحالف منذ بداية العام الحالي في شرق البلاد.",
			wantAligned: 2, wantPassage: 2,
		},
		{
			name:        "unrelated texts",
			a:           "افتتح أمير المنطقة معرض الكتاب الدولي في الرياض بحضور عدد من المسؤولين والمثقفين.",
			b:           "فاز الفريق الأول لكرة القدم على منافسه بثلاثة أهداف في المباراة التي أقيمت مساء أمس.",
			wantAligned: 0,
		},
		{
			name: "consecutive copied sentences merge into one passage",
			a: "أعلنت الوزارة عن خطة جديدة لتطوير التعليم في جميع المدارس الحكومية. " +
				"وتشمل الخطة تدريب المعلمين على المناهج الحديثة خلال العام المقبل.",
			b: "مقدمة لا علاقة لها بالموضوع على الإطلاق ولا تتكرر في النص الآخر أبدا.\n" +
				"أعلنت الوزارة عن خطة جديدة لتطوير التعليم في جميع المدارس الحكومية. " +
				"وتشمل الخطة تدريب المعلمين على المناهج الحديثة خلال العام المقبل.",
			wantAligned: 2, wantPassage: 1,
		},
		{
			name:        "short sentences are not evidence",
			a:           "قال الوزير. نعم. شكرا.",
			b:           "قال الوزير. نعم. شكرا.",
			wantAligned: 0,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Align(Prepare(tt.a, nil), Prepare(tt.b, nil), Options{})
			if r.Aligned != tt.wantAligned {
				t.Fatalf("aligned %d sentences, want %d (%+v)", r.Aligned, tt.wantAligned, r.Passages)
			}
			if tt.wantPassage > 0 && len(r.Passages) != tt.wantPassage {
				t.Fatalf("%d passages, want %d: %+v", len(r.Passages), tt.wantPassage, r.Passages)
			}
			ra, rb := []rune(tt.a), []rune(tt.b)
			for _, p := range r.Passages {
				pa, pb := string(ra[p.AStart:p.AEnd]), string(rb[p.BStart:p.BEnd])
				if strings.TrimSpace(pa) != pa || strings.TrimSpace(pb) != pb {
					t.Errorf("passage not trimmed: %q / %q", pa, pb)
				}
				if p.Score < 0.5 || p.Score > 1 {
					t.Errorf("passage score %.2f out of range", p.Score)
				}
			}
		})
	}
}

func TestAlignIsOneToOne(t *testing.T) {
	s := "أعلنت الوزارة عن خطة جديدة لتطوير التعليم في جميع المدارس الحكومية."
	r := Align(Prepare(s, nil), Prepare(s+"\n"+s+"\n"+s, nil), Options{})
	if r.Aligned != 1 || r.ASents != 1 || r.BSents != 3 {
		t.Errorf("aligned %d of %d/%d, want 1 of 1/3", r.Aligned, r.ASents, r.BSents)
	}
	if r.ACoverage() != 1 || r.BCoverage() < 0.33 || r.BCoverage() > 0.34 {
		t.Errorf("coverage %.2f / %.2f", r.ACoverage(), r.BCoverage())
	}
}

func FuzzAlign(f *testing.F) {
	f.Add("أعلنت الوزارة عن خطة جديدة لتطوير التعليم. وقال الوزير إن الخطة تبدأ غدا.", "وقال الوزير إن الخطة تبدأ غدا في كل المدارس.")
	f.Add("\n\n...", "ـــ\x00")
	f.Fuzz(func(t *testing.T, a, b string) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			a, b = strings.ToValidUTF8(a, "?"), strings.ToValidUTF8(b, "?")
		}
		r := Align(Prepare(a, nil), Prepare(b, nil), Options{})
		na, nb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
		if r.Aligned > r.ASents || r.Aligned > r.BSents {
			t.Fatalf("aligned %d of %d/%d", r.Aligned, r.ASents, r.BSents)
		}
		for _, p := range r.Passages {
			if p.AStart < 0 || p.AEnd > na || p.AStart > p.AEnd || p.BStart < 0 || p.BEnd > nb || p.BStart > p.BEnd {
				t.Fatalf("passage %+v outside texts of %d and %d code points", p, na, nb)
			}
		}
		self := Align(Prepare(a, nil), Prepare(a, nil), Options{})
		if self.Aligned != self.ASents {
			t.Fatalf("a text aligns %d of its %d sentences with itself", self.Aligned, self.ASents)
		}
	})
}

func BenchmarkAlign(b *testing.B) {
	para := func(seed string) string {
		var s strings.Builder
		for i := range 30 {
			s.WriteString(seed)
			s.WriteString(strings.Repeat(" كلمة", i%7))
			s.WriteString(" في اليوم رقم ")
			s.WriteString(strings.Repeat("ا", i+1))
			s.WriteString(".\n")
		}
		return s.String()
	}
	x := para("أعلنت الوزارة عن خطة جديدة لتطوير التعليم في جميع المدارس")
	y := para("وقال المرصد إن الاجتماع الأول عقد في مدينة دير الزور")
	ta, tb := Prepare(x, nil), Prepare(y, nil)
	b.SetBytes(int64(len(x) + len(y)))
	for b.Loop() {
		Align(ta, tb, Options{})
	}
}
