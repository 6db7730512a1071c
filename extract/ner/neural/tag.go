package neural

import (
	"strings"
	"sync"

	"github.com/isnad/isnad/extract/ner"
)

// tagger is per-goroutine tagging state. At tagging time a word form's
// input is the same wherever it occurs, so the input half of both LSTM
// directions' gate sums (biases included) is computed once per form and
// kept: a token then costs the recurrent half and the output layer only.
type tagger struct {
	ws    workspace
	cache cache
	proj  map[string][]float32 // form → 8H input sums (forward gates, then backward)
	rows  [][]float32
}

func (m *Model) pool() *sync.Pool { return m.tagPool }

func (m *Model) getTagger() *tagger {
	t, _ := m.pool().Get().(*tagger)
	if t == nil {
		t = &tagger{cache: cache{lx: m.lex, m: map[string]*token{}}, proj: map[string][]float32{}}
	}
	if len(t.proj) > 1<<15 {
		clear(t.proj)
	}
	return t
}

// inputSums returns the input half of the gate sums of a word form.
func (m *Model) inputSums(tg *tagger, v *views, form string) []float32 {
	if p := tg.proj[form]; p != nil {
		return p
	}
	t := tg.cache.lx.token(form)
	m.input(&tg.ws, []*token{&t}, nil)
	d, h := m.inputDims(), m.cfg.Hidden
	p := make([]float32, 8*h)
	for r := 0; r < 4*h; r++ {
		p[r] = v.fB[r] + dot(tg.ws.x, v.fW[r*(d+h):r*(d+h)+d])
		p[4*h+r] = v.bB[r] + dot(tg.ws.x, v.bW[r*(d+h):r*(d+h)+d])
	}
	tg.proj[strings.Clone(form)] = p
	return p
}

// emissions runs the network over a sentence and returns its emissions.
func (m *Model) emissions(tg *tagger, tokens []string) []float32 {
	v := m.views(m.dense)
	tg.rows = tg.rows[:0]
	for _, s := range tokens {
		tg.rows = append(tg.rows, m.inputSums(tg, &v, s))
	}
	n, h, d := len(tokens), m.cfg.Hidden, m.inputDims()
	ws := &tg.ws
	lstmRecur(v.fW, d, h, tg.rows, 0, n, false, &ws.fw)
	lstmRecur(v.bW, d, h, tg.rows, 4*h, n, true, &ws.bw)
	ws.em = growF(ws.em, n*nTags)
	ws.hcat = growF(ws.hcat, 2*h)
	for i := 0; i < n; i++ {
		copy(ws.hcat, ws.fw.h[i*h:(i+1)*h])
		copy(ws.hcat[h:], ws.bw.h[i*h:(i+1)*h])
		for t := 0; t < nTags; t++ {
			ws.em[i*nTags+t] = v.outB[t] + dot(v.out[t*2*h:(t+1)*2*h], ws.hcat)
		}
	}
	return ws.em
}

// lstmRecur is lstmForward from precomputed input sums (rows[t][col:col+4H]).
func lstmRecur(W []float32, d, h int, rows [][]float32, col, n int, reverse bool, st *lstmState) {
	st.gates = growF(st.gates, n*4*h)
	st.c, st.tc, st.h = growF(st.c, n*h), growF(st.tc, n*h), growF(st.h, n*h)
	cols := d + h
	for k := 0; k < n; k++ {
		t, prev := k, k-1
		if reverse {
			t, prev = n-1-k, n-k
		}
		z := st.gates[t*4*h : (t+1)*4*h]
		copy(z, rows[t][col:col+4*h])
		if k > 0 {
			hp := st.h[prev*h : (prev+1)*h]
			for r := 0; r < 4*h; r++ {
				z[r] += dot(hp, W[r*cols+d:(r+1)*cols])
			}
		}
		var cp []float32
		if k > 0 {
			cp = st.c[prev*h : (prev+1)*h]
		}
		lstmCell(z, cp, st.c[t*h:(t+1)*h], st.tc[t*h:(t+1)*h], st.h[t*h:(t+1)*h])
	}
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
