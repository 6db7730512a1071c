package main

import (
	"context"
	"fmt"
	"time"

	"github.com/isnad/isnad/internal/progress"
	"github.com/isnad/isnad/pipeline"
	"github.com/isnad/isnad/store"
	"github.com/isnad/isnad/store/sqlite"
	"github.com/spf13/cobra"
)

// batchSize is how many documents one store transaction writes: large
// enough to amortise the commit, small enough that a failure loses little
// work (never stored work: a failed batch rolls back whole).
const batchSize = 500

func newIngestCommand(a *app) *cobra.Command {
	var in inputFlags
	var textOnly, noLink bool
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Read, clean and store articles, indexed for search",
		Long: `ingest reads articles (text, HTML, JSON, JSONL, zip, directories, or - for
standard input), removes page chrome, finds outlet, date, title and credits,
and stores each document once in the store (--db, default isnad.db). Running
it again on the same articles stores nothing new: a document is identified by
its normalised text. Each document is analysed on the way in (entities, times,
quantities, claims with their chains, events) and the analysis is stored with
it; then the corpus-level results (stories, claim groups with grades,
contradictions) are recomputed over the whole store (see isnad link).
Inputs that cannot be read are reported one line each; the rest is stored and
the exit code is 1. A summary closes every run.`,
		Example: `  isnad ingest testdata/seeds
  isnad --db news.db ingest ../shared/corpus/saudinewsnet
  isnad ingest page.html export.jsonl archive.zip`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, paths []string) error {
			st, err := sqlite.Open(cmd.Context(), a.dbPath)
			if err != nil {
				return err
			}
			defer st.Close()
			t, err := a.ingest(cmd.Context(), st, &in, paths, !textOnly)
			fmt.Fprintln(a.stdout, t)
			if err != nil {
				return err
			}
			if !textOnly && !noLink {
				if err := a.relink(cmd.Context(), st, &in); err != nil {
					return err
				}
			}
			if t.failed > 0 {
				return errPartial
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&textOnly, "text-only", false, "store the cleaned documents only, without analysing them")
	cmd.Flags().BoolVar(&noLink, "no-link", false, "do not recompute the corpus-level results now (run isnad link later)")
	addInputFlags(cmd, &in)
	return cmd
}

// ingest streams paths into st in batches and counts what happened.
func (a *app) ingest(ctx context.Context, st store.Store, in *inputFlags, paths []string, analyse bool) (tally, error) {
	var t tally
	src, err := a.source(in, paths)
	if err != nil {
		return t, err
	}
	var stages []pipeline.Stage
	if analyse {
		x, err := pipeline.LoadExtractors()
		if err != nil {
			return t, err
		}
		stages = append(stages, x)
	}
	bar := progress.New(a.stderr, a.log, "ingest", -1, 5*time.Second)
	defer bar.Finish()
	// The store writes on its own goroutine while the pipeline reads and
	// analyses the next batch: one writer, one batch queued at most.
	batches := make(chan []store.Analyzed, 1)
	written := make(chan error, 1)
	go func() {
		var failed error
		for b := range batches {
			if failed != nil {
				continue // drain: the run is stopping
			}
			res, err := st.PutAnalyzed(ctx, b)
			if err != nil {
				failed = fmt.Errorf("storing a batch of %d documents (nothing of it was kept): %w", len(b), err)
				continue
			}
			for _, r := range res {
				if r.Status == store.Duplicate {
					t.duplicate++
				} else {
					t.fresh++
				}
			}
			bar.Add(len(b))
		}
		written <- failed
	}()
	batch := make([]store.Analyzed, 0, batchSize)
	flush := func() {
		if len(batch) > 0 {
			batches <- batch
			batch = make([]store.Analyzed, 0, batchSize)
		}
	}
	err = pipeline.Run(ctx, src, pipeline.Options{Workers: in.workers, Stages: stages}, func(r pipeline.Result) error {
		if r.Err != nil {
			t.failed++
			fmt.Fprintln(a.stderr, r.Err)
			return nil
		}
		t.read++
		item := store.Analyzed{Doc: r.Doc}
		if r.Analysis != nil {
			da := pipeline.Document(r.Doc, r.Analysis)
			item.Analysis = &da
		}
		// One document the store would refuse must not cost its whole batch.
		if err := store.ValidateAnalyzed(0, item); err != nil {
			t.failed++
			fmt.Fprintf(a.stderr, "%s: not stored: %v\n", r.Doc.Source, err)
			return nil
		}
		t.textBytes += int64(len(r.Doc.Text))
		batch = append(batch, item)
		if len(batch) == batchSize {
			flush()
		}
		return nil
	})
	if err == nil {
		flush()
	}
	close(batches)
	// fresh and duplicate are the writer's until it is done.
	if werr := <-written; err == nil {
		err = werr
	}
	if err != nil {
		return t, fmt.Errorf("ingesting: %w", err)
	}
	return t, nil
}
