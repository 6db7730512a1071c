package actors

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/isnad/isnad/internal/testenv"
)

// benchTexts is a day of SaudiNewsNet (about 1,300 articles), the load the
// matcher meets in a batch run.
func benchTexts(b *testing.B) ([]string, int64) {
	b.Helper()
	var texts []string
	var size int64
	for _, a := range readSNN(b, "2015-08-03") {
		texts = append(texts, a.Content)
		size += int64(len(a.Content))
	}
	return texts, size
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := LoadDefault(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMatch reports the matcher's throughput in MB/s of UTF-8 text.
func BenchmarkMatch(b *testing.B) {
	lex := testLexicon(b)
	texts, size := benchTexts(b)
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			lex.Match(t)
		}
	}
}

// BenchmarkLink is Link (matching included) over the same day, no tagger
// mentions.
func BenchmarkLink(b *testing.B) {
	lex := testLexicon(b)
	texts, size := benchTexts(b)
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			Link(t, nil, lex)
		}
	}
}

// BenchmarkLinkSeed is Link on one long seed article with tagger mentions.
func BenchmarkLinkSeed(b *testing.B) {
	lex := testLexicon(b)
	matches, _ := filepath.Glob(filepath.Join(testenv.Seeds(b), "004_*.txt"))
	raw, err := os.ReadFile(matches[0])
	if err != nil {
		b.Fatal(err)
	}
	text := string(raw)
	rs := []rune(text)
	var ms []Mention
	// Every 40th code point starts a two-word tagger mention: a dense load.
	for i := 0; i+12 < len(rs); i += 40 {
		ms = append(ms, Mention{Type: TypePER, Start: i, End: i + 12})
	}
	b.SetBytes(int64(len(raw)))
	b.ResetTimer()
	for b.Loop() {
		Link(text, ms, lex)
	}
}
