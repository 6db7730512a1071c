package search

import (
	"testing"

	"github.com/isnad/isnad/search/searchtest"
)

// BenchmarkAnalyze measures analysis throughput on real news text (MB/s).
func BenchmarkAnalyze(b *testing.B) {
	arts := searchtest.Articles(b, 500)
	b.SetBytes(searchtest.Bytes(arts) / int64(len(arts)))
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		a := arts[i%len(arts)]
		Analyze(a.Title)
		Analyze(a.Content)
	}
}

// BenchmarkAnalyzer is Analyze with one Analyzer kept across articles, as a
// store keeps one per indexing goroutine.
func BenchmarkAnalyzer(b *testing.B) {
	arts := searchtest.Articles(b, 500)
	b.SetBytes(searchtest.Bytes(arts) / int64(len(arts)))
	an := NewAnalyzer()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		a := arts[i%len(arts)]
		an.Analyze(a.Title)
		an.Analyze(a.Content)
	}
}

func BenchmarkMakeSnippet(b *testing.B) {
	arts := searchtest.Articles(b, 200)
	q, err := ParseQuery("وزير الخارجية OR السعودية")
	if err != nil {
		b.Fatal(err)
	}
	match := q.Terms()
	for i := 0; b.Loop(); i++ {
		MakeSnippet(arts[i%len(arts)].Content, match, SnippetWords)
	}
}

func BenchmarkParseQuery(b *testing.B) {
	for b.Loop() {
		if _, err := ParseQuery(`"الحرس الثوري" OR ميليشيات سوريا -العراق`); err != nil {
			b.Fatal(err)
		}
	}
}
