package judge

import (
	"fmt"
	"io"
	"io/fs"
	"maps"
	"math"
	"slices"
)

// LabelledPair is a pair of texts with whether they contradict.
type LabelledPair struct {
	A, B        string
	Contradicts bool
}

// training holds the fitting's settings, chosen on a held-out fifth of
// the training pairs (never on dev).
type training struct {
	minWordPairs int     // pairs a word must differ in to get its own weight
	l2, l2Words  float64 // regularisation of the features and of the words
	wordRate     float64 // learning rate of the words relative to the features
	epochs       int
	balanced     bool // weigh the classes equally (the figure is macro-F1)
}

var defaultTraining = training{minWordPairs: 5, l2: 1e-3, l2Words: 1e-3, wordRate: 20, epochs: 3000, balanced: false}

func fitPairModel(pairs []LabelledPair, t training) (*PairModel, error) {
	lex, err := loadLexicon(optLexicon())
	if err != nil {
		return nil, err
	}
	m := &PairModel{w: make([]float64, len(pairFeatures)), words: map[string]float64{}, lex: lex}
	evs := make([]pairEvidence, len(pairs))
	seen := map[string]int{}
	for i, p := range pairs {
		evs[i] = m.features(words(p.A), words(p.B))
		for _, k := range evs[i].diff {
			seen[k]++
		}
	}
	for i := range evs {
		evs[i].diff = slices.DeleteFunc(evs[i].diff, func(k string) bool { return seen[k] < t.minWordPairs })
	}
	const rate = 0.5
	weight := [2]float64{1, 1} // agree, contradicts
	if t.balanced {
		pos := 0
		for _, p := range pairs {
			if p.Contradicts {
				pos++
			}
		}
		if pos > 0 && pos < len(pairs) {
			weight = [2]float64{float64(len(pairs)) / float64(2*(len(pairs)-pos)), float64(len(pairs)) / float64(2*pos)}
		}
	}
	for range t.epochs {
		grad := make([]float64, len(m.w))
		wgrad := map[string]float64{}
		for i, ev := range evs {
			y, cw := 0.0, weight[0]
			if pairs[i].Contradicts {
				y, cw = 1, weight[1]
			}
			d := cw * (m.probability(ev) - y)
			for k, v := range ev.x {
				grad[k] += d * v
			}
			for _, k := range ev.diff {
				wgrad[k] += d
			}
		}
		n := float64(len(evs))
		for k := range m.w {
			m.w[k] -= rate * (grad[k]/n + t.l2*m.w[k])
		}
		for k, g := range wgrad {
			m.words[k] -= rate * t.wordRate * (g/n + t.l2Words*m.words[k])
		}
	}
	return m, nil
}

// TrainPairModel fits the pair model's weights by batch gradient descent on
// the logistic loss (L2-regularised) and writes them in the weight-file
// format. It is how data/judge/pair-weights.tsv is made.
func TrainPairModel(pairs []LabelledPair, w io.Writer) error {
	m, err := fitPairModel(pairs, defaultTraining)
	if err != nil {
		return err
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
	keys := slices.Sorted(maps.Keys(m.words))
	for _, k := range keys {
		if v := m.words[k]; math.Abs(v) >= 0.05 {
			fmt.Fprintf(w, "word:%s\t%.4f\n", k, v)
		}
	}
	return nil
}

func optLexicon() fs.FS { var o Options; return o.withDefaults().Lexicon }
