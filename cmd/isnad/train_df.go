package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/isnad/isnad/internal/progress"
	"github.com/isnad/isnad/link"
	"github.com/isnad/isnad/pipeline"
	"github.com/spf13/cobra"
)

func newTrainDFCommand(a *app) *cobra.Command {
	var in inputFlags
	var out string
	var minDocs uint32
	cmd := &cobra.Command{
		Use:   "df PATH... -o FILE",
		Short: "Count word document frequencies of a reference corpus, for story linking on small corpora",
		Long: `df counts in how many documents of a reference corpus each word appears.
Story linking uses the counts to tell rare words (names, places, figures) from
common ones even when it links only a handful of documents.`,
		Example: `  isnad train df ../shared/corpus/saudinewsnet -o data/link/df.bin.gz`,
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, paths []string) error {
			if out == "" {
				return fmt.Errorf("-o FILE is required")
			}
			b, err := a.countWords(cmd.Context(), &in, paths)
			if err != nil {
				return err
			}
			bg := b.Background(minDocs)
			fmt.Fprintf(a.stdout, "%d documents, %d words in at least %d of them\n", bg.Docs, len(bg.DF), minDocs)
			return writeFile(out, func(f *os.File) error { return bg.Write(f) })
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "write the counts here (.bin.gz)")
	cmd.Flags().Uint32Var(&minDocs, "min-docs", 3, "keep words seen in at least this many documents")
	addInputFlags(cmd, &in)
	return cmd
}

func (a *app) countWords(ctx context.Context, in *inputFlags, paths []string) (*link.BackgroundBuilder, error) {
	src, err := a.source(in, paths)
	if err != nil {
		return nil, err
	}
	b := link.NewBackgroundBuilder()
	seen := map[string]bool{}
	bar := progress.New(a.stderr, a.log, "count words", -1, 5*time.Second)
	defer bar.Finish()
	err = pipeline.Run(ctx, src, pipeline.Options{Workers: in.workers}, func(r pipeline.Result) error {
		bar.Add(1)
		if r.Err != nil || seen[r.Doc.ID] {
			return nil
		}
		seen[r.Doc.ID] = true
		b.Add(r.Doc.Text)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("counting words: %w", err)
	}
	return b, nil
}
