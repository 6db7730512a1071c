package main

import (
	"context"
	"fmt"

	"github.com/isnad/isnad/extract/actors"
	"github.com/isnad/isnad/ingest"
	"github.com/isnad/isnad/pipeline"
)

// inputFlags are the reading limits every command that reads files shares.
type inputFlags struct {
	maxFileMB       int64
	workers         int
	reliabilityPath string
	reasonLanguage  string // of the judge's reasons: "en" (default) or "ar"
}

// source reads paths with the ingest stage as a pipeline source. Outlet
// names are resolved through the actor lexicon, so that a document's outlet
// and the entity of that outlet carry one canonical name.
func (a *app) source(f *inputFlags, paths []string) (pipeline.Source, error) {
	lex, err := actors.LoadDefault()
	if err != nil {
		return nil, fmt.Errorf("loading the actor lexicon: %w", err)
	}
	r, err := ingest.New(ingest.Options{MaxFileBytes: f.maxFileMB << 20, Workers: f.workers, Outlets: lex})
	if err != nil {
		return nil, fmt.Errorf("preparing the readers: %w", err)
	}
	return func(ctx context.Context, emit func(pipeline.Input) error) error {
		return r.Read(ctx, paths, func(it ingest.Item) error {
			return emit(pipeline.Input{Doc: it.Doc, Err: it.Err})
		})
	}, nil
}

// tally counts what a run did with its inputs, for the closing summary.
type tally struct {
	read, fresh, duplicate, failed int
	textBytes                      int64 // of the documents read, after cleaning
}

func (t tally) String() string {
	return fmt.Sprintf("read=%d new=%d duplicate=%d failed=%d", t.read, t.fresh, t.duplicate, t.failed)
}

// err is errPartial when some inputs failed: the run's work is done but the
// exit code must say it was not whole.
func (t tally) err() error {
	if t.failed > 0 {
		return errPartial
	}
	return nil
}
