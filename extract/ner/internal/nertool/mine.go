package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/isnad/isnad/extract/ner"
	"github.com/isnad/isnad/extract/ner/clusters"
)

// runMine writes the name lists mined from SaudiNewsNet after head words
// (ner.MineNames), and with -stats the counts each name was kept by.
func runMine(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("mine", flag.ExitOnError)
	corpus := fs.String("corpus", "../shared/corpus/saudinewsnet", "folder of SaudiNewsNet zips")
	out := fs.String("o", "", "output list (label<TAB>phrase)")
	stats := fs.String("stats", "", "also write label<TAB>name<TAB>after heads<TAB>all occurrences here")
	opt := ner.DefaultMineOptions()
	fs.IntVar(&opt.MinCount, "min-count", opt.MinCount, "a name follows heads of its type at least this often")
	fs.Float64Var(&opt.MinShare, "min-share", opt.MinShare, "share of a name's occurrences that follow such heads")
	fs.Float64Var(&opt.StrongShare, "strong-share", opt.StrongShare, "names below this share are filed under the weak labels")
	fs.Float64Var(&opt.PhraseShare, "phrase-share", opt.PhraseShare, "a longer name follows heads this share as often as its prefix")
	fs.IntVar(&opt.MaxWords, "max-words", opt.MaxWords, "longest unquoted name")
	fs.Parse(args)
	if *out == "" {
		return fmt.Errorf("mine needs -o FILE")
	}
	read := func(emit func([]string)) error { return clusters.ReadSaudiNewsNet(ctx, *corpus, emit) }
	names, err := ner.MineNames(ctx, read, opt)
	if err != nil {
		return err
	}
	byLabel := map[string]int{}
	for _, n := range names {
		byLabel[n.Label]++
	}
	fmt.Fprintf(os.Stderr, "mined %d names: %v\n", len(names), byLabel)
	if err := writeFile(*out, func(w *bufio.Writer) {
		fmt.Fprintf(w, "# isnad name lists mined from SaudiNewsNet (CC BY-NC-SA 4.0) after head words by `nertool mine`\n")
		fmt.Fprintf(w, "# (min-count %d, min-share %.2f, strong-share %.2f, phrase-share %.2f, max-words %d): label<TAB>folded name\n",
			opt.MinCount, opt.MinShare, opt.StrongShare, opt.PhraseShare, opt.MaxWords)
		ner.WriteLexiconTSV(w, ner.MinedLexicon(names))
	}); err != nil {
		return err
	}
	if *stats == "" {
		return nil
	}
	return writeFile(*stats, func(w *bufio.Writer) {
		for _, n := range names {
			fmt.Fprintf(w, "%s\t%s\t%d\t%d\n", n.Label, n.Name, n.Heads, n.Total)
		}
	})
}

func writeFile(path string, write func(*bufio.Writer)) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	write(w)
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return f.Close()
}
