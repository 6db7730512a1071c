package attrib

import (
	"path/filepath"
	"testing"

	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/internal/cputime"
	"github.com/isnad/isnad/internal/saudinewsnet"
	"github.com/isnad/isnad/internal/testenv"
)

// BenchmarkExtract measures claim and chain extraction on real SaudiNewsNet text
// (display normalisation and sentence splitting are done before the clock starts).
// The bar is 5 MB/s per core: MB/s is wall-clock on GOMAXPROCS cores' worth
// of scheduling, MB/cpu-s divides by the CPU time actually used.
func BenchmarkExtract(b *testing.B) {
	arts, err := saudinewsnet.LoadZip(filepath.Join(saudinewsnet.Dir(testenv.Shared(b)), "2015-07-22.zip"))
	if err != nil {
		b.Fatal(err)
	}
	if len(arts) > 1500 {
		arts = arts[:1500]
	}
	ins := make([]Input, len(arts))
	size := 0
	for i, a := range arts {
		text := arabic.Display(a.Content).Text
		ins[i] = Input{DocID: a.URL, Text: text, Sentences: arabic.Sentences(text)}
		size += len(text)
	}
	x := newTestExtractor(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0, n := cputime.Process().Seconds(), 0
	for b.Loop() {
		for _, in := range ins {
			x.Extract(in)
		}
		n++
	}
	if cpu := cputime.Process().Seconds() - cpu0; cpu > 0 {
		// throughput per CPU-second (GC included): the per-core figure the bar asks for
		b.ReportMetric(float64(size)*float64(n)/cpu/1e6, "MB/cpu-s")
	}
}
