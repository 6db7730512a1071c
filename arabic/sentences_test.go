package arabic

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
)

func sentenceTexts(s string) []string {
	rs := []rune(s)
	var out []string
	for _, sp := range Sentences(s) {
		out = append(out, string(rs[sp.Start:sp.End]))
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"Arabic stops", "قال الوزير. وأضاف أنه سيعود! هل يعود؟ ربما",
			[]string{"قال الوزير.", "وأضاف أنه سيعود!", "هل يعود؟", "ربما"}},
		{"semicolon does not end", "قال الوزير؛ وأضاف أنه سيعود.", []string{"قال الوزير؛ وأضاف أنه سيعود."}},
		{"closing quotes stay", "قال: «انتهى الأمر.» ثم غادر. قال: “حسنا!” وذهب.",
			[]string{"قال: «انتهى الأمر.»", "ثم غادر.", "قال: “حسنا!”", "وذهب."}},
		{"straight quotes and brackets", `He said "no." Then (he left.) Done.`,
			[]string{`He said "no."`, "Then (he left.)", "Done."}},
		{"heading without stop", "عنوان الخبر\nنص الخبر الأول. نص ثان.",
			[]string{"عنوان الخبر", "نص الخبر الأول.", "نص ثان."}},
		{"blank line ends", "فقرة بلا نقطة\n\nفقرة أخرى", []string{"فقرة بلا نقطة", "فقرة أخرى"}},
		{"decimals", "ارتفع بنسبة 3.5 بالمئة. ثم 12٫5.", []string{"ارتفع بنسبة 3.5 بالمئة.", "ثم 12٫5."}},
		{"abbreviations", "The U.S. and Mr. Smith met Dr. Jones. He left.",
			[]string{"The U.S. and Mr. Smith met Dr. Jones.", "He left."}},
		{"Arabic title", "قال د. محمد علي إن الوضع خطير.", []string{"قال د. محمد علي إن الوضع خطير."}},
		{"list items", "1. البند الأول\n2. البند الثاني\nأ. فرع", []string{"1. البند الأول", "2. البند الثاني", "أ. فرع"}},
		{"year ends sentence", "وقع ذلك عام 2021. ثم تغير.", []string{"وقع ذلك عام 2021.", "ثم تغير."}},
		{"ellipsis", "انتظر… ثم قال... لا شيء", []string{"انتظر…", "ثم قال...", "لا شيء"}},
		{"stop runs", "حقا؟! نعم!!", []string{"حقا؟!", "نعم!!"}},
		{"no space after stop in Arabic", "انتهى الاجتماع.وقال الوزير", []string{"انتهى الاجتماع.", "وقال الوزير"}},
		{"acronyms spelt in Arabic", "نقلت شبكة سي.إن.إن عن مصدر أن طائرة “إم.كيو-9” سقطت. وقالت بي.بي.سي. ثم أكد إف.بي.آي ذلك",
			[]string{"نقلت شبكة سي.إن.إن عن مصدر أن طائرة “إم.كيو-9” سقطت.", "وقالت بي.بي.سي.", "ثم أكد إف.بي.آي ذلك"}},
		{"letter name before a run-on stop", "وصلت الطائرة إلى ان.وقال الوزير", []string{"وصلت الطائرة إلى ان.", "وقال الوزير"}},
		{"wrapped English", "The observatory said the\nmeeting took place. Then", []string{"The observatory said the\nmeeting took place.", "Then"}},
		{"URL and e-mail do not split", "see isnad.org/a.b now", []string{"see isnad.org/a.b now"}},
		{"whitespace only", " \n\n \t", nil},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sentenceTexts(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestSentencesOnSeeds checks the spans on the seed articles: ordered,
// disjoint, trimmed, covering every non-space character, never crossing a
// blank line, and with every line that ends in a stop ending a sentence.
func TestSentencesOnSeeds(t *testing.T) {
	for _, path := range seedFiles(t) {
		text := Display(readFile(t, path)).Text
		t.Run(filepath.Base(path), func(t *testing.T) {
			rs := []rune(text)
			spans := Sentences(text)
			if len(spans) < 5 {
				t.Fatalf("only %d sentences", len(spans))
			}
			covered := make([]bool, len(rs))
			prevEnd := 0
			for _, sp := range spans {
				if sp.Start < prevEnd || sp.End <= sp.Start || sp.End > len(rs) {
					t.Fatalf("bad span %v after %d", sp, prevEnd)
				}
				s := string(rs[sp.Start:sp.End])
				if strings.TrimSpace(s) != s {
					t.Errorf("span not trimmed: %q", s)
				}
				if strings.Contains(s, "\n\n") {
					t.Errorf("span crosses a blank line: %q", s)
				}
				for i := sp.Start; i < sp.End; i++ {
					covered[i] = true
				}
				prevEnd = sp.End
			}
			for i, r := range rs {
				if !covered[i] && !unicode.IsSpace(r) {
					t.Fatalf("character %d %q is in no sentence", i, r)
				}
			}
			ends := map[int]bool{}
			for _, sp := range spans {
				ends[sp.End] = true
			}
			offset := 0
			for _, line := range strings.Split(text, "\n") {
				n := len([]rune(line))
				if strings.HasSuffix(line, ".") && n > 0 && !ends[offset+n] {
					t.Errorf("line ending in a stop does not end a sentence: %q", line)
				}
				offset += n + 1
			}
		})
	}
}
