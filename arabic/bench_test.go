package arabic

import (
	"context"
	"runtime"
	"testing"

	"github.com/isnad/isnad/internal/cputime"
	"github.com/isnad/isnad/internal/saudinewsnet"
	"github.com/isnad/isnad/internal/testenv"
)

// benchmarkTextSize is how much SaudiNewsNet text the benchmarks run over.
const benchmarkTextSize = 5 << 20

func loadBenchArticles(b *testing.B) []string {
	b.Helper()
	var articles []string
	size := 0
	err := saudinewsnet.Each(context.Background(), saudinewsnet.Dir(testenv.Shared(b)), func(a saudinewsnet.Article) error {
		articles = append(articles, a.Content)
		size += len(a.Content)
		if size >= benchmarkTextSize {
			return saudinewsnet.Stop
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return articles
}

func benchOver(b *testing.B, f func(string)) {
	benchTexts(b, loadBenchArticles(b), f)
}

// benchTexts runs f over texts. Besides the wall-clock MB/s it reports
// cpu-MB/s, the throughput per second of CPU time used by the process: the
// figure that stays meaningful on a machine that other jobs share.
func benchTexts(b *testing.B, texts []string, f func(string)) {
	size := 0
	for _, a := range texts {
		size += len(a)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	runtime.GC() // the garbage of loading must not be collected on the clock
	b.ResetTimer()
	cpu0 := cputime.Process()
	for b.Loop() {
		for _, a := range texts {
			f(a)
		}
	}
	if cpu := cputime.Process() - cpu0; cpu > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/cpu.Seconds()/1e6, "cpu-MB/s")
	}
}

func BenchmarkDisplay(b *testing.B) { benchOver(b, func(s string) { Display(s) }) }

// BenchmarkDisplayClean runs Display over text it already normalised: the
// case of every stage after ingest.
func BenchmarkDisplayClean(b *testing.B) {
	articles := loadBenchArticles(b)
	for i, a := range articles {
		articles[i] = Display(a).Text
	}
	benchTexts(b, articles, func(s string) { Display(s) })
}

func BenchmarkFold(b *testing.B)      { benchOver(b, func(s string) { Fold(s) }) }
func BenchmarkTokenize(b *testing.B)  { benchOver(b, func(s string) { Tokenize(s) }) }
func BenchmarkSentences(b *testing.B) { benchOver(b, func(s string) { Sentences(s) }) }

func BenchmarkStem(b *testing.B) {
	articles := loadBenchArticles(b)
	var words []string
	for _, a := range articles[:len(articles)/10] {
		for w := range Words(Fold(a)) {
			words = append(words, w.Text)
		}
	}
	benchTexts(b, words, func(s string) { Stem(s) })
}
