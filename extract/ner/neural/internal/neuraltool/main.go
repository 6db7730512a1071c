// Command neuraltool trains and measures isnad's experimental neural
// entity tagger (package neural) on ANERcorp, alone and combined with the
// stacked perceptron of package ner (data/ner/PROVENANCE.md has the
// figures). From the repository root:
//
//	go run ./extract/ner/neural/internal/neuraltool vectors -o /tmp/svd.gob.gz        # SaudiNewsNet PPMI-SVD vectors, ~1 min
//	go run ./extract/ner/neural/internal/neuraltool dev -epochs 8                      # the network alone on the 10 % dev split
//	go run ./extract/ner/neural/internal/neuraltool stack -epochs 8 [-extra none|tag|full]               # + stacked perceptron, dev split
//	go run ./extract/ner/neural/internal/neuraltool stack -epochs 8 -cv 5 -nested=false [-dump F.gob]    # the same, 5-fold
//	go run ./extract/ner/neural/internal/neuraltool vote -epochs 8 [-cv 5 -perceptron F.gob]            # perceptron + the network's confident extra entities
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: neuraltool vectors|dev|stack|vote [flags]")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "dev":
		err = runDev(ctx, os.Args[2:])
	case "vectors":
		err = runVectors(ctx, os.Args[2:])
	case "vote":
		err = runVote(ctx, os.Args[2:])
	case "stack":
		err = runStack(ctx, os.Args[2:])
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "neuraltool:", err)
		os.Exit(1)
	}
}
