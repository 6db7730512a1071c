package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"slices"

	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/extract/ner"
	"github.com/isnad/isnad/internal/saudinewsnet"
)

// runCommon writes data/ner/common.txt: the definite words of SaudiNewsNet
// seen -min times or more that the shipped tagger puts inside a name in at
// most -max-share of their occurrences.
func runCommon(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("common", flag.ExitOnError)
	corpus := fs.String("corpus", "../shared/corpus/saudinewsnet", "folder of SaudiNewsNet zips")
	out := fs.String("o", "data/ner/common.txt", "output word list")
	minCount := fs.Int("min", 50, "least occurrences of a listed word")
	maxShare := fs.Float64("max-share", 0.05, "largest share of a listed word's occurrences inside names")
	train := fs.String("train", "../shared/data/anercorp/train.txt", "CoNLL file whose place words are left out")
	counts := fs.String("counts", "", "also write every definite word seen -min times with its counts (word, seen, inside) here")
	fs.Parse(args)
	m, err := ner.Default()
	if err != nil {
		return err
	}
	sents, err := ner.ReadCoNLLFile(*train)
	if err != nil {
		return err
	}
	places := ner.PlaceWords(sents)
	seen, inside := map[string]int{}, map[string]int{}
	articles := 0
	err = saudinewsnet.Each(ctx, *corpus, func(a saudinewsnet.Article) error {
		articles++
		m.CountDefiniteWords(documentTokens(a.Title+"\n"+a.Content), seen, inside)
		return nil
	})
	if err != nil {
		return err
	}
	if *counts != "" {
		if err := writeCounts(*counts, seen, inside, *minCount); err != nil {
			return err
		}
	}
	var words []string
	for w, n := range seen {
		if n >= *minCount && float64(inside[w]) <= *maxShare*float64(n) && !places[w] {
			words = append(words, w)
		}
	}
	slices.Sort(words)
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	fmt.Fprintf(bw, "# isnad: common definite nouns, folded (arabic.Fold, without و ف ب ل ك): the %d words with the\n", len(words))
	fmt.Fprintf(bw, "# article seen %d times or more in SaudiNewsNet (%d articles, titles and bodies) that the shipped\n", *minCount, articles)
	fmt.Fprintf(bw, "# tagger (before its decoding rules) puts inside a name in at most %.0f %% of their occurrences,\n", *maxShare*100)
	fmt.Fprintf(bw, "# less the words inside a place of %s. Read by extract/ner/common.go.\n", *train)
	fmt.Fprintf(bw, "# Made by: go run ./extract/ner/internal/nertool common -min %d -max-share %g -o data/ner/common.txt\n", *minCount, *maxShare)
	for _, w := range words {
		fmt.Fprintln(bw, w)
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// documentTokens cuts a text into sentences of tokens as Model.Entities does.
func documentTokens(text string) [][]string {
	norm := arabic.Display(text).Text
	runes := []rune(norm)
	var doc [][]string
	for _, s := range arabic.Sentences(norm) {
		var ws []string
		for _, t := range arabic.Tokenize(string(runes[s.Start:s.End])) {
			ws = append(ws, t.Text)
		}
		doc = append(doc, ws)
	}
	return doc
}

func writeCounts(path string, seen, inside map[string]int, minCount int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	for w, n := range seen {
		if n >= minCount {
			fmt.Fprintf(bw, "%s\t%d\t%d\n", w, n, inside[w])
		}
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
