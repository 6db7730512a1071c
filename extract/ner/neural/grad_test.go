package neural

import (
	"math"
	"math/rand/v2"
	"sync"
	"testing"
)

// TestGradient compares the back-propagated gradient of a tiny network's
// CRF loss with finite differences, for dense weights and both embedding
// tables.
func TestGradient(t *testing.T) {
	cfg := Config{WordDims: 3, CharDims: 2, Hidden: 3, Buckets: 7, VecScale: 1}
	m := &Model{cfg: cfg, vecDims: 4, tagPool: new(sync.Pool)}
	rng := rand.New(rand.NewPCG(1, 2))
	m.vecs = make([]float32, 2*4)
	for k := range m.vecs {
		m.vecs[k] = float32(rng.NormFloat64())
	}
	m.word = make([]float32, 3*cfg.WordDims)
	m.char = make([]float32, cfg.Buckets*cfg.CharDims)
	m.initialise(rng)
	for k := range m.dense { // CRF weights start at zero; make them matter
		m.dense[k] += float32(0.3 * rng.NormFloat64())
	}
	ex := example{
		toks: []*token{
			{vec: 0, word: 1, chars: []int32{1, 4}, shape: [nShape]float32{1}},
			{vec: -1, word: 0, chars: []int32{2}},
			{vec: 1, word: 2, chars: []int32{4, 6, 0}, shape: [nShape]float32{0, 1}},
		},
		gold: []int{1, 2, 0},
	}
	loss := func() float64 {
		g := &grads{dense: make([]float32, len(m.dense)), word: newSparse(3, cfg.WordDims), char: newSparse(cfg.Buckets, cfg.CharDims)}
		m.sentenceGrad(&ex, g, nil)
		return g.loss
	}
	g := &grads{dense: make([]float32, len(m.dense)), word: newSparse(3, cfg.WordDims), char: newSparse(cfg.Buckets, cfg.CharDims)}
	m.sentenceGrad(&ex, g, nil)
	check := func(name string, p, analytic []float32) {
		for k := range p {
			old := p[k]
			const eps = 1e-2
			p[k] = old + eps
			up := loss()
			p[k] = old - eps
			down := loss()
			p[k] = old
			num := (up - down) / (2 * eps)
			if math.Abs(num-float64(analytic[k])) > 2e-3+2e-2*math.Abs(num) {
				t.Errorf("%s[%d]: back-propagated %.5f, numerical %.5f", name, k, analytic[k], num)
			}
		}
	}
	check("dense", m.dense, g.dense)
	check("word", m.word, g.word.g)
	check("char", m.char, g.char.g)
}
