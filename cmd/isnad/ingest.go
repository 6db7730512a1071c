package main

import (
	"context"
	"fmt"
	"time"

	"github.com/isnad/isnad/internal/intake"
	"github.com/isnad/isnad/internal/progress"
	"github.com/isnad/isnad/store"
	"github.com/isnad/isnad/store/sqlite"
	"github.com/spf13/cobra"
)

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

// ingest streams paths into st through the shared intake (the HTTP API's
// uploads take the same road) and counts what happened.
func (a *app) ingest(ctx context.Context, st store.Store, in *inputFlags, paths []string, analyse bool) (tally, error) {
	g, err := intake.New(intake.Options{MaxFileBytes: in.maxFileMB << 20, Workers: in.workers, Analyse: analyse})
	if err != nil {
		return tally{}, err
	}
	bar := progress.New(a.stderr, a.log, "ingest", -1, 5*time.Second)
	defer bar.Finish()
	stored := 0
	it, err := g.Ingest(ctx, st, paths, intake.Hooks{
		Progress: func(t intake.Tally) {
			if n := t.New + t.Duplicate; n > stored {
				bar.Add(n - stored)
				stored = n
			}
		},
		Failed: func(err error) { fmt.Fprintln(a.stderr, err) },
	})
	return tally{read: it.Read, fresh: it.New, duplicate: it.Duplicate, failed: it.Failed, textBytes: it.TextBytes}, err
}
