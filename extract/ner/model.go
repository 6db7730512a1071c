package ner

import (
	"github.com/isnad/isnad/arabic"
)

// Model is a trained tagger. It is safe for concurrent use: tagging keeps its
// scratch space per call.
type Model struct {
	feat     *featurizer
	index    map[uint64]int32 // feature hash → row of weights
	weights  []float32        // nTags weights per row
	trans    transitions
	families Families
}

// Families reports the feature families the model was trained with.
func (m *Model) Families() Families { return m.families }

// WithGazetteer returns a copy of m that also reads g for its gazetteer
// features (labels "PER", "LOC", "ORG", "MISC" are what the shipped model
// learnt to trust). The copy shares m's weights.
func (m *Model) WithGazetteer(g ...Gazetteer) *Model {
	res := m.feat.res
	res.Extra = append(append([]Gazetteer(nil), res.Extra...), g...)
	c := *m
	c.feat = newFeaturizer(res, m.families)
	return &c
}

// emissions fills em with the per-token tag scores of a sentence.
func (m *Model) emissions(sf *sentenceFeatures, n int, em []float32) {
	clear(em)
	for i := 0; i < n; i++ {
		row := em[i*nTags : (i+1)*nTags]
		for _, h := range sf.token(i) {
			r, ok := m.index[h]
			if !ok {
				continue
			}
			w := m.weights[int(r)*nTags : int(r+1)*nTags]
			for t := range row {
				row[t] += w[t]
			}
		}
	}
}

// Tag returns one BIO tag per token (B-PER, I-ORG, O …).
func (m *Model) Tag(tokens []string) []string {
	ids := m.tagIDs(tokens)
	out := make([]string, len(ids))
	for i, t := range ids {
		out[i] = tagNames[t]
	}
	return out
}

func (m *Model) tagIDs(tokens []string) []int {
	n := len(tokens)
	out := make([]int, n)
	if n == 0 {
		return out
	}
	var sf sentenceFeatures
	m.feat.extract(tokens, &sf)
	em := make([]float32, n*nTags)
	m.emissions(&sf, n, em)
	viterbi(em, &m.trans, make([]uint8, n*nTags), out)
	return out
}

// Mention is a named entity found in a text: its type (PER, ORG, LOC, MISC)
// and code-point span in the display-normalised text, with that text.
type Mention struct {
	Type       string
	Start, End int
	Text       string
}

// Entities tags a text and returns its named entities. Offsets are code points
// into arabic.Display(text).Text; the text is tagged sentence by sentence.
func (m *Model) Entities(text string) []Mention {
	norm := arabic.Display(text).Text
	runes := []rune(norm)
	var out []Mention
	for _, sent := range arabic.Sentences(norm) {
		toks := arabic.Tokenize(string(runes[sent.Start:sent.End]))
		words := make([]string, len(toks))
		for i, t := range toks {
			words[i] = t.Text
		}
		for _, s := range spans(m.Tag(words)) {
			start := sent.Start + toks[s.start].Start
			end := sent.Start + toks[s.end-1].End
			out = append(out, Mention{Type: s.typ, Start: start, End: end, Text: string(runes[start:end])})
		}
	}
	return out
}
