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

func newLinkCommand(a *app) *cobra.Command {
	var in inputFlags
	cmd := &cobra.Command{
		Use:   "link",
		Short: "Recompute stories, claim groups, grades and contradictions over the whole store",
		Long: `link reads every stored document with its analysis and recomputes what holds
across documents: stories (copies and rewrites), claim groups with their
independent origins and Admiralty grades, and contradictions. ingest runs it
at the end; run it alone after ingest --no-link, or after editing the source
reliability table (--reliability). The letters analysts set in the web UI
(kept in the store) apply over the table.`,
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
	start := time.Now()
	bar := progress.New(a.stderr, a.log, "link", -1, 5*time.Second)
	out, err := intake.Relink(ctx, st, in.reliabilityPath, intake.LinkOptions{
		ReasonLanguage: in.reasonLanguage, Document: func() { bar.Add(1) },
	})
	bar.Finish()
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "linked %d documents in %.1fs: %d stories, %d claim groups, %d contradictions\n",
		len(out.Documents), time.Since(start).Seconds(), len(out.Stories), len(out.ClaimGroups), len(out.Contradictions))
	return nil
}
