package ner

import (
	"sync"

	"github.com/isnad/isnad/arabic"
)

// Model is a trained tagger. It is safe for concurrent use: each goroutine
// that tags takes its own scratch space and form cache (tagScratch) from the
// model's pool, and gives it back after each document.
type Model struct {
	feat     *featurizer
	table    *featureTable // feature hash → row of weights
	hashes   []uint64      // row → feature hash, for saving
	weights  []float32     // nTags weights per row
	trans    transitions
	families Families
	docSize  int // sentences per pseudo-document when none are marked
	// first, for a model with StackFeatures, is the first-pass model whose
	// tags the stacked features read; it shares feat.
	first *Model
	joint *jointTable // both passes' weights, when first is set
	own   *lazyTable  // the model's own weights, for tagging without a first pass
	// scratch holds per-worker buffers and form caches (tagScratch); a copy
	// of the model that reads other word lists or weights gets its own.
	scratch *sync.Pool
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
	c.scratch = newScratchPool()
	if m.first != nil {
		f := *m.first
		f.feat = c.feat
		f.scratch = newScratchPool()
		c.first = &f
	}
	return &c
}

// setWeights installs rows of weights for the given feature hashes.
func (m *Model) setWeights(hashes []uint64, weights []float32) {
	m.hashes, m.weights = hashes, weights
	m.table = newFeatureTable(len(hashes))
	for r, h := range hashes {
		m.table.put(h, int32(r))
	}
	m.own = new(lazyTable)
	m.scratch = newScratchPool()
}

// emissions fills em with the per-token tag scores of a sentence.
func (m *Model) emissions(sf *sentenceFeatures, n int, em []float32) {
	clear(em)
	m.addEmissions(sf, n, em)
}

// addEmissions adds the scores of more features of a sentence to em.
func (m *Model) addEmissions(sf *sentenceFeatures, n int, em []float32) {
	for i := 0; i < n; i++ {
		row := (*[nTags]float32)(em[i*nTags : (i+1)*nTags])
		for _, h := range sf.token(i) {
			r, ok := m.table.get(h)
			if !ok {
				continue
			}
			w := (*[nTags]float32)(m.weights[int(r)*nTags : int(r+1)*nTags])
			for t := range row {
				row[t] += w[t]
			}
		}
	}
}

// Tag returns one BIO tag per token (B-PER, I-ORG, O …) of a sentence read
// as a document of its own.
func (m *Model) Tag(tokens []string) []string {
	return m.TagDocument([][]string{tokens})[0]
}

// TagDocument tags the sentences of one document: document features let
// mentions of a word inform one another.
func (m *Model) TagDocument(doc [][]string) [][]string {
	ids := m.tagIDs(doc)
	m.fixDecoded(doc, ids)
	out := make([][]string, len(doc))
	for s, sent := range ids {
		out[s] = make([]string, len(sent))
		for i, t := range sent {
			out[s][i] = tagNames[t]
		}
	}
	return out
}

// tagIDs tags a document with tag ids. A stacked model extracts the
// features once: the first pass decodes them with its weights, the second
// adds the stacked features' scores to its own (tagFast).
func (m *Model) tagIDs(doc [][]string) [][]int {
	return m.tagFast(doc)
}

// decode runs Viterbi over each sentence's features: the plain path, which
// tests hold the tagging path to.
func (m *Model) decode(doc [][]string, feats []sentenceFeatures) [][]int {
	out := make([][]int, len(doc))
	var em []float32
	var back []uint8
	for s, tokens := range doc {
		n := len(tokens)
		out[s] = make([]int, n)
		if n == 0 {
			continue
		}
		em, back = grow(em, n*nTags), growU8(back, n*nTags)
		m.emissions(&feats[s], n, em)
		viterbi(em, &m.trans, back, out[s])
	}
	return out
}

// Mention is a named entity found in a text: its type (PER, ORG, LOC, MISC)
// and code-point span in the display-normalised text, with that text.
type Mention struct {
	Type       string
	Start, End int
	Text       string
}

// Entities tags a text as one document and returns its named entities.
// Offsets are code points into arabic.Display(text).Text.
func (m *Model) Entities(text string) []Mention {
	norm := arabic.Display(text).Text
	runes := []rune(norm)
	sents := arabic.Sentences(norm)
	toks := make([][]arabic.Token, len(sents))
	doc := make([][]string, len(sents))
	for k, sent := range sents {
		toks[k] = arabic.Tokenize(string(runes[sent.Start:sent.End]))
		for _, t := range toks[k] {
			doc[k] = append(doc[k], t.Text)
		}
	}
	var out []Mention
	for k, tags := range m.TagDocument(doc) {
		for _, s := range spans(tags) {
			start := sents[k].Start + toks[k][s.start].Start
			end := sents[k].Start + toks[k][s.end-1].End
			out = append(out, Mention{Type: s.typ, Start: start, End: end, Text: string(runes[start:end])})
		}
	}
	return out
}
