package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/isnad/isnad/extract/ner/clusters"
)

// runVectors writes the PPMI-SVD word vectors the cluster file is cut from
// (clusters.EmbedWords, the cluster learner's options), for the neural
// tagger's word embeddings.
func runVectors(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("vectors", flag.ExitOnError)
	corpus := fs.String("corpus", "../shared/corpus/saudinewsnet", "folder of SaudiNewsNet zips")
	out := fs.String("o", "", "output vector file (gzip gob)")
	opt := clusters.DefaultOptions()
	fs.IntVar(&opt.Words, "words", opt.Words, "words that get vectors")
	fs.Parse(args)
	if *out == "" {
		return fmt.Errorf("vectors needs -o")
	}
	wv, err := clusters.EmbedWords(ctx, func(emit func([]string)) error {
		return clusters.ReadSaudiNewsNet(ctx, *corpus, emit)
	}, opt, os.Stderr)
	if err != nil {
		return err
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	if err := wv.Save(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
