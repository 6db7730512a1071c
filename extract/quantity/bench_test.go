package quantity_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/isnad/isnad/extract/quantity/goldset"
	"github.com/isnad/isnad/extract/quantity/scan"
	"github.com/isnad/isnad/extract/timex"
	"github.com/isnad/isnad/internal/cputime"
	"github.com/isnad/isnad/internal/testenv"
)

// benchTexts is one day of real SaudiNewsNet articles.
func benchTexts(b *testing.B) ([]string, int64) {
	b.Helper()
	arts, err := goldset.LoadDocs(goldset.SharedCorpus(testenv.Shared(b)), dayIDs(b))
	if err != nil {
		b.Fatal(err)
	}
	var texts []string
	var n int64
	for _, a := range arts {
		texts = append(texts, a.Content)
		n += int64(len(a.Content))
	}
	return texts, n
}

// dayIDs lists the first 1,500 articles of 2015-07-21.zip.
func dayIDs(b *testing.B) []string {
	ids := make([]string, 1500)
	for i := range ids {
		ids[i] = fmt.Sprintf("2015-07-21.zip#%d", i)
	}
	return ids
}

// BenchmarkTaggers runs the time and the quantity tagger over real news text
// the way the pipeline does: one scan shared by both, the time spans passed
// to the quantity tagger as skip spans. MB/s is per core.
func BenchmarkTaggers(b *testing.B) {
	texts, n := benchTexts(b)
	qt, tt := newTaggers(b)
	anchor, _ := timex.ParseAnchor("2015-07-21")
	b.SetBytes(n)
	b.ResetTimer()
	start := cputime.Process()
	defer func() { reportCPU(b, n, start) }()
	var scanner scan.Scanner // one per worker, as the pipeline keeps it
	for range b.N {
		for _, text := range texts {
			toks := scanner.Scan(text)
			qt.TagTokens(text, toks, timex.Spans(tt.TagTokens(text, toks, anchor)))
		}
	}
}

// BenchmarkQuantity is the quantity tagger alone, scanning included.
func BenchmarkQuantity(b *testing.B) {
	texts, n := benchTexts(b)
	qt, _ := newTaggers(b)
	b.SetBytes(n)
	b.ResetTimer()
	for range b.N {
		for _, text := range texts {
			qt.Tag(text, nil)
		}
	}
}

// BenchmarkScan is the shared tokenizer alone.
func BenchmarkScan(b *testing.B) {
	texts, n := benchTexts(b)
	b.SetBytes(n)
	b.ResetTimer()
	for range b.N {
		for _, text := range texts {
			scan.Scan(text)
		}
	}
}

// reportCPU adds the throughput per CPU-second, the figure that holds on a
// loaded machine.
func reportCPU(b *testing.B, n int64, start time.Duration) {
	if used := cputime.Process() - start; used > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/used.Seconds()/1e6, "MB/cpu-s")
	}
}
