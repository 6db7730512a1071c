// Command isnad reads Arabic news and tells who claims what, on whose word,
// and how many independent sources stand behind it.
//
// Each subcommand lives in its own file; this one wires the root command,
// the logger and the exit code.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

// Exit codes: 0 all went well, 1 some inputs failed (the rest was done),
// 2 the command could not run.
const (
	exitOK      = 0
	exitPartial = 1
	exitFailure = 2
)

// errPartial marks a run that finished but could not read every input.
var errPartial = errors.New("some inputs failed")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := newRootCommand(os.Stdout, os.Stderr).ExecuteContext(ctx)
	switch {
	case err == nil:
		os.Exit(exitOK)
	case errors.Is(err, errPartial):
		os.Exit(exitPartial)
	default:
		fmt.Fprintln(os.Stderr, "isnad:", err)
		os.Exit(exitFailure)
	}
}
