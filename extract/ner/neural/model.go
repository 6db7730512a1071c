package neural

import (
	"math/rand/v2"
	"sync"
)

// Config sets the network's size and its training.
type Config struct {
	WordDims, CharDims, Hidden int     // trainable word and affix embeddings, LSTM units per direction
	Buckets                    int     // rows of the hashed affix table
	VecScale                   float32 // the unit-length SVD vectors are multiplied by this
	MinWordCount               int     // training words seen fewer times share the unknown row
	Epochs, Batch              int     // passes over the data, sentences per update
	LR                         float64 // Adam step size
	Dropout                    float64 // on the input and on the LSTM outputs
	WordDropout                float64 // share of training tokens read as unknown words
	Seed                       uint64
	Workers                    int // goroutines computing a batch's gradients
}

// DefaultConfig is the configuration the measured figures were taken with.
func DefaultConfig() Config {
	return Config{WordDims: 32, CharDims: 32, Hidden: 32, Buckets: 1 << 15, VecScale: 4, MinWordCount: 2,
		Epochs: 12, Batch: 16, LR: 2e-3, Dropout: 0.25, WordDropout: 0.1, Seed: 1, Workers: 2}
}

// Model is a trained BiLSTM-CRF tagger. Tagging is safe for concurrent use.
type Model struct {
	cfg     Config
	lex     *lexicon
	vecDims int
	vecs    []float32  // fixed word vectors, scaled (rows of vecDims)
	word    []float32  // word table (rows of WordDims), row 0 for unknown words
	char    []float32  // affix table (rows of CharDims)
	dense   []float32  // LSTM, output and CRF weights (see views)
	tagPool *sync.Pool // *tagger, per-goroutine tagging state
}

// views are the parts of a dense parameter vector (weights, gradients or
// Adam moments share the layout).
type views struct {
	fW, fB, bW, bB   []float32 // forward and backward LSTM: 4H × (D+H) weights, 4H biases (gates i, f, g, o)
	out, outB        []float32 // nTags × 2H, nTags
	start, pair, end []float32
}

func (m *Model) inputDims() int { return m.vecDims + 1 + m.cfg.WordDims + m.cfg.CharDims + nShape }

func (m *Model) denseSize() int {
	d, h := m.inputDims(), m.cfg.Hidden
	return 2*(4*h*(d+h)+4*h) + nTags*2*h + nTags + nTags + nTags*nTags + nTags
}

func (m *Model) views(buf []float32) views {
	d, h := m.inputDims(), m.cfg.Hidden
	take := func(n int) []float32 {
		s := buf[:n:n]
		buf = buf[n:]
		return s
	}
	var v views
	v.fW, v.fB = take(4*h*(d+h)), take(4*h)
	v.bW, v.bB = take(4*h*(d+h)), take(4*h)
	v.out, v.outB = take(nTags*2*h), take(nTags)
	v.start, v.pair, v.end = take(nTags), take(nTags*nTags), take(nTags)
	return v
}

// initialise draws the starting weights: Glorot-uniform matrices, small
// embeddings, forget-gate biases of 1.
func (m *Model) initialise(rng *rand.Rand) {
	uni := func(s []float32, r float64) {
		for i := range s {
			s[i] = float32((2*rng.Float64() - 1) * r)
		}
	}
	uni(m.word, 0.1)
	uni(m.char, 0.1)
	m.dense = make([]float32, m.denseSize())
	v := m.views(m.dense)
	d, h := m.inputDims(), m.cfg.Hidden
	lim := sqrt(6 / float64(d+h+h))
	uni(v.fW, lim)
	uni(v.bW, lim)
	for k := h; k < 2*h; k++ {
		v.fB[k], v.bB[k] = 1, 1
	}
	uni(v.out, sqrt(6/float64(2*h+nTags)))
}

// workspace holds one sentence's activations.
type workspace struct {
	x          []float32 // n × D inputs
	xMask      []float32 // input dropout scales, nil for none
	fw, bw     lstmState
	hcat       []float32 // n × 2H
	hMask      []float32
	em         []float32 // n × nTags
	dx, dhcat  []float32
	dhf, dhb   []float32
	dhNext, dc []float32
	dz         []float32
}

type lstmState struct {
	gates    []float32 // n × 4H, after their nonlinearity
	c, tc, h []float32 // n × H: cell, tanh(cell), output
}

func growF(s []float32, n int) []float32 {
	if cap(s) < n {
		return make([]float32, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// input writes the n × D input rows of toks into ws.x; rng, when not nil,
// drops words and input units (training).
func (m *Model) input(ws *workspace, toks []*token, rng *rand.Rand) {
	d := m.inputDims()
	n := len(toks)
	ws.x = growF(ws.x, n*d)
	wd, cd := m.cfg.WordDims, m.cfg.CharDims
	for i, t := range toks {
		row := ws.x[i*d : (i+1)*d]
		if t.vec >= 0 {
			copy(row[:m.vecDims], m.vecs[int(t.vec)*m.vecDims:])
			row[m.vecDims] = 1
		}
		off := m.vecDims + 1
		w := t.word
		if rng != nil && w != 0 && rng.Float64() < m.cfg.WordDropout {
			w = 0
		}
		copy(row[off:off+wd], m.word[int(w)*wd:])
		off += wd
		if len(t.chars) > 0 {
			inv := 1 / float32(len(t.chars))
			for _, c := range t.chars {
				axpy(inv, m.char[int(c)*cd:(int(c)+1)*cd], row[off:off+cd])
			}
		}
		off += cd
		copy(row[off:], t.shape[:])
	}
	ws.xMask = nil
	if rng != nil && m.cfg.Dropout > 0 {
		ws.xMask = dropMask(ws.xMask, n*d, m.cfg.Dropout, rng)
		for k := range ws.x {
			ws.x[k] *= ws.xMask[k]
		}
	}
}

// dropMask returns n inverted-dropout scales: 0 with probability p, else 1/(1-p).
func dropMask(s []float32, n int, p float64, rng *rand.Rand) []float32 {
	s = growF(s, n)
	keep := float32(1 / (1 - p))
	for k := range s {
		if rng.Float64() >= p {
			s[k] = keep
		}
	}
	return s
}

// forward computes the emissions of toks into ws.em.
func (m *Model) forward(ws *workspace, v *views, toks []*token, rng *rand.Rand) {
	n, h := len(toks), m.cfg.Hidden
	m.input(ws, toks, rng)
	d := m.inputDims()
	lstmForward(v.fW, v.fB, d, h, ws.x, n, false, &ws.fw)
	lstmForward(v.bW, v.bB, d, h, ws.x, n, true, &ws.bw)
	ws.hcat = growF(ws.hcat, n*2*h)
	for i := 0; i < n; i++ {
		copy(ws.hcat[i*2*h:], ws.fw.h[i*h:(i+1)*h])
		copy(ws.hcat[i*2*h+h:], ws.bw.h[i*h:(i+1)*h])
	}
	ws.hMask = nil
	if rng != nil && m.cfg.Dropout > 0 {
		ws.hMask = dropMask(ws.hMask, n*2*h, m.cfg.Dropout, rng)
		for k := range ws.hcat {
			ws.hcat[k] *= ws.hMask[k]
		}
	}
	ws.em = growF(ws.em, n*nTags)
	for i := 0; i < n; i++ {
		hrow := ws.hcat[i*2*h : (i+1)*2*h]
		for t := 0; t < nTags; t++ {
			ws.em[i*nTags+t] = v.outB[t] + dot(v.out[t*2*h:(t+1)*2*h], hrow)
		}
	}
}

// lstmForward runs one LSTM direction over the n × d inputs x.
func lstmForward(W, b []float32, d, h int, x []float32, n int, reverse bool, st *lstmState) {
	st.gates = growF(st.gates, n*4*h)
	st.c, st.tc, st.h = growF(st.c, n*h), growF(st.tc, n*h), growF(st.h, n*h)
	cols := d + h
	for k := 0; k < n; k++ {
		t, prev := k, k-1
		if reverse {
			t, prev = n-1-k, n-k
		}
		xt := x[t*d : (t+1)*d]
		z := st.gates[t*4*h : (t+1)*4*h]
		var hp, cp []float32
		if k > 0 {
			hp, cp = st.h[prev*h:(prev+1)*h], st.c[prev*h:(prev+1)*h]
		}
		for r := 0; r < 4*h; r++ {
			row := W[r*cols : (r+1)*cols]
			s := b[r] + dot(xt, row[:d])
			if hp != nil {
				s += dot(hp, row[d:])
			}
			z[r] = s
		}
		lstmCell(z, cp, st.c[t*h:(t+1)*h], st.tc[t*h:(t+1)*h], st.h[t*h:(t+1)*h])
	}
}

// lstmCell turns a step's gate sums z (input, forget, candidate, output;
// H each) into its activations, kept in z for the backward pass, and the
// cell c, tanh(c) and output ht, from the previous cell cp (nil at the
// first step).
func lstmCell(z, cp, c, tc, ht []float32) {
	h := len(c)
	for j := 0; j < h; j++ {
		i, f, g, o := sigmoid(z[j]), sigmoid(z[h+j]), tanh(z[2*h+j]), sigmoid(z[3*h+j])
		z[j], z[h+j], z[2*h+j], z[3*h+j] = i, f, g, o
		cv := i * g
		if cp != nil {
			cv += f * cp[j]
		}
		c[j] = cv
		tc[j] = tanh(cv)
		ht[j] = o * tc[j]
	}
}

// lstmBackward back-propagates dh (n × H, the loss's gradient at each
// output) through one direction, adding to dW, db and dx.
func lstmBackward(W []float32, d, h int, x []float32, n int, reverse bool, st *lstmState, dh, dW, db, dx []float32, ws *workspace) {
	cols := d + h
	ws.dhNext, ws.dc, ws.dz = growF(ws.dhNext, h), growF(ws.dc, h), growF(ws.dz, 4*h)
	dhNext, dcNext, dz := ws.dhNext, ws.dc, ws.dz
	for k := n - 1; k >= 0; k-- {
		t, prev := k, k-1
		if reverse {
			t, prev = n-1-k, n-k
		}
		g := st.gates[t*4*h : (t+1)*4*h]
		tc := st.tc[t*h : (t+1)*h]
		var hp, cp []float32
		if k > 0 {
			hp, cp = st.h[prev*h:(prev+1)*h], st.c[prev*h:(prev+1)*h]
		}
		for j := 0; j < h; j++ {
			i, f, gg, o := g[j], g[h+j], g[2*h+j], g[3*h+j]
			dhj := dh[t*h+j] + dhNext[j]
			do := dhj * tc[j]
			dcj := dcNext[j] + dhj*o*(1-tc[j]*tc[j])
			var cpj float32
			if cp != nil {
				cpj = cp[j]
			}
			dz[j] = dcj * gg * i * (1 - i)
			dz[h+j] = dcj * cpj * f * (1 - f)
			dz[2*h+j] = dcj * i * (1 - gg*gg)
			dz[3*h+j] = do * o * (1 - o)
			dcNext[j] = dcj * f
		}
		clear(dhNext)
		xt := x[t*d : (t+1)*d]
		dxt := dx[t*d : (t+1)*d]
		for r := 0; r < 4*h; r++ {
			zr := dz[r]
			if zr == 0 {
				continue
			}
			db[r] += zr
			row := W[r*cols : (r+1)*cols]
			drow := dW[r*cols : (r+1)*cols]
			axpy(zr, xt, drow[:d])
			axpy(zr, row[:d], dxt)
			if hp != nil {
				axpy(zr, hp, drow[d:])
				axpy(zr, row[d:], dhNext)
			}
		}
	}
}
