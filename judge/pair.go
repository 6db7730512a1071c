package judge

import (
	"fmt"
	"io/fs"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
)

// PairModel scores how likely two short texts about the same thing
// contradict each other: a logistic regression over a few features an
// analyst can read (figures that differ, a negation on one side only, an
// antonym across the pair, word overlap). Its weights are data
// (data/judge/pair-weights.tsv), learnt from the ANS stance training pairs.
type PairModel struct {
	w     []float64
	words map[string]float64 // a word on one side only → its weight ("word:" lines)
	lex   *lexicon
}

// Pair features, in weight-file order.
var pairFeatures = []string{"bias", "number_mismatch", "number_one_side", "negation_mismatch", "antonym", "overlap", "only_words", "opposite_poles", "order_swap", "one_substitution"}

func loadPairModel(fsys fs.FS, lex *lexicon) (*PairModel, error) {
	m := &PairModel{w: make([]float64, len(pairFeatures)), words: map[string]float64{}, lex: lex}
	index := map[string]int{}
	for i, f := range pairFeatures {
		index[f] = i
	}
	err := eachLine(fsys, "judge/pair-weights.tsv", func(n int, fields []string) error {
		if len(fields) != 2 {
			return fmt.Errorf("want feature<TAB>weight")
		}
		v, err := strconv.ParseFloat(fields[1], 64)
		if err != nil {
			return fmt.Errorf("weight of %s: %w", fields[0], err)
		}
		if w, ok := strings.CutPrefix(fields[0], "word:"); ok {
			m.words[w] = v
			return nil
		}
		i, ok := index[fields[0]]
		if !ok {
			return fmt.Errorf("unknown feature %q", fields[0])
		}
		m.w[i] = v
		return nil
	})
	return m, err
}

// pairEvidence is what the features found, kept to explain a verdict.
type pairEvidence struct {
	x        []float64
	numbers  [2]string // a figure of each side that the other lacks
	negated  string    // the word negated on one side only
	antonyms [2]string
	poles    [2]string // words of opposite direction (rise/fall …)
	diff     []string  // content words on one side only
}

// features computes the feature vector of two word lists.
func (m *PairModel) features(a, b []word) pairEvidence {
	x := make([]float64, len(pairFeatures))
	x[0] = 1
	ev := pairEvidence{x: x}
	ka, kb := m.keys(a), m.keys(b)
	// Keys are visited in sorted order so that the evidence named (and the
	// order word weights are summed in) is the same on every run.
	sa, sb := slices.Sorted(maps.Keys(ka)), slices.Sorted(maps.Keys(kb))
	na, nb := numbers(a), numbers(b)
	onlyA, onlyB := minus(na, nb), minus(nb, na)
	switch {
	case len(na) > 0 && len(nb) > 0 && len(onlyA) > 0 && len(onlyB) > 0:
		x[1] = 1
		ev.numbers = [2]string{onlyA[0], onlyB[0]}
	case len(onlyA)+len(onlyB) > 0:
		x[2] = 1
	}
	negA, negB := negatedKeys(a), negatedKeys(b)
	for _, k := range slices.Sorted(maps.Keys(negA)) {
		if kb[k] && !negB[k] {
			x[3], ev.negated = 1, k
		}
	}
	for _, k := range slices.Sorted(maps.Keys(negB)) {
		if ka[k] && !negA[k] {
			x[3], ev.negated = 1, k
		}
	}
	if x[3] == 0 && (len(negA) > 0) != (len(negB) > 0) {
		x[3] = 0.5
	}
	for _, k := range sa {
		if kb[k] {
			continue
		}
		for _, l := range sb {
			if !ka[l] && m.lex.antonyms[[2]string{k, l}] {
				x[4], ev.antonyms = 1, [2]string{k, l}
			}
		}
	}
	for _, k := range sa {
		if kb[k] {
			continue
		}
		pa, ok := m.lex.poles[k]
		if !ok {
			continue
		}
		for _, l := range sb {
			if pb, ok := m.lex.poles[l]; ok && !ka[l] && pb.axis == pa.axis && pb.sign != pa.sign {
				x[7], ev.poles = 1, [2]string{k, l}
			}
		}
	}
	inter := 0
	for _, k := range sa {
		if kb[k] {
			inter++
		} else {
			ev.diff = append(ev.diff, k)
		}
	}
	for _, k := range sb {
		if !ka[k] {
			ev.diff = append(ev.diff, k)
		}
	}
	if u := len(ka) + len(kb) - inter; u > 0 {
		x[5] = float64(inter) / float64(u)
	}
	x[6] = math.Min(float64(len(ka)+len(kb)-2*inter)/10, 1)
	if swapped(m.order(a, kb), m.order(b, ka)) {
		x[8] = 1
	}
	if onlyA, onlyB := len(ka)-inter, len(kb)-inter; onlyA >= 1 && onlyB >= 1 && onlyA+onlyB <= 3 {
		x[9] = 1 // a word or two put for others: the smallest edit that turns a report into its opposite
	}
	return ev
}

// Probability is the model's probability that the pair contradicts.
func (m *PairModel) probability(ev pairEvidence) float64 {
	var z float64
	for i, v := range ev.x {
		z += m.w[i] * v
	}
	for _, k := range ev.diff {
		z += m.words[k]
	}
	return 1 / (1 + math.Exp(-z))
}

// Contradicts classifies two texts: true when they likely contradict.
func (m *PairModel) Contradicts(a, b string) (bool, float64) {
	ev := m.features(words(a), words(b))
	p := m.probability(ev)
	return p >= 0.5, p
}

func (m *PairModel) keys(ws []word) map[string]bool {
	out := map[string]bool{}
	for _, w := range ws {
		if m.lex.stop.isContent(w) {
			out[w.key] = true
		}
	}
	return out
}

func numbers(ws []word) []string {
	var out []string
	for _, w := range ws {
		if w.number {
			out = append(out, w.key)
		}
	}
	return out
}

func minus(a, b []string) []string {
	var out []string
	for _, x := range a {
		found := false
		for _, y := range b {
			found = found || x == y
		}
		if !found {
			out = append(out, x)
		}
	}
	return out
}

// negatedKeys are the words right after a negator (the negated verb or noun).
func negatedKeys(ws []word) map[string]bool {
	out := map[string]bool{}
	for i, w := range ws {
		if w.negator && i+1 < len(ws) && !ws[i+1].negator {
			out[ws[i+1].key] = true
		}
	}
	return out
}

// order lists the content words of ws that the other text also has, each
// once, in the order they come.
func (m *PairModel) order(ws []word, other map[string]bool) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range ws {
		if !w.number && m.lex.stop.isContent(w) && other[w.key] && !seen[w.key] {
			seen[w.key] = true
			out = append(out, w.key)
		}
	}
	return out
}

// swapped reports whether two words come in one order in a and in the
// other in b. It is the sign of "who does what to whom" told the other way
// round (ميركل تحذر ترامب / ترامب يحذر ميركل), and as often of a paraphrase's
// new word order; the learnt weight says which weighs more (on ANS, the
// paraphrase: its weight is negative).
func swapped(a, b []string) bool {
	at := make(map[string]int, len(b))
	for i, k := range b {
		at[k] = i
	}
	for i := range a {
		for j := i + 1; j < len(a); j++ {
			if at[a[i]] > at[a[j]] {
				return true
			}
		}
	}
	return false
}
