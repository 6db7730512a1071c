package neural

import (
	"sync"

	"github.com/isnad/isnad/extract/ner"
)

// tagger is per-goroutine tagging state.
type tagger struct {
	ws    workspace
	cache cache
	toks  []*token
}

func (m *Model) pool() *sync.Pool { return m.tagPool }

func (m *Model) getTagger() *tagger {
	t, _ := m.pool().Get().(*tagger)
	if t == nil {
		t = &tagger{cache: cache{lx: m.lex, m: map[string]*token{}}}
	}
	if len(t.cache.m) > 1<<15 {
		clear(t.cache.m)
	}
	return t
}

// emissions runs the network over a sentence and returns its emissions.
func (m *Model) emissions(tg *tagger, tokens []string) []float32 {
	tg.toks = tg.toks[:0]
	for _, s := range tokens {
		tg.toks = append(tg.toks, tg.cache.get(s))
	}
	v := m.views(m.dense)
	m.forward(&tg.ws, &v, tg.toks, nil)
	return tg.ws.em
}

// Tag returns the BIO tags of a sentence.
func (m *Model) Tag(tokens []string) []string {
	out := make([]string, len(tokens))
	if len(tokens) == 0 {
		return out
	}
	tg := m.getTagger()
	defer m.pool().Put(tg)
	em := m.emissions(tg, tokens)
	v := m.views(m.dense)
	c := crf{start: v.start, pair: v.pair, end: v.end}
	ids := make([]int, len(tokens))
	c.viterbi(em, len(tokens), ids)
	for i, t := range ids {
		out[i] = tagNames[t]
	}
	return out
}

// Marginals returns, for each token, the probability of each tag (columns
// in TagNames order) under the CRF.
func (m *Model) Marginals(tokens []string) [][]float64 {
	out := make([][]float64, len(tokens))
	if len(tokens) == 0 {
		return out
	}
	tg := m.getTagger()
	defer m.pool().Put(tg)
	em := m.emissions(tg, tokens)
	v := m.views(m.dense)
	c := crf{start: v.start, pair: v.pair, end: v.end}
	_, marg, _ := c.marginals(em, len(tokens))
	for i := range out {
		out[i] = marg[i*nTags : (i+1)*nTags]
	}
	return out
}

// TagSentences tags each sentence.
func (m *Model) TagSentences(sents []ner.Sentence) [][]string {
	out := make([][]string, len(sents))
	for i, s := range sents {
		out[i] = m.Tag(s.Tokens)
	}
	return out
}

// Score tags sentences and scores them against their tags by exact span.
func (m *Model) Score(sents []ner.Sentence) ner.Scores {
	gold := make([][]string, len(sents))
	for i, s := range sents {
		gold[i] = s.Tags
	}
	return ner.Evaluate(gold, m.TagSentences(sents))
}
