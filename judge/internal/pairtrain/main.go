// Command pairtrain learns the contradiction pair model's weights from the
// ANS stance training split and prints them (data/judge/pair-weights.tsv):
//
//	go run ./judge/internal/pairtrain ../shared/data/ans/stance-train.csv > data/judge/pair-weights.tsv
package main

import (
	"fmt"
	"os"

	"github.com/isnad/isnad/judge"
	"github.com/isnad/isnad/judge/internal/ans"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: pairtrain stance-train.csv")
		os.Exit(2)
	}
	pairs, err := ans.Read(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var lp []judge.LabelledPair
	for _, p := range pairs {
		if p.Stance == "agree" || p.Stance == "disagree" {
			lp = append(lp, judge.LabelledPair{A: p.S1, B: p.S2, Contradicts: p.Stance == "disagree"})
		}
	}
	if err := judge.TrainPairModel(lp, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
