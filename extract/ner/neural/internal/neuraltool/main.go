// Command neuraltool trains and measures isnad's experimental neural
// entity tagger (package neural) on ANERcorp, alone and combined with the
// perceptron:
//
//	go run ./extract/ner/neural/internal/neuraltool vectors -o /tmp/svd.gob.gz
//	go run ./extract/ner/neural/internal/neuraltool dev -vectors /tmp/svd.gob.gz
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
		fmt.Fprintln(os.Stderr, "usage: neuraltool vectors|dev|cv [flags]")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "dev":
		err = runDev(ctx, os.Args[2:])
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
