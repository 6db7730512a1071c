package main

import (
	"context"
	"fmt"
	"time"

	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/internal/progress"
	"github.com/isnad/isnad/judge"
	"github.com/isnad/isnad/pipeline"
	"github.com/spf13/cobra"
)

func newAnalyzeCommand(a *app) *cobra.Command {
	var in inputFlags
	var jsonl bool
	cmd := &cobra.Command{
		Use:   "analyze PATH...",
		Short: "Print the analysis JSON of articles (no store needed)",
		Long: `analyze reads articles (text, HTML, JSON, JSONL, zip, directories, or - for
standard input), cleans them and prints one JSON object with everything isnad
found: documents, entities, times, quantities, claims with their chains,
events, stories, claim groups and contradictions. The format is described in
docs/analysis-json.md. Inputs that cannot be read are reported on standard
error and in "errors"; the others are still analysed (exit code 1).`,
		Example: `  isnad analyze testdata/seeds
  isnad analyze --jsonl ../shared/corpus/saudinewsnet/2015-07-21.zip > out.jsonl
  curl -s https://example.org/a.html | isnad analyze -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, paths []string) error {
			out, t, err := a.analyze(cmd.Context(), &in, paths)
			if err != nil {
				return err
			}
			write := export.WriteJSON
			if jsonl {
				write = export.WriteJSONL
			}
			if err := write(a.stdout, out); err != nil {
				return err
			}
			return t.err()
		},
	}
	cmd.Flags().BoolVar(&jsonl, "jsonl", false, `one JSON object per line, each with a "record" field naming its array`)
	addInputFlags(cmd, &in)
	return cmd
}

// analyze runs the whole analysis over paths in memory: every document
// through the single-document stages, then the corpus-level ones.
func (a *app) analyze(ctx context.Context, in *inputFlags, paths []string) (*export.Analysis, tally, error) {
	var t tally
	src, err := a.source(in, paths)
	if err != nil {
		return nil, t, err
	}
	x, err := pipeline.LoadExtractors()
	if err != nil {
		return nil, t, err
	}
	rel, err := in.reliability()
	if err != nil {
		return nil, t, err
	}
	j, err := judge.NewChecked(rel, judge.Options{ReasonLanguage: in.reasonLanguage})
	if err != nil {
		return nil, t, fmt.Errorf("preparing the judge: %w", err)
	}
	corpus, err := pipeline.NewCorpus(j)
	if err != nil {
		return nil, t, err
	}
	seen := map[string]bool{}
	var failed []export.InputError
	bar := progress.New(a.stderr, a.log, "analyze", -1, 5*time.Second)
	err = pipeline.Run(ctx, src, pipeline.Options{Workers: in.workers, Stages: []pipeline.Stage{x}}, func(r pipeline.Result) error {
		bar.Add(1)
		if r.Err != nil {
			t.failed++
			fmt.Fprintln(a.stderr, r.Err)
			failed = append(failed, export.InputError{Source: r.Doc.Source, Error: r.Err.Error()})
			return nil
		}
		t.read++
		if seen[r.Doc.ID] {
			t.duplicate++
			a.log.Debug("same text read twice", "id", r.Doc.ID, "source", r.Doc.Source)
			return nil
		}
		seen[r.Doc.ID] = true
		t.fresh++
		return corpus.Add(r.Doc, r.Analysis)
	})
	bar.Finish()
	if err != nil {
		return nil, t, fmt.Errorf("analysing: %w", err)
	}
	out, err := corpus.Finish(ctx)
	if err != nil {
		return nil, t, err
	}
	out.Errors = failed
	a.log.Info("analysed", "read", t.read, "documents", t.fresh, "duplicate", t.duplicate, "failed", t.failed)
	return out, t, nil
}

func addInputFlags(cmd *cobra.Command, in *inputFlags) {
	cmd.Flags().Int64Var(&in.maxFileMB, "max-file-mb", 50, "refuse files (and zip members) larger than this many MB")
	cmd.Flags().IntVar(&in.workers, "workers", 0, "documents processed at once (0: one per CPU)")
	cmd.Flags().StringVar(&in.reliabilityPath, "reliability", "", "your own source-reliability table (TSV, see data/judge/reliability.tsv) instead of the shipped defaults")
}

// reliability is the user's source-reliability table, or the shipped one.
func (f *inputFlags) reliability() (*judge.Reliability, error) {
	if f.reliabilityPath != "" {
		return judge.LoadReliability(f.reliabilityPath)
	}
	return judge.DefaultReliability()
}
