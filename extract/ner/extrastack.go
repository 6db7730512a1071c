package ner

import (
	"context"
	"fmt"
	"slices"
)

// Extra stacked inputs: an experiment's hook for feeding the second pass of
// a stacked model the output of another tagger (extract/ner/neural) beside
// the first pass's tags. Each token gets string features from the other
// tagger ("tag=B-PER", "conf=3:B-PER" …); the second pass reads each alone
// and paired with the first pass's tag of the token, so it learns where the
// two taggers are worth believing. The other tagger's training-set features
// must be held out (made by a model that did not see the sentence), as the
// first pass's are. Models trained so are not saved: this path exists to
// measure (data/ner/PROVENANCE.md).

// Templates of the extra features, far above the family templates of
// features.go so that new families never meet them.
const (
	tExtra      byte = 250
	tExtraPrior byte = 251
)

// TrainStackedExtra trains a stacked model (opt.Families must hold
// StackFeatures) whose second pass also reads extra[s][i], the other
// tagger's held-out features of token i of sentence s.
func TrainStackedExtra(ctx context.Context, sents []Sentence, extra [][][]string, opt TrainOptions) (*Model, error) {
	if opt.Families&StackFeatures == 0 {
		return nil, fmt.Errorf("training with extra stacked inputs: the families lack stack")
	}
	if len(extra) != len(sents) {
		return nil, fmt.Errorf("training with extra stacked inputs: %d sentences but %d rows of extra features", len(sents), len(extra))
	}
	base := opt
	base.Families &^= StackFeatures
	base.Dev, base.Log = nil, nil
	folds := opt.StackFolds
	if folds == 0 {
		folds = DefaultTrainOptions().StackFolds
	}
	prior, err := heldOutTags(ctx, sents, base, folds)
	if err != nil {
		return nil, err
	}
	first, err := trainPass(ctx, sents, base, nil, nil)
	if err != nil {
		return nil, err
	}
	return trainSecondExtra(ctx, sents, opt, prior, first, extra)
}

// extraFeatures hashes the other tagger's features of one sentence, each
// alone and with the first pass's tag.
func extraFeatures(extra [][]string, prior []int) sentenceFeatures {
	out := sentenceFeatures{off: []int32{0}}
	for i, fs := range extra {
		for _, f := range fs {
			out.flat = append(out.flat, hash1(tExtra, f), hash2(tExtraPrior, f, tagNames[prior[i]]))
		}
		out.off = append(out.off, int32(len(out.flat)))
	}
	return out
}

// trainSecondExtra is trainPass's second pass with the extra features
// joined to the stacked ones.
func trainSecondExtra(ctx context.Context, sents []Sentence, opt TrainOptions, prior [][]int, first *Model, extra [][][]string) (*Model, error) {
	fz := newFeaturizer(opt.Resources, opt.Families)
	data := make([]trainingSentence, len(sents))
	p := &perceptron{index: map[uint64]int32{}}
	for si, s := range sents {
		if len(s.Tags) != len(s.Tokens) || len(extra[si]) != len(s.Tokens) {
			return nil, fmt.Errorf("training tagger: sentence %d has %d tokens, %d tags, %d extra rows", si+1, len(s.Tokens), len(s.Tags), len(extra[si]))
		}
		data[si].gold = make([]int, len(s.Tags))
		for i, tag := range s.Tags {
			id, ok := tagID(tag)
			if !ok {
				return nil, fmt.Errorf("training tagger: sentence %d token %d: unknown tag %q", si+1, i+1, tag)
			}
			data[si].gold[i] = id
		}
	}
	docSize := max(opt.DocumentSize, 1)
	for lo := 0; lo < len(sents); lo += docSize {
		hi := min(lo+docSize, len(sents))
		doc := make([][]string, 0, hi-lo)
		for _, s := range sents[lo:hi] {
			doc = append(doc, s.Tokens)
		}
		feats := make([]sentenceFeatures, hi-lo)
		infos := fz.extractDocument(doc, feats)
		stack := make([]sentenceFeatures, len(feats))
		stackFeatures(infos, prior[lo:hi], stack)
		for k := range feats {
			j := joinFeatures(&feats[k], &stack[k])
			x := extraFeatures(extra[lo+k], prior[lo+k])
			data[lo+k].feats = joinFeatures(&j, &x)
			for _, h := range data[lo+k].feats.flat {
				if _, ok := p.index[h]; !ok {
					p.index[h] = int32(len(p.index))
				}
			}
		}
	}
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
		p = &perceptron{index: p.index, w: mean, acc: make([]float64, len(mean)), trans: meanTrans, steps: 1}
	}
	return p.model(fz, opt.Families, docSize, first), nil
}

// TagSentencesExtra tags sentences (runs of the model's document size read
// as documents) with a model from TrainStackedExtra, extra holding the
// other tagger's features of every token.
func (m *Model) TagSentencesExtra(sents []Sentence, extra [][][]string) [][]string {
	out := make([][]string, 0, len(sents))
	size := max(m.docSize, 1)
	for lo := 0; lo < len(sents); lo += size {
		hi := min(lo+size, len(sents))
		var doc [][]string
		for _, s := range sents[lo:hi] {
			doc = append(doc, s.Tokens)
		}
		prior := m.first.tagIDs(doc)
		feats := make([]sentenceFeatures, len(doc))
		infos := m.feat.extractDocument(doc, feats)
		stack := make([]sentenceFeatures, len(doc))
		stackFeatures(infos, prior, stack)
		for s := range doc {
			j := joinFeatures(&feats[s], &stack[s])
			x := extraFeatures(extra[lo+s], prior[s])
			feats[s] = joinFeatures(&j, &x)
		}
		for _, ids := range m.decode(doc, feats) {
			tags := make([]string, len(ids))
			for i, t := range ids {
				tags[i] = tagNames[t]
			}
			out = append(out, tags)
		}
	}
	return out
}

// StackFolds returns where heldOutTags cuts sents into folds for the
// second pass's training (cut at documents of opt.DocumentSize sentences),
// as [lo, hi) sentence ranges, so that another tagger's held-out output
// can be made on the same folds.
func StackFolds(n int, opt TrainOptions) [][2]int {
	folds := opt.StackFolds
	if folds == 0 {
		folds = DefaultTrainOptions().StackFolds
	}
	docSize := max(opt.DocumentSize, 1)
	docs := (n + docSize - 1) / docSize
	if docs < folds {
		docSize, docs = 1, n
	}
	folds = min(folds, docs)
	var out [][2]int
	for k := 0; k < folds; k++ {
		out = append(out, [2]int{min(k*docs/folds*docSize, n), min((k+1)*docs/folds*docSize, n)})
	}
	return slices.Clip(out)
}
