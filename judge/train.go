package judge

import (
	"fmt"
	"io"
	"io/fs"
	"math"
)

// LabelledPair is a pair of texts with whether they contradict.
type LabelledPair struct {
	A, B        string
	Contradicts bool
}

// TrainPairModel fits the pair model's weights by batch gradient descent on
// the logistic loss (L2-regularised) and writes them in the weight-file
// format. It is how data/judge/pair-weights.tsv is made.
func TrainPairModel(pairs []LabelledPair, w io.Writer) error {
	lex, err := loadLexicon(optLexicon())
	if err != nil {
		return err
	}
	m := &PairModel{w: make([]float64, len(pairFeatures)), lex: lex}
	xs := make([][]float64, len(pairs))
	for i, p := range pairs {
		xs[i] = m.features(words(p.A), words(p.B)).x
	}
	const rate, l2, epochs = 0.5, 1e-3, 3000
	for range epochs {
		grad := make([]float64, len(m.w))
		for i, x := range xs {
			y := 0.0
			if pairs[i].Contradicts {
				y = 1
			}
			d := m.probability(x) - y
			for k, v := range x {
				grad[k] += d * v
			}
		}
		for k := range m.w {
			m.w[k] -= rate * (grad[k]/float64(len(xs)) + l2*m.w[k])
		}
	}
	fmt.Fprintln(w, "# Weights of the contradiction pair model (judge.PairModel), a logistic")
	fmt.Fprintln(w, "# regression learnt from the ANS stance training pairs (agree vs disagree)")
	fmt.Fprintln(w, "# by `go run ./judge/internal/pairtrain`. Regenerate rather than edit.")
	for k, f := range pairFeatures {
		if math.IsNaN(m.w[k]) {
			return fmt.Errorf("training diverged on %s", f)
		}
		fmt.Fprintf(w, "%s\t%.4f\n", f, m.w[k])
	}
	return nil
}

func optLexicon() fs.FS { var o Options; return o.withDefaults().Lexicon }
