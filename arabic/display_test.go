package arabic

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/internal/testenv"
)

func TestDisplay(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain text unchanged", "قال المرصد السوري", "قال المرصد السوري"},
		{"empty", "", ""},
		{"obfuscated ISIS", "داعـ ـش", "داعش"},
		{"obfuscated Iran", "إيـ ـران", "إيران"},
		{"obfuscated factions", "الفصـ ـائل", "الفصائل"},
		{"obfuscations in a sentence", "بين “داعـ ـش” والفصـ ـائل التابعة لإيـ ـران", "بين “داعش” والفصائل التابعة لإيران"},
		{"obfuscation with several spaces and tatweels", "داعــ   ــش", "داعش"},
		{"obfuscation with a no-break space", "داعـ\u00a0ـش", "داعش"},
		{"tatweel stretching a word", "كبيـــــر", "كبير"},
		{"tatweel at a word end, then a word", "كبيـــر جدا", "كبير جدا"},
		{"tatweel as a dash between words", "الأول ـ الثاني", "الأول الثاني"},
		{"zero-width space inside a word", "دا\u200bعش", "داعش"},
		{"zero-width non-joiner inside a word", "دا\u200cعش", "داعش"},
		{"soft hyphen inside a word", "دا\u00adعش", "داعش"},
		{"word joiner and BOM", "\ufeffدا\u2060عش", "داعش"},
		{"directional marks", "\u200fقال\u200e الوزير\u202c", "قال الوزير"},
		{"zero-width joiner inside a word", "دا\u200dعش", "داعش"},
		{"zero-width joiner in an emoji kept", "👨\u200d👩", "👨\u200d👩"},
		{"NFC composes alef and hamza above", "ا\u0654من", "أمن"},
		{"NFC reorders shadda and fatha", "مُحَمّ\u064eد", "مُحَمَّد"},
		{"NFC composes Latin", "cafe\u0301", "café"},
		{"presentation forms", "\ufefb \ufe8d\ufedf\ufed8\ufeaa\ufeb1", "لا القدس"},
		{"spaces collapse", "قال   الوزير\t\tأمس", "قال الوزير أمس"},
		{"trailing and leading spaces of lines", "  سطر أول  \n   سطر ثان \t", "سطر أول\nسطر ثان"},
		{"CRLF", "سطر\r\nسطر\rسطر", "سطر\nسطر\nسطر"},
		{"blank lines collapse to one", "فقرة\n\n\n \n\nفقرة", "فقرة\n\nفقرة"},
		{"paragraph line separator", "فقرة\u2029فقرة", "فقرة\nفقرة"},
		{"leading and trailing blank lines", "\n\n فقرة \n\n", "فقرة"},
		{"control characters dropped", "a\x00b\x07c", "abc"},
		{"invalid UTF-8 replaced", "a\xffb", "a\ufffdb"},
		{"digits kept", "عام ٢٠٢١", "عام ٢٠٢١"},
		{"no rejoin without tatweel", "دا عش", "دا عش"},
		{"no rejoin across a dot", "قال.وأضاف", "قال.وأضاف"},
		{"no rejoin across a line", "داعـ\nـش", "داع\nش"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Display(tt.in)
			if got.Text != tt.want {
				t.Errorf("Display(%q) = %q, want %q", tt.in, got.Text, tt.want)
			}
			checkMap(t, tt.in, got)
			if again := Display(got.Text).Text; again != got.Text {
				t.Errorf("Display is not idempotent: %q → %q → %q", tt.in, got.Text, again)
			}
		})
	}
}

func TestDisplayOffsets(t *testing.T) {
	in := "  المرصد: “داعـ ـش”   والفصـ ـائل\r\n\r\n\r\nإيـ ـران "
	n := Display(in)
	src := []rune(in)
	out := []rune(n.Text)
	for _, word := range []string{"المرصد", "داعش", "والفصائل", "إيران"} {
		start := strings.Index(n.Text, word)
		if start < 0 {
			t.Fatalf("%q not in %q", word, n.Text)
		}
		span := isnad.Span{Start: utf8.RuneCountInString(n.Text[:start])}
		span.End = span.Start + utf8.RuneCountInString(word)
		s := n.SourceSpan(span)
		if got := Display(string(src[s.Start:s.End])).Text; got != word {
			t.Errorf("%q maps to source %v = %q, whose display is %q", word, s, string(src[s.Start:s.End]), got)
		}
	}
	if got := n.Source(len(out)); got != len(src) {
		t.Errorf("end maps to %d, want %d", got, len(src))
	}
	if got := n.Source(0); got != 2 {
		t.Errorf("start maps to %d, want 2 (after the leading spaces)", got)
	}
}

// checkMap verifies the offset map of n, the display of in: monotonic, within
// the source, the end onto the end, and every word token of the output
// coming from a stretch of source whose display is that word.
func checkMap(t *testing.T, in string, n Normalized) {
	t.Helper()
	srcLen := utf8.RuneCountInString(in)
	outLen := utf8.RuneCountInString(n.Text)
	if n.Len() != outLen {
		t.Fatalf("Len() = %d, want %d", n.Len(), outLen)
	}
	prev := 0
	for i := 0; i <= outLen; i++ {
		s := n.Source(i)
		if s < prev || s > srcLen {
			t.Fatalf("Source(%d) = %d: not monotonic or out of [%d, %d]", i, s, prev, srcLen)
		}
		prev = s
	}
	if outLen > 0 && n.Source(outLen) != srcLen {
		t.Fatalf("Source(end=%d) = %d, want %d", outLen, n.Source(outLen), srcLen)
	}
	src := []rune(in)
	for tok := range Words(n.Text) {
		s := n.SourceSpan(isnad.Span{Start: tok.Start, End: tok.End})
		if got := Display(string(src[s.Start:s.End])).Text; got != tok.Text {
			t.Fatalf("token %q at %d:%d maps to source %d:%d %q, displayed %q",
				tok.Text, tok.Start, tok.End, s.Start, s.End, string(src[s.Start:s.End]), got)
		}
	}
}

// TestDisplayOffsetsOnSeeds checks the offset map on the seed articles, and
// on the seeds with the obfuscations, invisibles and untidy spaces that
// scraped copies of them carry.
func TestDisplayOffsetsOnSeeds(t *testing.T) {
	for _, path := range seedFiles(t) {
		text := readFile(t, path)
		t.Run(filepath.Base(path), func(t *testing.T) {
			checkMap(t, text, Display(text))
			untidy := strings.NewReplacer("لا", "لـ ـا", " ", "  \u200b", "\n", " \r\n", "ع", "عـ").Replace(text)
			n := Display(untidy)
			checkMap(t, untidy, n)
			if want := Display(text).Text; n.Text != want {
				i := 0
				for i < min(len(want), len(n.Text)) && want[i] == n.Text[i] {
					i++
				}
				t.Errorf("untidy copy displays differently from the clean seed at byte %d: %q vs %q",
					i, n.Text[i:min(i+40, len(n.Text))], want[i:min(i+40, len(want))])
			}
		})
	}
}

func seedFiles(t testing.TB) []string {
	paths, err := filepath.Glob(filepath.Join(testenv.Seeds(t), "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seed articles found: %v", err)
	}
	return paths
}

func readFile(t testing.TB, path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestDisplayUnchangedTextIsNotCopied(t *testing.T) {
	in := "قال المرصد\n\nإن الطرفين اتفقا."
	n := Display(in)
	if n.Text != in || unsafeData(n.Text) != unsafeData(in) {
		t.Errorf("an unchanged text was copied")
	}
	trimmed := Display("  " + in + "\n")
	if trimmed.Text != in {
		t.Errorf("trimmed = %q", trimmed.Text)
	}
}

func TestOutput(t *testing.T) {
	in := "  داعـ ـش   قال\r\n\r\nنص"
	n := Display(in) // "داعش قال\n\nنص"
	tests := []struct{ src, want int }{
		{0, 0}, {2, 0}, {3, 1}, {5, 3}, {6, 3}, {7, 3}, {8, 3}, {9, 4}, {12, 5}, {15, 8}, {19, 10}, {21, 12}, {99, 12},
	}
	for _, tt := range tests {
		if got := n.Output(tt.src); got != tt.want {
			t.Errorf("Output(%d) = %d, want %d (text %q)", tt.src, got, tt.want, n.Text)
		}
	}
	for i := 0; i <= n.Len(); i++ {
		if got := n.Output(n.Source(i)); got > i {
			t.Errorf("Output(Source(%d)) = %d", i, got)
		}
	}
}
