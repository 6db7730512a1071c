package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func readOne(t *testing.T, r *Reader, path string) (map[string]Item, []error) {
	t.Helper()
	items, errs := readAll(t, r, path)
	bySource := map[string]Item{}
	for _, it := range items {
		bySource[filepath.Base(it.Doc.Source)] = it
	}
	return bySource, errs
}

func TestReaders(t *testing.T) {
	r := newReader(t)
	docs, errs := readOne(t, r, "testdata/readers")
	tests := []struct {
		source                                       string
		title, outlet, published, from, author, lang string
		credits                                      []string
		textHas, textLacks                           []string
		removedHas                                   []string
	}{
		{source: "bom-byline.txt", outlet: "عين اليوم", author: "نايف عبدالله", lang: "ar",
			textHas: []string{"قال المتحدث باسم الوزارة إن الاجتماع انتهى دون اتفاق."}, textLacks: []string{"\ufeff", "عين اليوم"},
			removedHas: []string{"نايف عبدالله – عين اليوم"}},
		{source: "article.md", title: "وزارة الصحة تعلن خطة جديدة", lang: "ar",
			textHas:   []string{"أعلنت وزارة الصحة اليوم خطة", "وتشمل الخطة حملات توعية في المدارس."},
			textLacks: []string{"**", "](", "https://", "# "}},
		{source: "page.html", title: "مسؤول: المحادثات مستمرة", outlet: "الحرة", published: "2024-03-29", from: "metadata",
			author: "رامي عبد الرحمن", lang: "ar",
			textHas: []string{"قال مسؤول في وزارة الخارجية", "لكن الطرفين اتفقا على تبادل الأسرى.", "إذا توفرت الإرادة السياسية لدى الجميع."},
			textLacks: []string{"الرئيسية", "فيسبوك", "الأكثر قراءة", "خبر أول عن الطقس", "تعليق من قارئ", "جميع الحقوق محفوظة",
				"سياسة الخصوصية", "27 مارس 2024", "اقرأ أيضا", "أرشيفية"},
			removedHas: []string{"وفد التفاوض في جنيف - أرشيفية", "اقرأ أيضا: وزير الخارجية يزور جنيف"}},
		{source: "one.json#1", title: "ارتفاع أسعار النفط", outlet: "رويترز", published: "2024-03-29", from: "metadata", lang: "ar",
			textHas: []string{"ارتفعت أسعار النفط اليوم", "وقال محللون"}},
		{source: "array.json#1", title: "خبر أول", outlet: "الشرق الأوسط", published: "2015-07-21", from: "metadata", author: "رنيم حنوش", lang: "ar",
			textHas: []string{"حدد رئيس الوزراء"}},
		{source: "array.json#2", title: "خبر ثان", outlet: "عين اليوم", published: "2015-07-24", from: "metadata", author: "فايز الحسيكي", lang: "ar",
			textHas: []string{"يكشف تفاصيل الحادثة."}, textLacks: []string{"سمات", "فايز"},
			removedHas: []string{"فايز الحسيكي – عين اليوم", "سمات سيول مواطنين هروب"}},
		{source: "array.json#5", title: "خبر رابع", outlet: "اليوم", published: "2015-07-26", from: "metadata", lang: "ar",
			credits: []string{"واس"}, textHas: []string{"أعلنت الهيئة نتائج الاختبارات.\n\nوبلغت نسبة النجاح"}, textLacks: []string{"<p>"}},
		{source: "articles.jsonl#1", title: "الخبر الأول", published: "2024-01-02", from: "metadata", lang: "ar", textHas: []string{"الخبر الأول وهو"}},
		{source: "articles.jsonl#4", title: "الخبر الثالث", published: "2024-01-03", from: "metadata", lang: "ar", textHas: []string{"الخبر الثالث وهو"}},
		{source: "wrapped.json#1", title: "خبر", outlet: "بي بي سي عربي", lang: "ar", textHas: []string{"نص الخبر الأول هنا."}},
		{source: "wrapped.json#2", title: "خبر آخر", outlet: "سكاي نيوز عربية", lang: "ar", textHas: []string{"نص الخبر الثاني هنا."}},
	}
	if len(docs) != len(tests) {
		t.Errorf("read %d documents, want %d", len(docs), len(tests))
	}
	for _, tc := range tests {
		it, ok := docs[tc.source]
		if !ok {
			t.Errorf("%s: no document", tc.source)
			continue
		}
		d := it.Doc
		got := []string{d.Title, d.Outlet, d.Published, d.PublishedFrom, d.Author, d.Language}
		want := []string{tc.title, tc.outlet, tc.published, tc.from, tc.author, tc.lang}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: title, outlet, published, from, author, language = %q, want %q", tc.source, got, want)
		}
		if !reflect.DeepEqual(d.Credits, tc.credits) {
			t.Errorf("%s: credits %q, want %q", tc.source, d.Credits, tc.credits)
		}
		for _, s := range tc.textHas {
			if !strings.Contains(d.Text, s) {
				t.Errorf("%s: text lacks %q:\n%s", tc.source, s, d.Text)
			}
		}
		for _, s := range tc.textLacks {
			if strings.Contains(d.Text, s) {
				t.Errorf("%s: text still has %q:\n%s", tc.source, s, d.Text)
			}
		}
		for _, s := range tc.removedHas {
			if !containsString(d.Removed, s) {
				t.Errorf("%s: removed %q lacks %q", tc.source, d.Removed, s)
			}
		}
	}
	// The bad records of the fixtures, each named, the rest still read.
	wantErrs := map[string]error{"array.json#3": ErrNoArticle, "array.json#4": ErrNoArticle, "articles.jsonl": ErrMalformed}
	if len(errs) != len(wantErrs) {
		t.Errorf("errors %v, want %d", errs, len(wantErrs))
	}
	for _, err := range errs {
		var fe *FileError
		if !errors.As(err, &fe) {
			t.Fatalf("error %v is not a *FileError", err)
		}
		want, ok := wantErrs[filepath.Base(fe.Path)]
		if !ok || !errors.Is(err, want) {
			t.Errorf("unexpected error %v", err)
		}
		if errors.Is(err, ErrMalformed) && (fe.Line != 3 || !strings.Contains(err.Error(), "line 3")) {
			t.Errorf("malformed JSON Lines error %q does not name line 3", err)
		}
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestDirectoryOrder: a directory is walked in name order, hidden files
// and unknown extensions skipped, the same way every time.
func TestDirectoryOrder(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "b/2.txt", "النص الثاني جملة كاملة.")
	write(t, dir, "a.txt", "النص الأول جملة كاملة.")
	write(t, dir, "b/1.md", "النص الثالث جملة كاملة.")
	write(t, dir, ".hidden.txt", "نص مخفي.")
	write(t, dir, "photo.jpg", "\x00\x01")
	r := newReader(t)
	for run := 0; run < 2; run++ {
		items, errs := readAll(t, r, dir)
		if len(errs) != 0 {
			t.Fatal(errs)
		}
		var got []string
		for _, it := range items {
			rel, _ := filepath.Rel(dir, it.Doc.Source)
			got = append(got, rel)
		}
		want := []string{"a.txt", "b/1.md", "b/2.txt"}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("order %q, want %q", got, want)
		}
	}
}

func write(t testing.TB, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestNothingLost: a piece that is only a headline, or only a photo caption,
// keeps it as text; a piece of chrome only has no text.
func TestNothingLost(t *testing.T) {
	r := newReader(t)
	tests := []struct {
		name string
		rec  Record
		text string
	}{
		{"headline only", Record{Text: " كارينيو يشارك بفعاليات مسرح عيد طيبة "}, "كارينيو يشارك بفعاليات مسرح عيد طيبة"},
		{"caption only", Record{Title: "امرأة تتأمل لوحة في متحف", Text: "امرأة تتأمل لوحة في متحف (أ ف ب)"}, "امرأة تتأمل لوحة في متحف (أ ف ب)"},
		{"caption under another title", Record{Title: "صورة وتعليق", Text: "امرأة تتأمل لوحة في متحف - أرشيفية"}, "امرأة تتأمل لوحة في متحف - أرشيفية"},
		{"chrome only", Record{Title: "عنوان", Text: "تعليقات ()\nشارك"}, ""},
	}
	for _, tc := range tests {
		if got := r.Document(tc.rec).Text; got != tc.text {
			t.Errorf("%s: text %q, want %q", tc.name, got, tc.text)
		}
	}
}
