package ner

import (
	"context"
	"fmt"
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
	return trainStacked(ctx, sents, opt, extra)
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

// TagSentencesExtra tags sentences (runs of the model's document size read
// as documents) with a model from TrainStackedExtra, extra holding the
// other tagger's features of every token.
func (m *Model) TagSentencesExtra(sents []Sentence, extra [][][]string) [][]string {
	out := make([][]string, 0, len(sents))
	sentenceDocuments(sents, m.docSize, func(lo int, doc [][]string) {
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
	})
	return out
}

// StackFolds returns where heldOutTags cuts sents into folds for the
// second pass's training (cut at documents of opt.DocumentSize sentences),
// as [lo, hi) sentence ranges, so that another tagger's held-out output
// can be made on the same folds.
func StackFolds(n int, opt TrainOptions) [][2]int {
	return foldRanges(n, opt.DocumentSize, stackFolds(opt))
}
