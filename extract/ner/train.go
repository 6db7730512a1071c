package ner

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
)

// TrainOptions control training.
type TrainOptions struct {
	Epochs    int
	Seed      uint64 // shuffles the sentences each epoch
	Families  Families
	Resources Resources
	Log       io.Writer // per-epoch progress; nil for none
	// Dev, when set, is scored after every epoch (with the averaged weights).
	Dev []Sentence
	// DocumentSize is the number of consecutive sentences read as one
	// document for document features, for CoNLL files that mark no
	// document boundaries. The model keeps it for scoring.
	DocumentSize int
	// StackFolds is the number of folds the training file is cut into to get
	// first-pass tags for training the second pass of a stacked model
	// (StackFeatures): every sentence is tagged by a first-pass model that
	// did not see it, as new text will be. 0 means the default, 5.
	StackFolds int
	// Bags is the number of perceptrons trained with seeds Seed, Seed+1 …
	// whose averaged weights are averaged (0 or 1: one).
	Bags int
	// Dropout is the share of a token's features hidden at random each time
	// a sentence is trained on (the bias is always kept), so that weight is
	// spread over context, clusters and word lists rather than learnt on
	// the word form alone, which new text lacks.
	Dropout float64
}

// DefaultTrainOptions are the settings of the shipped model, without its
// resources.
func DefaultTrainOptions() TrainOptions {
	return TrainOptions{Epochs: 8, Seed: 7, Families: AllFamilies, DocumentSize: 20, StackFolds: 5, Bags: 3, Dropout: 0.1}
}

// trainingSentence is a sentence's features and gold tag ids.
type trainingSentence struct {
	feats sentenceFeatures
	gold  []int
}

// perceptron holds current weights and the sums for averaging: the averaged
// weight is w - acc/steps (the usual lazy-averaging identity).
type perceptron struct {
	index      map[uint64]int32
	w, acc     []float64
	trans, tac [nTags + 1][nTags]float64 // row nTags is the sentence start
	steps      float64
}

// Train learns a model from tagged sentences with the averaged structured
// perceptron. It is deterministic for given sentences and options. With
// StackFeatures it trains two: a first pass without them, and a second pass
// that reads the first pass's tags.
func Train(ctx context.Context, sents []Sentence, opt TrainOptions) (*Model, error) {
	if opt.Epochs <= 0 {
		return nil, fmt.Errorf("training tagger: epochs must be positive, got %d", opt.Epochs)
	}
	if opt.Families&StackFeatures == 0 {
		return trainPass(ctx, sents, opt, nil, nil, nil)
	}
	return trainStacked(ctx, sents, opt, nil)
}

// trainStacked trains a first pass without the stacked features, tags every
// sentence with first passes that did not see it, and trains the second
// pass over those tags; extra, when not nil, is another tagger's held-out
// features of every token for the second pass (extrastack.go).
func trainStacked(ctx context.Context, sents []Sentence, opt TrainOptions, extra [][][]string) (*Model, error) {
	base := opt
	base.Families &^= StackFeatures
	base.Dev, base.Log = nil, nil
	prior, err := heldOutTags(ctx, sents, base, stackFolds(opt))
	if err != nil {
		return nil, err
	}
	first, err := trainPass(ctx, sents, base, nil, nil, nil)
	if err != nil {
		return nil, err
	}
	return trainPass(ctx, sents, opt, prior, first, extra)
}

// stackFolds is how many folds the second pass's held-out tags are made in.
func stackFolds(opt TrainOptions) int {
	if opt.StackFolds == 0 {
		return DefaultTrainOptions().StackFolds
	}
	return opt.StackFolds
}

// foldRanges cuts n sentences into folds at document boundaries (runs of
// docSize sentences), or between sentences when there are fewer documents
// than folds, as [lo, hi) ranges.
func foldRanges(n, docSize, folds int) [][2]int {
	docSize = max(docSize, 1)
	docs := (n + docSize - 1) / docSize
	if docs < folds { // too few documents: cut between sentences
		docSize, docs = 1, n
	}
	folds = min(folds, docs)
	out := make([][2]int, 0, folds)
	for k := 0; k < folds; k++ {
		out = append(out, [2]int{min(k*docs/folds*docSize, n), min((k+1)*docs/folds*docSize, n)})
	}
	return out
}

// heldOutTags tags every sentence with a model trained on the other folds
// (cut at document boundaries).
func heldOutTags(ctx context.Context, sents []Sentence, opt TrainOptions, folds int) ([][]int, error) {
	if folds < 2 {
		return nil, fmt.Errorf("training stacked tagger: needs at least 2 folds, got %d", folds)
	}
	out := make([][]int, 0, len(sents))
	for k, r := range foldRanges(len(sents), opt.DocumentSize, folds) {
		lo, hi := r[0], r[1]
		train := append(append([]Sentence(nil), sents[:lo]...), sents[hi:]...)
		m, err := trainPass(ctx, train, opt, nil, nil, nil)
		if err != nil {
			return nil, fmt.Errorf("training stacked tagger, fold %d: %w", k+1, err)
		}
		out = append(out, m.sentenceIDs(sents[lo:hi])...)
	}
	return out, nil
}

// trainPass trains one perceptron; prior, when not nil, holds the first
// pass's tags of every sentence, and first is that pass's model; extra,
// when not nil (with prior), another tagger's features of every token
// (extrastack.go).
func trainPass(ctx context.Context, sents []Sentence, opt TrainOptions, prior [][]int, first *Model, extra [][][]string) (*Model, error) {
	fz := newFeaturizer(opt.Resources, opt.Families)
	data := make([]trainingSentence, 0, len(sents))
	p := &perceptron{index: map[uint64]int32{}}
	for si, s := range sents {
		if len(s.Tags) != len(s.Tokens) {
			return nil, fmt.Errorf("training tagger: sentence %d has %d tokens but %d tags", si+1, len(s.Tokens), len(s.Tags))
		}
		if extra != nil && len(extra[si]) != len(s.Tokens) {
			return nil, fmt.Errorf("training tagger: sentence %d has %d tokens but %d rows of extra features", si+1, len(s.Tokens), len(extra[si]))
		}
		ts := trainingSentence{gold: make([]int, len(s.Tags))}
		for i, tag := range s.Tags {
			id, ok := tagID(tag)
			if !ok {
				return nil, fmt.Errorf("training tagger: sentence %d token %d: unknown tag %q", si+1, i+1, tag)
			}
			ts.gold[i] = id
		}
		data = append(data, ts)
	}
	docSize := max(opt.DocumentSize, 1)
	sentenceDocuments(sents, docSize, func(lo int, doc [][]string) {
		feats := make([]sentenceFeatures, len(doc))
		infos := fz.extractDocument(doc, feats)
		if prior != nil {
			stack := make([]sentenceFeatures, len(feats))
			stackFeatures(infos, prior[lo:lo+len(doc)], stack)
			for k := range feats {
				feats[k] = joinFeatures(&feats[k], &stack[k])
				if extra != nil {
					x := extraFeatures(extra[lo+k], prior[lo+k])
					feats[k] = joinFeatures(&feats[k], &x)
				}
			}
		}
		for k := range feats {
			data[lo+k].feats = feats[k]
			for _, h := range feats[k].flat {
				if _, ok := p.index[h]; !ok {
					p.index[h] = int32(len(p.index))
				}
			}
		}
	})
	bags := max(opt.Bags, 1)
	var mean []float64
	var meanTrans [nTags + 1][nTags]float64
	for bag := 0; bag < bags; bag++ {
		if bag > 0 {
			p = &perceptron{index: p.index}
		}
		if err := p.run(ctx, data, opt, opt.Seed+uint64(bag), fz, docSize, first); err != nil {
			return nil, err
		}
		if bags == 1 {
			break
		}
		if mean == nil {
			mean = make([]float64, len(p.w))
		}
		for i := range mean {
			mean[i] += (p.w[i] - p.acc[i]/max(p.steps, 1)) / float64(bags)
		}
		for q := range meanTrans {
			for t := range meanTrans[q] {
				meanTrans[q][t] += (p.trans[q][t] - p.tac[q][t]/max(p.steps, 1)) / float64(bags)
			}
		}
	}
	if bags > 1 {
		// The bags' averaged weights, averaged: a perceptron at one step
		// whose current weights are that mean.
		p = &perceptron{index: p.index, w: mean, acc: make([]float64, len(mean)), trans: meanTrans, steps: 1}
	}
	return p.model(fz, opt.Families, docSize, first), nil
}

// run trains p for opt.Epochs passes over data, shuffled with seed.
func (p *perceptron) run(ctx context.Context, data []trainingSentence, opt TrainOptions, seed uint64, fz *featurizer, docSize int, first *Model) error {
	p.w = make([]float64, len(p.index)*nTags)
	p.acc = make([]float64, len(p.index)*nTags)
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	var em []float32
	var back []uint8
	var pred []int
	var kept sentenceFeatures
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		mistakes := 0
		for _, k := range order {
			ts := &data[k]
			n := len(ts.gold)
			if n == 0 {
				continue
			}
			em, back, pred = grow(em, n*nTags), growU8(back, n*nTags), growInt(pred, n)
			feats := &ts.feats
			if opt.Dropout > 0 {
				dropFeatures(feats, &kept, opt.Dropout, rng)
				feats = &kept
			}
			p.emissions(feats, n, em)
			tr := p.currentTransitions()
			viterbi(em, &tr, back, pred)
			p.steps++
			for i := 0; i < n; i++ {
				if pred[i] != ts.gold[i] {
					mistakes++
					p.update(feats.token(i), ts.gold[i], pred[i])
				}
				pg, pp := nTags, nTags
				if i > 0 {
					pg, pp = ts.gold[i-1], pred[i-1]
				}
				if pg != pp || ts.gold[i] != pred[i] {
					p.updateTrans(pg, ts.gold[i], 1)
					p.updateTrans(pp, pred[i], -1)
				}
			}
		}
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "epoch %d: %d token errors", epoch, mistakes)
			if len(opt.Dev) > 0 {
				m := p.model(fz, opt.Families, docSize, first)
				fmt.Fprintf(opt.Log, ", dev micro-F1 %.4f", m.Score(opt.Dev).Micro.F1)
			}
			fmt.Fprintln(opt.Log)
		}
	}
	return nil
}

// dropFeatures copies sf into out without a random share q of each token's
// features; the first (the bias) always stays.
func dropFeatures(sf *sentenceFeatures, out *sentenceFeatures, q float64, rng *rand.Rand) {
	out.flat, out.off = out.flat[:0], append(out.off[:0], 0)
	for i := 0; i+1 < len(sf.off); i++ {
		for k, h := range sf.token(i) {
			if k == 0 || rng.Float64() >= q {
				out.flat = append(out.flat, h)
			}
		}
		out.off = append(out.off, int32(len(out.flat)))
	}
}

func (p *perceptron) emissions(sf *sentenceFeatures, n int, em []float32) {
	clear(em)
	for i := 0; i < n; i++ {
		row := em[i*nTags : (i+1)*nTags]
		for _, h := range sf.token(i) {
			r := int(p.index[h]) * nTags
			for t := range row {
				row[t] += float32(p.w[r+t])
			}
		}
	}
}

func (p *perceptron) currentTransitions() transitions {
	var tr transitions
	for t := 0; t < nTags; t++ {
		tr.Start[t] = float32(p.trans[nTags][t])
		for q := 0; q < nTags; q++ {
			tr.Pair[q][t] = float32(p.trans[q][t])
		}
	}
	return tr
}

func (p *perceptron) update(feats []uint64, gold, pred int) {
	for _, h := range feats {
		r := int(p.index[h]) * nTags
		p.w[r+gold]++
		p.acc[r+gold] += p.steps
		p.w[r+pred]--
		p.acc[r+pred] -= p.steps
	}
}

func (p *perceptron) updateTrans(prev, t int, d float64) {
	p.trans[prev][t] += d
	p.tac[prev][t] += d * p.steps
}

// model freezes the averaged weights, dropping features whose averaged
// weights are all zero.
func (p *perceptron) model(fz *featurizer, fam Families, docSize int, first *Model) *Model {
	m := &Model{feat: fz, families: fam, docSize: docSize}
	var f Model
	if first != nil {
		f = *first
		f.feat = fz
	}
	steps := max(p.steps, 1) // no sentences: all weights are zero
	avg := func(w, acc float64) float32 { return float32(w - acc/steps) }
	// Rows in hash order, so the model does not depend on map order.
	all := make([]uint64, 0, len(p.index))
	for h := range p.index {
		all = append(all, h)
	}
	slices.Sort(all)
	var hashes []uint64
	var weights []float32
	row := make([]float32, nTags)
	for _, h := range all {
		r := p.index[h]
		nonzero := false
		for t := 0; t < nTags; t++ {
			row[t] = avg(p.w[int(r)*nTags+t], p.acc[int(r)*nTags+t])
			nonzero = nonzero || row[t] != 0
		}
		if nonzero {
			hashes = append(hashes, h)
			weights = append(weights, row...)
		}
	}
	m.setWeights(hashes, weights)
	for t := 0; t < nTags; t++ {
		m.trans.Start[t] = avg(p.trans[nTags][t], p.tac[nTags][t])
		for q := 0; q < nTags; q++ {
			m.trans.Pair[q][t] = avg(p.trans[q][t], p.tac[q][t])
		}
	}
	if first != nil {
		m.setFirst(&f)
	}
	return m
}

// Score tags the sentences and scores the result against their tags. Runs of
// the model's document size are tagged as one document each, as in training.
func (m *Model) Score(sents []Sentence) Scores {
	gold := make([][]string, len(sents))
	for i, s := range sents {
		gold[i] = s.Tags
	}
	return Evaluate(gold, m.TagSentences(sents))
}

// TagSentences tags sentences that carry no document boundaries, reading
// runs of the model's document size as documents.
func (m *Model) TagSentences(sents []Sentence) [][]string {
	pred := make([][]string, 0, len(sents))
	sentenceDocuments(sents, m.docSize, func(_ int, doc [][]string) {
		pred = append(pred, m.TagDocument(doc)...)
	})
	return pred
}

// sentenceIDs is TagSentences with tag ids.
func (m *Model) sentenceIDs(sents []Sentence) [][]int {
	out := make([][]int, 0, len(sents))
	sentenceDocuments(sents, m.docSize, func(_ int, doc [][]string) {
		out = append(out, m.tagIDs(doc)...)
	})
	return out
}

// sentenceDocuments calls f with each run of size sentences read as one
// document (ANERcorp marks no article boundaries) and the index of its
// first sentence.
func sentenceDocuments(sents []Sentence, size int, f func(lo int, doc [][]string)) {
	size = max(size, 1)
	for lo := 0; lo < len(sents); lo += size {
		run := sents[lo:min(lo+size, len(sents))]
		doc := make([][]string, len(run))
		for i, s := range run {
			doc[i] = s.Tokens
		}
		f(lo, doc)
	}
}

// joinFeatures puts each token's features of a and b together.
func joinFeatures(a, b *sentenceFeatures) sentenceFeatures {
	out := sentenceFeatures{flat: make([]uint64, 0, len(a.flat)+len(b.flat)), off: []int32{0}}
	for i := 0; i+1 < len(a.off); i++ {
		out.flat = append(append(out.flat, a.token(i)...), b.token(i)...)
		out.off = append(out.off, int32(len(out.flat)))
	}
	return out
}

func grow(s []float32, n int) []float32 {
	if cap(s) < n {
		return make([]float32, n)
	}
	return s[:n]
}

func growU8(s []uint8, n int) []uint8 {
	if cap(s) < n {
		return make([]uint8, n)
	}
	return s[:n]
}

func growInt(s []int, n int) []int {
	if cap(s) < n {
		return make([]int, n)
	}
	return s[:n]
}
