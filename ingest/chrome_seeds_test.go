package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/isnad/isnad/internal/testenv"
)

// seedChrome lists, per seed, the lines that are not body text: page chrome,
// captions, datelines and credits (they must go to Removed) and the headline
// (it must become the Title). Every other line of the seed is body text and
// must survive, whole, as a line of Text.
var seedChrome = map[string]struct {
	title   string
	removed []string
}{
	"000": {title: "المرصد السوري يكشف وثائق عن شراكة سرية بين “داعـ ـش” والفصـ ـائل التابعة لإيـ ـران في سوريا",
		removed: []string{"أخبارتقارير", "اظهر المزيد", "مقالات ذات صلة", "زر الذهاب إلى الأعلى"}},
	"001": {removed: []string{"(عن الحرة)", "انتشار كبير لمليشيات إيرانية داخل سوريا. أرشيفية"}},
	"002": {title: "استخبارات غربية تلتقي قادة داعش في سوريا واتفاق على تكثيف الهجمات",
		removed: []string{"دولي سوريا العراق", "استخبارات غربية  تلتقي قادة داعش في سوريا واتفاق على تكثيف الهجمات", "وردنا", "يقرأون الآن"}},
	"003": {title: "سكاي نيوز: وثائق مسربة تثبت تعاون الأسد مع داعش للسيطرة على تدمر وتجارة النفط",
		removed: []string{"مارس 29, 2024", "ضع تعليقاَ"}},
	"004": {removed: []string{
		`إيران الحاضر الغائب في الحرب على "داعش" - إنترنت`, "إيران الحاضر الغائب في الحرب على “داعش” – إنترنت",
		"قائد حرس الحدود الإيراني العميد أحمد علي كودرزي - إنترنت", "قائد حرس الحدود الإيراني العميد أحمد علي كودرزي – إنترنت",
		`صورة المرشد الإيراني قرب مقر لتنظيم "داعش" - إنترنت`, "صورة المرشد الإيراني قرب مقر لتنظيم “داعش” – إنترنت",
		"هل أعجبك المحتوى وتريد المزيد منه يصل إلى صندوق بريدك الإلكتروني بشكلٍ دوري؟",
		"انضم إلى قائمة من يقدّرون محتوى الحل نت واشترك بنشرتنا البريدية.",
		"0 0 أصوات", "قيم المقال", "Subscribe", "نبّهني عن", "0 تعليقات", "Inline Feedbacks", "مشاهدة كل التعليقات"}},
}

// TestSeedChrome: on the five seeds every chrome line goes to Removed and
// every body line survives.
func TestSeedChrome(t *testing.T) {
	r := newReader(t)
	paths, _ := filepath.Glob(filepath.Join(testenv.Seeds(t), "*.txt"))
	for _, p := range paths {
		id := filepath.Base(p)[:3]
		want, ok := seedChrome[id]
		if !ok {
			t.Fatalf("no expectation for seed %s", p)
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc := r.Document(Record{Source: p, Text: string(raw)})
		if got := splitLines(want.title); want.title != "" && (len(got) != 1 || doc.Title != got[0]) {
			t.Errorf("%s: title %q, want %q", id, doc.Title, want.title)
		}
		if want.title == "" && doc.Title != "" {
			t.Errorf("%s: title %q taken from a body line", id, doc.Title)
		}
		removed := map[string]bool{}
		for _, l := range doc.Removed {
			removed[l] = true
		}
		notBody := map[string]bool{}
		for _, l := range append([]string{want.title}, want.removed...) {
			for _, n := range splitLines(l) {
				notBody[n] = true
			}
		}
		for _, l := range want.removed {
			n := splitLines(l)[0]
			if !removed[n] {
				t.Errorf("%s: chrome line %q was not removed", id, n)
			}
		}
		textLines := map[string]bool{}
		for _, l := range strings.Split(doc.Text, "\n\n") {
			textLines[l] = true
		}
		for _, l := range splitLines(string(raw)) {
			if !notBody[l] && !textLines[l] {
				t.Errorf("%s: body line lost: %q", id, l)
			}
		}
		if len(doc.Removed) != len(want.removed) {
			t.Errorf("%s: removed %d lines, want %d: %q", id, len(doc.Removed), len(want.removed), doc.Removed)
		}
	}
}

// TestChromeSynthetic: chrome of other sites, Arabic and English, goes; body
// lines that look a little like chrome stay.
func TestChromeSynthetic(t *testing.T) {
	r := newReader(t)
	tests := []struct {
		name, text string
		removed    []string
		keep       []string
	}{
		{"english page",
			"Home News World\nSyria talks resume in Geneva\nShare this article\nThe talks resumed on Friday, officials said.\nRead more: Ceasefire holds in the north\nThey will continue next week.\nRelated articles\nAll rights reserved © 2024\nWe use cookies to improve your experience. Accept cookies",
			[]string{"Home News World", "Share this article", "Read more: Ceasefire holds in the north", "Related articles", "All rights reserved © 2024", "We use cookies to improve your experience. Accept cookies"},
			[]string{"The talks resumed on Friday, officials said.", "They will continue next week."}},
		{"arabic widgets",
			"الرئيسية أخبار سياسة\nتعيين وزير جديد للخارجية\nأعلنت الحكومة اليوم تعيين وزير جديد للخارجية.\nاقرأ أيضاً: الحكومة تعقد اجتماعها الأسبوعي\nوقال المتحدث إن القرار جاء بعد مشاورات.\nشارك\nفيسبوك تويتر واتساب\nالوسوم: الحكومة، الخارجية\n***\nجميع الحقوق محفوظة لموقع المثال 2024",
			[]string{"الرئيسية أخبار سياسة", "اقرأ أيضاً: الحكومة تعقد اجتماعها الأسبوعي", "شارك", "فيسبوك تويتر واتساب", "الوسوم: الحكومة، الخارجية", "***", "جميع الحقوق محفوظة لموقع المثال 2024"},
			[]string{"أعلنت الحكومة اليوم تعيين وزير جديد للخارجية.", "وقال المتحدث إن القرار جاء بعد مشاورات."}},
		{"body that looks like chrome stays",
			"عنوان الخبر هنا\nقال الوزير إن المزيد من المساعدات سيصل غداً.\nأوجه التعاون\nوأضاف أن التعليقات على القرار كانت إيجابية، وأن الاشتراك في البرنامج مفتوح.\nسوريا والعراق\nواتفق البلدان على فتح الحدود.",
			nil,
			[]string{"قال الوزير إن المزيد من المساعدات سيصل غداً.", "أوجه التعاون", "وأضاف أن التعليقات على القرار كانت إيجابية، وأن الاشتراك في البرنامج مفتوح.", "سوريا والعراق", "واتفق البلدان على فتح الحدود."}},
		{"repeated caption and title",
			"انفجار في الميناء\nوقع انفجار ضخم في الميناء صباح اليوم وأدى إلى أضرار كبيرة.\nانفجار في الميناء\nآثار الانفجار في الميناء (رويترز)\nوقالت السلطات إن التحقيق بدأ.",
			[]string{"انفجار في الميناء", "آثار الانفجار في الميناء (رويترز)"},
			[]string{"وقع انفجار ضخم في الميناء صباح اليوم وأدى إلى أضرار كبيرة.", "وقالت السلطات إن التحقيق بدأ."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := r.Document(Record{Source: tc.name, Text: tc.text})
			for _, l := range tc.removed {
				if !containsString(doc.Removed, l) {
					t.Errorf("not removed: %q (removed %q)", l, doc.Removed)
				}
			}
			lines := strings.Split(doc.Text, "\n\n")
			for _, l := range tc.keep {
				if !containsString(lines, l) {
					t.Errorf("body line lost: %q\ntext:\n%s", l, doc.Text)
				}
			}
		})
	}
}

// TestIdempotentID: the same text read twice, or with other spacing,
// tatweel, line breaks or letter forms, gets the same id; other text does not.
func TestIdempotentID(t *testing.T) {
	r := newReader(t)
	base := "أعلنت الحكومة السورية اليوم عن خطة جديدة.\n\nوقال المتحدث إن داعش هزم."
	variants := []string{
		base,
		"أعلنت  الحكومة السورية اليوم عن خطة جديدة.\r\n\r\n\r\nوقال المتحدث إن داعش هزم.  ",
		"أعلنـت الحكومـة السورية اليوم عن خطة جديدة.\nوقال المتحدث إن داعـ ـش هزم.",
		"\ufeffأعلنت الحكومة السورية اليوم عن خطة جديدة.\u00a0\n\nوقال المتحدث إن داعش هزم.",
	}
	want := r.Document(Record{Text: base}).ID
	for _, v := range variants {
		if got := r.Document(Record{Source: "x", Text: v}).ID; got != want {
			t.Errorf("id of %q = %s, want %s", v, got, want)
		}
	}
	if other := r.Document(Record{Text: base + " وأضاف."}).ID; other == want {
		t.Error("a different text got the same id")
	}
}
