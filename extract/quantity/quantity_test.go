package quantity_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/isnad/isnad/extract/quantity"
	"github.com/isnad/isnad/extract/timex"
	"github.com/isnad/isnad/internal/testenv"
)

// want is an expected figure: -1 marks an absent min or max.
type want struct {
	text            string
	value, min, max float64
	approx          bool
	unit            string
}

func check(t *testing.T, got quantity.Quantity, w want) {
	t.Helper()
	f := func(p *float64) float64 {
		if p == nil {
			return -1
		}
		return *p
	}
	if f(got.Value) != w.value || f(got.Min) != w.min || f(got.Max) != w.max || got.Approx != w.approx || got.Unit != w.unit {
		t.Errorf("%q = v%v min%v max%v approx %v unit %q; want %+v", got.Text, f(got.Value), f(got.Min), f(got.Max), got.Approx, got.Unit, w)
	}
}

// TestTag covers each form of figure.
func TestTag(t *testing.T) {
	qt, tt := newTaggers(t)
	cases := []struct {
		text string
		want want
	}{
		{"بلغ عدد المعتقلين 12,000 شخص", want{"12,000 شخص", 12000, -1, -1, false, "شخص"}},
		{"ارتفع بنسبة 12.5 بالمئة", want{"بنسبة 12.5 بالمئة", 12.5, -1, -1, false, "%"}},
		{"وصل عددهم إلى ١٢٬٥٠٠ لاجئ", want{"١٢٬٥٠٠ لاجئ", 12500, -1, -1, false, "لاجئ"}},
		{"ويبلغ عدد المعتقلين نحو 12 ألف بينهم", want{"نحو 12 ألف", 12000, -1, -1, true, ""}},
		{"مكافأة تصل إلى 5 ملايين دولار.", want{"5 ملايين دولار", 5e6, -1, -1, false, "دولار"}},
		{"تضم ومايزيد على 22 ألف ملف سلمت", want{"22 ألف ملف", 22000, -1, -1, false, "ملف"}},
		{"نفذ أكثر من 200 عملية", want{"أكثر من 200 عملية", 200, 200, -1, true, "عملية"}},
		{"بينهم نحو 2500 إلى 3000 ينحدرون", want{"نحو 2500 إلى 3000", 2500, 2500, 3000, true, ""}},
		{"يقع على بعد 40 كم شرق", want{"40 كم", 40, -1, -1, false, "كم"}},
		{"قتل فيها ستة من قوات الأمن", want{"ستة", 6, -1, -1, false, ""}},
		{"نقل العشرات من معتقلي التنظيم", want{"العشرات", 10, 10, -1, true, "معتقلي"}},
		{"يحوي المئات من عوائل المعتقلين", want{"المئات", 100, 100, -1, true, "عوائل"}},
		{"شارك آلاف المتظاهرين", want{"آلاف المتظاهرين", 1000, 1000, -1, true, "متظاهرين"}},
		{"توليد عشرات الآلاف من الوظائف", want{"عشرات الآلاف", 10000, 10000, -1, true, "وظائف"}},
		{"وخلال عشرة أيام تم", want{"عشرة أيام", 10, -1, -1, false, "يوم"}},
		{"بلغ عدد الموقوفين أربعمائة وواحداً وثلاثين موقوفاً", want{"أربعمائة وواحداً وثلاثين موقوفاً", 431, -1, -1, false, "موقوف"}},
		{"بلغت الخسائر ثلاثة آلاف دولار", want{"ثلاثة آلاف دولار", 3000, -1, -1, false, "دولار"}},
		{"أسفر عن خمسة وعشرين قتيلا", want{"خمسة وعشرين قتيلا", 25, -1, -1, false, "قتيل"}},
		{"مقابل 5ر32 مليون جنيه", want{"5ر32 مليون جنيه", 32.5e6, -1, -1, false, "جنيه"}},
		{"حصد حياة 39 شخصا على الاقل.", want{"39 شخصا على الاقل", 39, 39, -1, true, "شخص"}},
		{"في مواجهة استمرت ساعتين تقريبا.", want{"ساعتين تقريبا", 2, -1, -1, true, "ساعة"}},
		{"قامت طائرتان من الأسطول", want{"طائرتان", 2, -1, -1, false, "طائرة"}},
		{"قطع 25 ألف كيلومتر في شهرين ونصف الشهر.", want{"شهرين ونصف الشهر", 2.5, -1, -1, false, "شهر"}},
		{"تجنيد بضعة مقاتلين", want{"بضعة مقاتلين", 3, 3, 9, true, "مقاتل"}},
	}
	for _, c := range cases {
		t.Run(c.want.text, func(t *testing.T) {
			qs := qt.Tag(c.text, timex.Spans(tt.Tag(c.text, timex.Anchor{})))
			for _, q := range qs {
				if q.Text == c.want.text {
					check(t, q, c.want)
					if got := string([]rune(c.text)[q.Start:q.End]); got != q.Text {
						t.Errorf("span %d..%d is %q, text is %q", q.Start, q.End, got, q.Text)
					}
					return
				}
			}
			t.Errorf("no figure %q in %+v", c.want.text, qs)
		})
	}
}

// TestNotQuantities are numbers that are not figures.
func TestNotQuantities(t *testing.T) {
	qt, tt := newTaggers(t)
	for _, text := range []string{
		"بدأ في شهر نيسان/ أبريل عام ٢٠٢١",
		"وقال في النسخة الأولى من التحقيق",
		"الطائرات المسيرة إم.كيو-9 التي",
		"على الرحلة رقم (٩٦٢) في الساعة 10:30",
		"الدول الثلاث اتفقت",
		"في وقت واحد",
		"بتاريخ 29/03/2024",
		"سافر عام 1991 إلى سوريا",
	} {
		if got := qt.Tag(text, timex.Spans(tt.Tag(text, timex.Anchor{}))); len(got) != 0 {
			t.Errorf("%q: tagged %+v", text, got)
		}
	}
}

// TestSeedFigures checks every figure of the seed articles, in text order.
func TestSeedFigures(t *testing.T) {
	qt, tt := newTaggers(t)
	seeds := []struct {
		file string
		want []want
	}{
		{"000_3f51c999b24cc704.txt", []want{{"عشرة أيام", 10, -1, -1, false, "يوم"}}},
		{"001_33efa6a8dea875fc.txt", []want{
			{"100 عملية", 100, -1, -1, false, "عملية"}, {"6 عناصر", 6, -1, -1, false, "عنصر"},
			{"أربعة", 4, -1, -1, false, "تحقيقات"}, {"ستة", 6, -1, -1, false, ""},
			{"أكثر من 200 عملية", 200, 200, -1, true, "عملية"}, {"307 أشخاص", 307, -1, -1, false, "شخص"},
			{"58 مدنيا", 58, -1, -1, false, "مدني"}, {"امرأتان", 2, -1, -1, false, "امرأة"},
			{"249 شخصا", 249, -1, -1, false, "شخص"},
		}},
		{"002_8cf1914de35b719e.txt", []want{
			{"أكثر من 100", 100, 100, -1, true, "معتقل"}, {"العشرات", 10, 10, -1, true, "معتقلي"},
			{"55 كم", 55, -1, -1, false, "كم"}, {"المئات", 100, 100, -1, true, "عوائل"},
			{"6 حالات", 6, -1, -1, false, "حالة"}, {"نحو 12 ألف", 12000, -1, -1, true, ""},
			{"نحو 2500 إلى 3000", 2500, 2500, 3000, true, ""}, {"54 جنسية", 54, -1, -1, false, "جنسية"},
			{"نحو 5 آلاف عراقي", 5000, -1, -1, true, "عراقي"}, {"40 كم", 40, -1, -1, false, "كم"},
			{"نحو 70 ألف", 70000, -1, -1, true, ""}, {"نحو 12 الف", 12000, -1, -1, true, ""},
		}},
		{"003_f1d172b154725365.txt", []want{
			{"22 ألف ملف", 22000, -1, -1, false, "ملف"}, {"20 عاماً", 20, -1, -1, false, "عام"},
			{"أربعة أشخاص", 4, -1, -1, false, "شخص"}, {"أكثر من 400 مرة", 400, 400, -1, true, "مرة"},
			{"5 ملايين دولار", 5e6, -1, -1, false, "دولار"},
		}},
		{"004_e7b00494ea555db0.txt", []want{
			{"المئات", 100, 100, -1, true, "عنصر"}, {"100 عملية", 100, -1, -1, false, "عملية"},
			{"6 عناصر", 6, -1, -1, false, "عنصر"}, {"حوالي 470 ألف ملف", 470000, -1, -1, true, "ملف"},
			{"ساعتين تقريبا", 2, -1, -1, true, "ساعة"},
		}},
	}
	for _, seed := range seeds {
		t.Run(seed.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join(testenv.Seeds(t), seed.file))
			if err != nil {
				t.Fatal(err)
			}
			text := string(b)
			qs := qt.Tag(text, timex.Spans(tt.Tag(text, timex.Anchor{})))
			k := 0
			for _, w := range seed.want {
				for k < len(qs) && !strings.HasPrefix(qs[k].Text, w.text) {
					k++
				}
				if k == len(qs) {
					t.Fatalf("%q not found (in order)", w.text)
				}
				check(t, qs[k], w)
				k++
			}
		})
	}
}

// TestLoadErrors: a malformed lexicon names the file and line.
func TestLoadErrors(t *testing.T) {
	fsys := fstest.MapFS{
		"x/numbers.tsv": {Data: []byte("# comment\nثلاثة\tnum\tthree\n")},
		"x/units.tsv":   {Data: []byte("")},
	}
	if _, err := quantity.Load(fsys, "x"); err == nil || !strings.Contains(err.Error(), "x/numbers.tsv line 2") {
		t.Errorf("err = %v", err)
	}
	fsys["x/numbers.tsv"] = &fstest.MapFile{Data: []byte("ثلاثة\tnum\t3\n")}
	fsys["x/units.tsv"] = &fstest.MapFile{Data: []byte("ساعتين\tساعة\t3\n")}
	if _, err := quantity.Load(fsys, "x"); err == nil || !strings.Contains(err.Error(), "units.tsv line 1") {
		t.Errorf("err = %v", err)
	}
	if _, err := quantity.NewDefault(); err != nil {
		t.Fatal(err)
	}
}
