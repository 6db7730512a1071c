package ner

import (
	"strings"
	"sync"
)

// The tagging path keeps, per worker, what it learnt about word forms across
// documents: a form's word-list material and the scores of its form features
// (the first features of every token, see featurizer.formFeatures) are
// computed once, and most tokens of news are forms seen before. Each token's
// scores then start from its form's sums and add its context features in
// their usual order, so every float sum, and every tag, is what scoring all
// the features one by one gives.

// maxCachedForms bounds each of the two generations of a worker's form
// cache (about 300 bytes a form): when the current one is full it becomes
// the previous one, and forms still in use move back up as they are met,
// so the frequent forms of news stay while the rare ones go. On SaudiNewsNet
// (isnad bench analyze, one day's zip) 8k forms a generation used as little
// CPU as 32k, and 40-130 MB less memory at peak.
const maxCachedForms = 1 << 13

// formScore is what a worker keeps about one word form.
type formScore struct {
	lx  *lexical
	sum [2 * nTags]float32 // scores of the form features, width of the scorer
}

// tagScratch is one worker's reusable state: buffers and the form cache,
// valid for one featurizer and one scorer.
type tagScratch struct {
	feat     *featurizer
	scores   *jointTable
	forms    map[string]*formScore // current generation
	old      map[string]*formScore // previous generation
	seen     map[string]*lexical   // the document's forms, for featurizer.info
	docForms map[string]*formScore
	tokens   []*formScore // the document's tokens, in order
	fs       []uint64
	em       []float32
	back     []uint8
	ids      []int
	infos    []*sentenceInfo
	stack    []sentenceFeatures
	rows     []int32
	// sink keeps what the table's touch loads return, so that they are
	// not optimised away.
	sink uint64
}

// scorer is the table a model's tagging reads: both passes' weights side by
// side for a stacked model, its own otherwise.
func (m *Model) scorer() *jointTable {
	if m.first != nil {
		return m.joint
	}
	m.own.once.Do(func() { m.own.j = passTable(m) })
	return m.own.j
}

// lazyTable is a model's one-pass jointTable, built when first needed:
// the passes of a stacked model are scored through their joint table.
type lazyTable struct {
	once sync.Once
	j    *jointTable
}

func (m *Model) getScratch() *tagScratch {
	sc, _ := m.scratch.Get().(*tagScratch)
	if sc == nil {
		sc = &tagScratch{seen: map[string]*lexical{}, docForms: map[string]*formScore{}}
	}
	if j := m.scorer(); sc.feat != m.feat || sc.scores != j {
		sc.feat, sc.scores, sc.forms, sc.old = m.feat, j, make(map[string]*formScore), nil
	}
	if len(sc.forms) >= maxCachedForms {
		sc.old, sc.forms = sc.forms, make(map[string]*formScore, maxCachedForms)
	}
	return sc
}

// form returns the cached material of token t, computing it when new. The
// cache keeps its own copy of t, not the document's text around it.
func (sc *tagScratch) form(t string) *formScore {
	if f := sc.forms[t]; f != nil {
		return f
	}
	if f := sc.old[t]; f != nil {
		sc.forms[f.lx.word.surface] = f
		return f
	}
	t = strings.Clone(t)
	f := &formScore{lx: sc.feat.lexical(t)}
	sc.fs = sc.feat.formFeatures(&f.lx.word.h, sc.fs[:0])
	sc.add(sc.fs, f.sum[:])
	sc.forms[t] = f
	return f
}

// add adds the weights of features fs to row.
func (sc *tagScratch) add(fs []uint64, row []float32) {
	var x uint64
	sc.rows, x = sc.scores.add(fs, row, sc.rows)
	sc.sink ^= x
}

// tagFast tags a document with tag ids: the path tagIDs takes.
func (m *Model) tagFast(doc [][]string) [][]int {
	sc := m.getScratch()
	defer func() {
		// The document's strings are not kept past the call.
		clear(sc.seen)
		clear(sc.docForms)
		clear(sc.infos)
		m.scratch.Put(sc)
	}()
	j, f := sc.scores, sc.feat
	w := j.width

	sc.tokens = sc.tokens[:0]
	for _, sent := range doc {
		for _, t := range sent {
			// The document's own small map first: most tokens repeat a
			// form of the same document, and the worker's cache is large.
			fm := sc.docForms[t]
			if fm == nil {
				fm = sc.form(t)
				sc.docForms[t] = fm
				sc.seen[t] = fm.lx
			}
			sc.tokens = append(sc.tokens, fm)
		}
	}
	total := len(sc.tokens)
	sc.infos = sc.infos[:0]
	for _, tokens := range doc {
		sc.infos = append(sc.infos, f.info(tokens, sc.seen))
	}
	var ev *documentEvidence
	if f.families&DocumentFeatures != 0 {
		ev = newDocumentEvidence(sc.infos)
	}

	// Scores: the form's sums, then the context and document features.
	sc.em = grow(sc.em, total*w)
	em := sc.em[:total*w]
	k := 0
	for _, si := range sc.infos {
		for i := range si.words {
			row := em[k*w : (k+1)*w]
			copy(row, sc.tokens[k].sum[:w])
			sc.fs = f.contextFeatures(si, i, sc.fs[:0])
			if ev != nil {
				sc.fs = ev.features(si, i, sc.fs)
			}
			sc.add(sc.fs, row)
			k++
		}
	}

	// Tags: a flat buffer cut per sentence; the output is fresh.
	out := make([][]int, len(doc))
	flat := make([]int, total)
	prior := out
	if m.first != nil {
		sc.ids = growInt(sc.ids, total)
		prior = make([][]int, len(doc))
		m.decodeAll(doc, em, w, 0, newLattice(&m.first.trans), sc, sc.ids, prior)
		for len(sc.stack) < len(doc) {
			sc.stack = append(sc.stack, sentenceFeatures{})
		}
		stack := sc.stack[:len(doc)]
		stackFeatures(sc.infos, prior, stack)
		k = 0
		for s := range doc {
			for i := range doc[s] {
				var x uint64
				sc.rows, x = j.addSecond(stack[s].token(i), em[k*w+nTags:(k+1)*w], sc.rows)
				sc.sink ^= x
				k++
			}
		}
		m.decodeAll(doc, em, w, nTags, newLattice(&m.trans), sc, flat, out)
		return out
	}
	m.decodeAll(doc, em, w, 0, newLattice(&m.trans), sc, flat, out)
	return out
}

// decodeAll decodes each sentence of doc from the scores at column col of
// em (rows of width w), cutting out from flat.
func (m *Model) decodeAll(doc [][]string, em []float32, w, col int, l *lattice, sc *tagScratch, flat []int, out [][]int) {
	off := 0
	for s, tokens := range doc {
		n := len(tokens)
		out[s] = flat[off : off+n : off+n]
		if n > 0 {
			sc.back = growU8(sc.back, n*nTags)
			decode(em[off*w+col:], w, n, l, sc.back, out[s])
		}
		off += n
	}
}

// newScratchPool is the per-worker state of a model's tagging.
func newScratchPool() *sync.Pool { return new(sync.Pool) }
