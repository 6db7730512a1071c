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
	_, err := clusters.EmbedCorpus(ctx, *corpus, *out, opt, os.Stderr)
	return err
}
