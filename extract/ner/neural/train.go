package neural

import (
	"compress/gzip"
	"context"
	"encoding/gob"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"sync"

	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/extract/ner"
)

func sqrt(x float64) float64 { return math.Sqrt(x) }

// sparse is the gradient of an embedding table: only the rows a batch
// touched are kept and updated.
type sparse struct {
	dims    int
	g       []float32
	mark    []bool
	touched []int32
}

func newSparse(rows, dims int) *sparse {
	return &sparse{dims: dims, g: make([]float32, rows*dims), mark: make([]bool, rows)}
}

func (s *sparse) row(r int32) []float32 {
	if !s.mark[r] {
		s.mark[r] = true
		s.touched = append(s.touched, r)
	}
	return s.g[int(r)*s.dims : (int(r)+1)*s.dims]
}

func (s *sparse) reset() {
	for _, r := range s.touched {
		s.mark[r] = false
		clear(s.g[int(r)*s.dims : (int(r)+1)*s.dims])
	}
	s.touched = s.touched[:0]
}

// add adds o's rows to s.
func (s *sparse) add(o *sparse) {
	for _, r := range o.touched {
		axpy(1, o.g[int(r)*s.dims:(int(r)+1)*s.dims], s.row(r))
	}
}

// grads is one worker's gradient buffer.
type grads struct {
	dense      []float32
	word, char *sparse
	loss       float64
	ws         workspace
}

// example is a training sentence: its tokens and gold tag ids.
type example struct {
	toks []*token
	gold []int
}

// sentenceGrad adds the gradient of a sentence's CRF loss to g.
func (m *Model) sentenceGrad(ex *example, g *grads, rng *rand.Rand) {
	n, h, d := len(ex.toks), m.cfg.Hidden, m.inputDims()
	if n == 0 {
		return
	}
	v := m.views(m.dense)
	gv := m.views(g.dense)
	ws := &g.ws
	m.forward(ws, &v, ex.toks, rng)
	c := crf{start: v.start, pair: v.pair, end: v.end}
	logZ, marg, pairs := c.marginals(ws.em, n)
	g.loss += logZ - c.goldScore(ws.em, ex.gold)

	// CRF: expected minus gold counts.
	dem := ws.em // reused: the emissions are no longer needed
	for k := range dem {
		dem[k] = float32(marg[k])
	}
	for i, t := range ex.gold {
		dem[i*nTags+t]--
		if i > 0 {
			gv.pair[ex.gold[i-1]*nTags+t]--
		}
	}
	for k := range pairs {
		gv.pair[k] += float32(pairs[k])
	}
	for t := 0; t < nTags; t++ {
		gv.start[t] += dem[t]
		gv.end[t] += dem[(n-1)*nTags+t]
	}
	// Output layer.
	ws.dhcat = growF(ws.dhcat, n*2*h)
	for i := 0; i < n; i++ {
		hrow := ws.hcat[i*2*h : (i+1)*2*h]
		drow := ws.dhcat[i*2*h : (i+1)*2*h]
		for t := 0; t < nTags; t++ {
			e := dem[i*nTags+t]
			gv.outB[t] += e
			axpy(e, hrow, gv.out[t*2*h:(t+1)*2*h])
			axpy(e, v.out[t*2*h:(t+1)*2*h], drow)
		}
	}
	if ws.hMask != nil {
		for k := range ws.dhcat {
			ws.dhcat[k] *= ws.hMask[k]
		}
	}
	ws.dhf, ws.dhb = growF(ws.dhf, n*h), growF(ws.dhb, n*h)
	for i := 0; i < n; i++ {
		copy(ws.dhf[i*h:(i+1)*h], ws.dhcat[i*2*h:])
		copy(ws.dhb[i*h:(i+1)*h], ws.dhcat[i*2*h+h:])
	}
	ws.dx = growF(ws.dx, n*d)
	lstmBackward(v.fW, d, h, ws.x, n, false, &ws.fw, ws.dhf, gv.fW, gv.fB, ws.dx, ws)
	lstmBackward(v.bW, d, h, ws.x, n, true, &ws.bw, ws.dhb, gv.bW, gv.bB, ws.dx, ws)
	if ws.xMask != nil {
		for k := range ws.dx {
			ws.dx[k] *= ws.xMask[k]
		}
	}
	// Embeddings (the SVD vectors stay fixed). Word dropout is not
	// replayed here: a dropped word's gradient goes to its own row, a
	// small leak that keeps the code simple.
	wd, cd := m.cfg.WordDims, m.cfg.CharDims
	for i, t := range ex.toks {
		row := ws.dx[i*d : (i+1)*d]
		off := m.vecDims + 1
		axpy(1, row[off:off+wd], g.word.row(t.word))
		off += wd
		if len(t.chars) > 0 {
			inv := 1 / float32(len(t.chars))
			for _, c := range t.chars {
				axpy(inv, row[off:off+cd], g.char.row(c))
			}
		}
	}
}

// adam is the optimiser's state.
type adam struct {
	step                 int
	dm, dv               []float32
	wm, wv, cm, cv       []float32
	lr, beta1, beta2, ep float64
}

func (a *adam) update(p, g, m, v []float32, c1, c2 float64, scale float32) {
	b1, b2 := float32(a.beta1), float32(a.beta2)
	for k := range g {
		gk := g[k] * scale
		m[k] = b1*m[k] + (1-b1)*gk
		v[k] = b2*v[k] + (1-b2)*gk*gk
		p[k] -= float32(a.lr * float64(m[k]) / c1 / (math.Sqrt(float64(v[k])/c2) + a.ep))
	}
}

// Vectors are word vectors the network reads, fixed during training.
type Vectors struct {
	Words []string
	Dims  int
	Vecs  []float32
}

// LoadVectors reads word vectors saved as gzip-compressed gob of a struct
// with the fields of Vectors (the cluster learner's word vectors are).
func LoadVectors(r io.Reader) (*Vectors, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("reading word vectors: %w", err)
	}
	defer zr.Close()
	var v Vectors
	if err := gob.NewDecoder(zr).Decode(&v); err != nil {
		return nil, fmt.Errorf("reading word vectors: %w", err)
	}
	if v.Dims <= 0 || len(v.Vecs) != len(v.Words)*v.Dims {
		return nil, fmt.Errorf("reading word vectors: %d words, %d dims, %d values", len(v.Words), v.Dims, len(v.Vecs))
	}
	return &v, nil
}

// Train learns a tagger from sentences. It is deterministic for given
// sentences, vectors and configuration; the number of workers is part of
// it, as it changes the order of the gradient's float sums.
// log, when not nil, gets a line per epoch; dev, when not empty, is scored
// after each.
func Train(ctx context.Context, sents []ner.Sentence, vec *Vectors, cfg Config, dev []ner.Sentence, log io.Writer) (*Model, error) {
	m := &Model{cfg: cfg, vecDims: vec.Dims, tagPool: new(sync.Pool)}
	m.vecs = make([]float32, len(vec.Vecs))
	for k, x := range vec.Vecs {
		m.vecs[k] = x * cfg.VecScale
	}
	lx := &lexicon{vecIndex: make(map[string]int32, len(vec.Words)), wordIndex: map[string]int32{}, buckets: cfg.Buckets}
	for r, w := range vec.Words {
		lx.vecIndex[w] = int32(r)
	}
	counts := map[string]int{}
	for _, s := range sents {
		for _, t := range s.Tokens {
			counts[arabic.Fold(t)]++
		}
	}
	nWords := int32(1)
	for _, s := range sents { // in file order, so rows do not depend on map order
		for _, t := range s.Tokens {
			f := arabic.Fold(t)
			if _, ok := lx.wordIndex[f]; !ok && counts[f] >= cfg.MinWordCount {
				lx.wordIndex[f] = nWords
				nWords++
			}
		}
	}
	m.lex = lx
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x6e6575))
	m.word = make([]float32, int(nWords)*cfg.WordDims)
	m.char = make([]float32, cfg.Buckets*cfg.CharDims)
	m.initialise(rng)

	cc := &cache{lx: lx, m: map[string]*token{}}
	data := make([]example, 0, len(sents))
	for si, s := range sents {
		ex := example{gold: make([]int, len(s.Tags))}
		for i, tag := range s.Tags {
			id, ok := tagID(tag)
			if !ok {
				return nil, fmt.Errorf("training neural tagger: sentence %d token %d: unknown tag %q", si+1, i+1, tag)
			}
			ex.gold[i] = id
		}
		for _, t := range s.Tokens {
			ex.toks = append(ex.toks, cc.get(t))
		}
		if len(ex.toks) > 0 {
			data = append(data, ex)
		}
	}

	workers := max(cfg.Workers, 1)
	gs := make([]*grads, workers)
	for k := range gs {
		gs[k] = &grads{dense: make([]float32, len(m.dense)), word: newSparse(int(nWords), cfg.WordDims), char: newSparse(cfg.Buckets, cfg.CharDims)}
	}
	opt := &adam{lr: cfg.LR, beta1: 0.9, beta2: 0.999, ep: 1e-8,
		dm: make([]float32, len(m.dense)), dv: make([]float32, len(m.dense)),
		wm: make([]float32, len(m.word)), wv: make([]float32, len(m.word)),
		cm: make([]float32, len(m.char)), cv: make([]float32, len(m.char))}
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	batch := max(cfg.Batch, 1)
	for epoch := 1; epoch <= cfg.Epochs; epoch++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		total := 0.0
		for lo := 0; lo < len(order); lo += batch {
			idx := order[lo:min(lo+batch, len(order))]
			var wg sync.WaitGroup
			for k, g := range gs {
				part := idx[k*len(idx)/workers : (k+1)*len(idx)/workers]
				wg.Add(1)
				go func() {
					defer wg.Done()
					clear(g.dense)
					g.word.reset()
					g.char.reset()
					g.loss = 0
					for _, i := range part {
						// Each sentence's dropout draws depend on the epoch and
						// the sentence alone, not on which worker takes it.
						r := rand.New(rand.NewPCG(cfg.Seed^uint64(epoch)<<32, uint64(i)))
						m.sentenceGrad(&data[i], g, r)
					}
				}()
			}
			wg.Wait()
			g := gs[0]
			for _, o := range gs[1:] {
				axpy(1, o.dense, g.dense)
				g.word.add(o.word)
				g.char.add(o.char)
				g.loss += o.loss
			}
			total += g.loss
			m.step(opt, g, float32(1)/float32(len(idx)))
		}
		if log != nil {
			fmt.Fprintf(log, "neural epoch %d: loss %.4f per sentence", epoch, total/float64(len(data)))
			if len(dev) > 0 {
				fmt.Fprintf(log, ", dev micro-F1 %.4f", m.Score(dev).Micro.F1)
			}
			fmt.Fprintln(log)
		}
	}
	return m, nil
}

// step applies one Adam update of the batch gradient g, scaled, with the
// dense part clipped to norm 5.
func (m *Model) step(a *adam, g *grads, scale float32) {
	a.step++
	c1 := 1 - math.Pow(a.beta1, float64(a.step))
	c2 := 1 - math.Pow(a.beta2, float64(a.step))
	var norm float64
	for _, x := range g.dense {
		norm += float64(x * scale * x * scale)
	}
	if norm = math.Sqrt(norm); norm > 5 {
		scale *= float32(5 / norm)
	}
	a.update(m.dense, g.dense, a.dm, a.dv, c1, c2, scale)
	// Embedding rows: lazily, only those the batch touched.
	for _, t := range []struct {
		p, m, v []float32
		s       *sparse
	}{{m.word, a.wm, a.wv, g.word}, {m.char, a.cm, a.cv, g.char}} {
		d := t.s.dims
		for _, r := range t.s.touched {
			lo, hi := int(r)*d, (int(r)+1)*d
			a.update(t.p[lo:hi], t.s.g[lo:hi], t.m[lo:hi], t.v[lo:hi], c1, c2, scale)
		}
	}
}
