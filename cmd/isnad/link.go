package main

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/internal/progress"
	"github.com/isnad/isnad/judge"
	"github.com/isnad/isnad/pipeline"
	"github.com/isnad/isnad/server"
	"github.com/isnad/isnad/store"
	"github.com/isnad/isnad/store/sqlite"
	"github.com/spf13/cobra"
)

func newLinkCommand(a *app) *cobra.Command {
	var in inputFlags
	cmd := &cobra.Command{
		Use:   "link",
		Short: "Recompute stories, claim groups, grades and contradictions over the whole store",
		Long: `link reads every stored document with its analysis and recomputes what holds
across documents: stories (copies and rewrites), claim groups with their
independent origins and Admiralty grades, and contradictions. ingest runs it
at the end; run it alone after ingest --no-link, or after editing the source
reliability table (--reliability).`,
		Example: `  isnad link
  isnad --db news.db link --reliability my-sources.tsv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := sqlite.Open(cmd.Context(), a.dbPath)
			if err != nil {
				return err
			}
			defer st.Close()
			return a.relink(cmd.Context(), st, &in)
		},
	}
	cmd.Flags().StringVar(&in.reliabilityPath, "reliability", "", "your own source-reliability table instead of the shipped defaults")
	return cmd
}

// relink recomputes the corpus-level results over every stored document and
// saves them in the store for the API and the UI.
func (a *app) relink(ctx context.Context, st store.Store, in *inputFlags) error {
	rel, err := in.reliability()
	if err != nil {
		return err
	}
	lang := in.reasonLanguage
	if lang == "" {
		lang = "ar" // the stored results are read in the Arabic UI first
	}
	j, err := judge.NewChecked(rel, judge.Options{ReasonLanguage: lang})
	if err != nil {
		return fmt.Errorf("preparing the judge: %w", err)
	}
	corpus, err := pipeline.NewCorpus(j)
	if err != nil {
		return err
	}
	start := time.Now()
	bar := progress.New(a.stderr, a.log, "link", -1, 5*time.Second)
	err = st.ForEachAnalysis(ctx, func(d isnad.Document, da export.DocumentAnalysis) error {
		bar.Add(1)
		return corpus.AddStored(d, &da)
	})
	bar.Finish()
	if err != nil {
		return fmt.Errorf("reading the store: %w", err)
	}
	out, err := corpus.Finish(ctx)
	if err != nil {
		return err
	}
	for _, r := range []struct {
		key string
		v   any
	}{{server.KeyStories, out.Stories}, {server.KeyClaimGroups, out.ClaimGroups}, {server.KeyContradictions, out.Contradictions}} {
		b, err := json.Marshal(r.v)
		if err != nil {
			return fmt.Errorf("encoding %s: %w", r.key, err)
		}
		if err := st.PutCorpusResults(ctx, r.key, b); err != nil {
			return fmt.Errorf("saving %s: %w", r.key, err)
		}
	}
	fmt.Fprintf(a.stdout, "linked %d documents in %.1fs: %d stories, %d claim groups, %d contradictions\n",
		len(out.Documents), time.Since(start).Seconds(), len(out.Stories), len(out.ClaimGroups), len(out.Contradictions))
	return nil
}
