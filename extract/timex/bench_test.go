package timex_test

import (
	"fmt"
	"testing"

	"github.com/isnad/isnad/extract/quantity/goldset"
	"github.com/isnad/isnad/extract/timex"
	"github.com/isnad/isnad/internal/cputime"
	"github.com/isnad/isnad/internal/testenv"
)

// BenchmarkTimex is the time tagger alone over 1,500 real articles, scanning
// included. MB/s is per core.
func BenchmarkTimex(b *testing.B) {
	ids := make([]string, 1500)
	for i := range ids {
		ids[i] = fmt.Sprintf("2015-07-21.zip#%d", i)
	}
	arts, err := goldset.LoadDocs(goldset.SharedCorpus(testenv.Shared(b)), ids)
	if err != nil {
		b.Fatal(err)
	}
	tagger := newTagger(b)
	anchor, _ := timex.ParseAnchor("2015-07-21")
	var n int64
	for _, a := range arts {
		n += int64(len(a.Content))
	}
	b.SetBytes(n)
	b.ResetTimer()
	start := cputime.Process()
	for range b.N {
		for _, a := range arts {
			tagger.Tag(a.Content, anchor)
		}
	}
	if used := cputime.Process() - start; used > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/used.Seconds()/1e6, "MB/cpu-s")
	}
}
