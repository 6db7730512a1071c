package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/isnad/isnad/extract/actors"
	"github.com/isnad/isnad/extract/ner"
)

// runRules measures the decoding rules (ner.Model.FixTags) on a tag dump
// (`train -dump`: token, gold tag, predicted tag a line): applied to the
// gold tags, every change is a true name the rules would cut; applied to
// the predictions, the changes and the score before and after.
func runRules(args []string) error {
	fs := flag.NewFlagSet("rules", flag.ExitOnError)
	dump := fs.String("dump", "", "tag dump written by train -dump")
	withActors := fs.Bool("actors", true, "read the actor lexicon as a gazetteer too, as the pipeline does")
	fs.Parse(args)
	m, err := ner.Default()
	if err != nil {
		return err
	}
	if *withActors {
		lex, err := actors.LoadDefault()
		if err != nil {
			return err
		}
		m = m.WithGazetteer(lex.Gazetteer())
	}
	f, err := os.Open(*dump)
	if err != nil {
		return err
	}
	defer f.Close()
	var toks, gold, pred [][]string
	var t, g, p []string
	sc := bufio.NewScanner(f)
	flush := func() {
		if len(t) > 0 {
			toks, gold, pred = append(toks, t), append(gold, g), append(pred, p)
			t, g, p = nil, nil, nil
		}
	}
	for sc.Scan() {
		fl := strings.Fields(sc.Text())
		if len(fl) < 3 {
			flush()
			continue
		}
		t, g, p = append(t, fl[0]), append(g, fl[1]), append(p, fl[2])
	}
	flush()
	if err := sc.Err(); err != nil {
		return err
	}
	fixedGold := m.FixTags(toks, gold)
	fmt.Println("gold tags changed by the rules:")
	showChanges(toks, gold, fixedGold, gold)
	fixedPred := m.FixTags(toks, pred)
	fmt.Println("predicted tags changed by the rules:")
	showChanges(toks, pred, fixedPred, gold)
	fmt.Println("before:")
	ner.Evaluate(gold, pred).Write(os.Stdout)
	fmt.Println("after:")
	return ner.Evaluate(gold, fixedPred).Write(os.Stdout)
}

func showChanges(toks, before, after, gold [][]string) {
	n := 0
	for s := range toks {
		if slices.Equal(before[s], after[s]) {
			continue
		}
		n++
		var b strings.Builder
		for i, w := range toks[s] {
			if before[s][i] != after[s][i] {
				fmt.Fprintf(&b, " %s[%s→%s gold %s]", w, before[s][i], after[s][i], gold[s][i])
			} else if before[s][i] != "O" {
				fmt.Fprintf(&b, " %s/%s", w, before[s][i])
			} else {
				fmt.Fprintf(&b, " %s", w)
			}
		}
		fmt.Println(" ", b.String())
	}
	fmt.Printf("  %d sentences changed\n", n)
}
