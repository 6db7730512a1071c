package timex_test

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/isnad/isnad/extract/timex"
	"github.com/isnad/isnad/internal/testenv"
)

// FuzzTimex feeds arbitrary text to the time tagger: it must not panic, and
// every time must be a non-empty span of the text whose Text is exactly the
// text's code points Start..End.
func FuzzTimex(f *testing.F) {
	for _, s := range []string{
		"في العشرين من أيار/ مايو عام ٢٠٢١", "أمس الأحد", "بين 2014 و2016", "22 إلى 30 أغسطس/ آب",
		"يوم الجمعة 1436/10/15هـ", "Nov. 2014", "29/03/2024", "الأشهر 18 الماضية", "الـ72 ساعة القادمة",
		"من 5 إلى", "بعد غد", "\xff\xfe", "داعـ ـش ١٢٣٤", "منذ 99999999999999999999 سنة",
	} {
		f.Add(s, "2015-07-21")
		f.Add(s, "")
	}
	if files, err := filepath.Glob(filepath.Join(testenv.Seeds(f), "*.txt")); err == nil {
		for _, p := range files {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(string(b), "2024-03-29")
			}
		}
	}
	tagger := newTagger(f)
	f.Fuzz(func(t *testing.T, text, published string) {
		times, _, err := tagger.TagDocument(text, published)
		if err != nil {
			return // a malformed published date is reported, not tagged
		}
		runes := []rune(text)
		for _, tm := range times {
			if tm.Start < 0 || tm.Start >= tm.End || tm.End > len(runes) {
				t.Fatalf("span %d..%d outside text of %d code points", tm.Start, tm.End, len(runes))
			}
			if string(runes[tm.Start:tm.End]) != tm.Text && utf8.ValidString(text) {
				t.Fatalf("span %d..%d is %q, Text is %q", tm.Start, tm.End, string(runes[tm.Start:tm.End]), tm.Text)
			}
		}
	})
}

// TestParseAnchorErrors: bad published dates are errors naming the input.
func TestParseAnchorErrors(t *testing.T) {
	for _, s := range []string{"2015", "2015-13-01", "yesterday!!"} {
		if _, err := timex.ParseAnchor(s); err == nil {
			t.Errorf("ParseAnchor(%q) accepted", s)
		}
	}
}
