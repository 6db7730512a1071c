package clusters

import (
	"context"
	"fmt"
	"io"
	"os"
)

// LearnCorpus learns clusters from the SaudiNewsNet zips under corpusDir and
// writes them to outPath (gzip TSV). Progress goes to log.
func LearnCorpus(ctx context.Context, corpusDir, outPath string, opt Options, log io.Writer) (*Set, error) {
	set, err := Learn(ctx, func(emit func([]string)) error {
		return ReadSaudiNewsNet(ctx, corpusDir, emit)
	}, opt, log)
	if err != nil {
		return nil, fmt.Errorf("learning clusters from %s: %w", corpusDir, err)
	}
	f, err := os.Create(outPath)
	if err != nil {
		return nil, fmt.Errorf("writing clusters: %w", err)
	}
	if err := set.Save(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("writing clusters %s: %w", outPath, err)
	}
	if err := f.Close(); err != nil {
		return nil, fmt.Errorf("writing clusters %s: %w", outPath, err)
	}
	return set, nil
}

// EmbedCorpus learns word vectors from the SaudiNewsNet zips under corpusDir
// and writes them to outPath (gzip gob). Progress goes to log.
func EmbedCorpus(ctx context.Context, corpusDir, outPath string, opt Options, log io.Writer) (*WordVectors, error) {
	wv, err := EmbedWords(ctx, func(emit func([]string)) error {
		return ReadSaudiNewsNet(ctx, corpusDir, emit)
	}, opt, log)
	if err != nil {
		return nil, fmt.Errorf("learning word vectors from %s: %w", corpusDir, err)
	}
	f, err := os.Create(outPath)
	if err != nil {
		return nil, fmt.Errorf("writing word vectors: %w", err)
	}
	if err := wv.Save(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("writing word vectors %s: %w", outPath, err)
	}
	if err := f.Close(); err != nil {
		return nil, fmt.Errorf("writing word vectors %s: %w", outPath, err)
	}
	return wv, nil
}
