package neural

import (
	"testing"

	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/extract/ner"
	"github.com/isnad/isnad/internal/cputime"
)

// BenchmarkTag tags ANERcorp's last 10 % (when the shared data is there)
// with a network of the default size: speed does not depend on the
// weights, so an untrained one over random vectors of the file's words
// stands in for a trained one.
//
// Compare with package ner's BenchmarkTag (the shipped stacked
// perceptron, the same sentences), run alternately in the same hour.
func BenchmarkTag(b *testing.B) {
	sents, err := ner.ReadCoNLLFile("../../../../shared/data/anercorp/train.txt")
	if err != nil {
		b.Skip("ANERcorp not found:", err)
	}
	seen := map[string]bool{}
	var words []string
	for _, s := range sents {
		for _, t := range s.Tokens {
			if f := arabic.Fold(t); !seen[f] && len(words) < 50000 {
				seen[f] = true
				words = append(words, f)
			}
		}
	}
	m := randomModel(words)
	_, dev := ner.SplitDev(sents, 0.1)
	tokens := 0
	for _, s := range dev {
		tokens += len(s.Tokens)
	}
	b.ResetTimer()
	cpu0 := cputime.Process()
	for i := 0; i < b.N; i++ {
		for _, s := range dev {
			m.Tag(s.Tokens)
		}
	}
	b.ReportMetric(float64(tokens*b.N)/b.Elapsed().Seconds(), "tokens/s")
	if cpu := cputime.Process() - cpu0; cpu > 0 {
		b.ReportMetric(float64(tokens*b.N)/cpu.Seconds(), "cpu-tokens/s")
	}
}
