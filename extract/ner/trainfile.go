package ner

import (
	"context"
	"fmt"
	"io"
	"os"
	"sync"
)

// ReadCoNLLFile reads a CoNLL file from disk.
func ReadCoNLLFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading CoNLL: %w", err)
	}
	defer f.Close()
	return ReadCoNLL(f, path)
}

// SplitDev cuts the last fraction of sentences off as a dev set: the split the
// shipped model's dev figure is measured on (fraction 0.1 of ANERcorp's
// training file).
func SplitDev(sents []Sentence, fraction float64) (train, dev []Sentence) {
	cut := len(sents) - int(float64(len(sents))*fraction)
	return sents[:cut], sents[cut:]
}

// TrainFile trains on a CoNLL file and, when devPath is set, prints the dev
// scores to w (progress too, if opt.Log is nil). It is what
// `isnad train ner --train FILE [--dev FILE] -o MODEL` runs.
func TrainFile(ctx context.Context, trainPath, devPath string, opt TrainOptions, w io.Writer) (*Model, error) {
	sents, err := ReadCoNLLFile(trainPath)
	if err != nil {
		return nil, err
	}
	var dev []Sentence
	if devPath != "" {
		if dev, err = ReadCoNLLFile(devPath); err != nil {
			return nil, err
		}
	}
	if opt.Log == nil {
		opt.Log = w
	}
	opt.Dev = dev
	fmt.Fprintf(w, "training on %d sentences from %s, features %s, %d epochs\n", len(sents), trainPath, opt.Families, opt.Epochs)
	m, err := Train(ctx, sents, opt)
	if err != nil {
		return nil, fmt.Errorf("training on %s: %w", trainPath, err)
	}
	if len(dev) > 0 {
		fmt.Fprintf(w, "dev %s:\n", devPath)
		if err := m.Score(dev).Write(w); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// CrossValidate trains on folds-1 parts and tags the remaining part, for
// each of the folds contiguous parts, and scores all predictions together.
// Folds train concurrently, workers at a time; the result does not depend on
// the number of workers.
func CrossValidate(ctx context.Context, sents []Sentence, folds, workers int, opt TrainOptions) (Scores, error) {
	pred, err := CrossValidateTags(ctx, sents, folds, workers, opt)
	if err != nil {
		return Scores{}, err
	}
	gold := make([][]string, len(sents))
	for i, s := range sents {
		gold[i] = s.Tags
	}
	return Evaluate(gold, pred), nil
}

// CrossValidateTags is CrossValidate's tagging: every sentence tagged by
// the model trained on the other folds, in the order of sents, so that
// errors can be read and decoding changes scored without training again.
func CrossValidateTags(ctx context.Context, sents []Sentence, folds, workers int, opt TrainOptions) ([][]string, error) {
	if folds < 2 {
		return nil, fmt.Errorf("cross-validation needs at least 2 folds, got %d", folds)
	}
	preds := make([][][]string, folds)
	errs := make([]error, folds)
	sem := make(chan struct{}, max(workers, 1))
	var wg sync.WaitGroup
	for k := 0; k < folds; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			lo, hi := k*len(sents)/folds, (k+1)*len(sents)/folds
			train := append(append([]Sentence(nil), sents[:lo]...), sents[hi:]...)
			o := opt
			o.Dev, o.Log = nil, nil
			m, err := Train(ctx, train, o)
			if err != nil {
				errs[k] = fmt.Errorf("fold %d: %w", k+1, err)
				return
			}
			preds[k] = m.TagSentences(sents[lo:hi])
		}(k)
	}
	wg.Wait()
	var pred [][]string
	for k := 0; k < folds; k++ {
		if errs[k] != nil {
			return nil, errs[k]
		}
		pred = append(pred, preds[k]...)
	}
	return pred, nil
}
