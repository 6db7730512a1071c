package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/extract/ner"
	"github.com/isnad/isnad/extract/ner/clusters"
)

// runWordStats counts how words behave in SaudiNewsNet (article, suffixes,
// titles before them, cohesion with neighbours, quotes, headlines) and
// writes the coded statistics the wordstats features read.
func runWordStats(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("wordstats", flag.ExitOnError)
	corpus := fs.String("corpus", "../shared/corpus/saudinewsnet", "folder of SaudiNewsNet zips")
	trig := fs.String("triggers", "data/ner/triggers.tsv", "trigger-word file (titles, offices, kinship words)")
	out := fs.String("o", "", "output statistics file (gzip TSV word<TAB>codes)")
	show := fs.String("show", "", "comma-separated words whose raw rates are printed")
	opt := ner.DefaultWordStatsOptions()
	fs.IntVar(&opt.Words, "words", opt.Words, "words that get statistics, the most frequent")
	fs.IntVar(&opt.MinCount, "min-count", opt.MinCount, "words seen fewer times get none")
	fs.Float64Var(&opt.PairPMI, "pair-pmi", opt.PairPMI, "also code word pairs of at least this natural-log PMI (0: none)")
	fs.IntVar(&opt.PairCount, "pair-count", opt.PairCount, "... seen at least this often")
	fs.Float64Var(&opt.Prior, "prior", opt.Prior, "pseudo-occurrences at the corpus rate added to each word")
	coded := fs.String("coded", strings.Join(opt.Coded, ","), "rates written as codes (art,pro,suf,ttl,st,qt,trg,bin,cohl,cohr,nml,nmr)")
	fs.Parse(args)
	opt.Coded = strings.Split(*coded, ",")
	res, err := ner.LoadResources(ner.ResourcePaths{Triggers: *trig})
	if err != nil {
		return err
	}
	l := ner.NewWordStatsLearner(res.Triggers)
	if err := clusters.ReadSaudiNewsNetParts(ctx, *corpus, l.Add); err != nil {
		return err
	}
	ws := l.Learn(opt)
	fmt.Fprintf(os.Stderr, "word statistics: %d words, %d pairs\n", len(ws.Words), len(ws.Pairs))
	if *show != "" {
		for _, w := range strings.Split(*show, ",") {
			fmt.Println(ws.Describe(ner.WordStatsKey(arabic.Fold(strings.TrimSpace(w)))))
		}
	}
	if *out == "" {
		return nil
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	if err := ws.Write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
