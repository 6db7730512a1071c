package ner

import (
	"path/filepath"
	"runtime"
	"testing"

	"github.com/isnad/isnad/internal/cputime"
	"github.com/isnad/isnad/internal/testenv"
)

// shippedDevF1 is the shipped model's micro-F1 on its dev split (the last
// tenth of ANERcorp's training file), as reported in data/ner/PROVENANCE.md.
const (
	shippedDevF1 = 0.7676
	devFraction  = 0.1
	allowedSlip  = 0.005
)

func anercorpDev(tb testing.TB) []Sentence {
	tb.Helper()
	sents, err := ReadCoNLLFile(filepath.Join(testenv.Shared(tb), "data", "anercorp", "train.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	_, dev := SplitDev(sents, devFraction)
	return dev
}

func TestShippedModelKeepsDevF1(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	sc := m.Score(anercorpDev(t))
	if sc.Micro.F1 < shippedDevF1-allowedSlip {
		t.Errorf("shipped model dev micro-F1 %.4f, below the reported %.4f - %.3f", sc.Micro.F1, shippedDevF1, allowedSlip)
	}
	t.Logf("dev micro-F1 %.4f (P %.4f, R %.4f)", sc.Micro.F1, sc.Micro.Precision, sc.Micro.Recall)
}

func TestShippedModelFindsEntities(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// A sentence in the style of regional news, not taken from any seed.
	ms := m.Entities("وقال وزير الخارجية الأردني أيمن الصفدي في عمان إن المملكة تدعم سوريا.")
	types := map[string]bool{}
	for _, x := range ms {
		types[x.Type] = true
	}
	if !types[PER] || !types[LOC] {
		t.Errorf("entities %+v lack a person or a place", ms)
	}
}

func BenchmarkTag(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	dev := anercorpDev(b)
	tokens := 0
	for _, s := range dev {
		tokens += len(s.Tokens)
	}
	runtime.GC() // the garbage of loading must not be collected on the clock
	b.ResetTimer()
	cpu0 := cputime.Process()
	// Tagged as documents of the model's document size, as news is tagged.
	for i := 0; i < b.N; i++ {
		m.TagSentences(dev)
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	// Throughput per second of CPU time: the figure that stays meaningful on
	// a machine other jobs share.
	if cpu := cputime.Process() - cpu0; cpu > 0 {
		b.ReportMetric(float64(tokens)*float64(b.N)/cpu.Seconds(), "cpu-tokens/s")
	}
}

func BenchmarkLoad(b *testing.B) {
	cpu0 := cputime.Process()
	for i := 0; i < b.N; i++ {
		if _, err := Default(); err != nil {
			b.Fatal(err)
		}
	}
	if cpu := cputime.Process() - cpu0; cpu > 0 {
		b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/load")
	}
}
