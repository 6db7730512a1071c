package main

import (
	"encoding/json"
	"fmt"

	"github.com/isnad/isnad/store"
	"github.com/isnad/isnad/store/sqlite"
	"github.com/spf13/cobra"
)

func newSearchCommand(a *app) *cobra.Command {
	var opt store.SearchOptions
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "search QUERY",
		Short: "Full-text search of the stored articles, with Arabic matching",
		Long: `search finds stored articles by words, matched the Arabic way: diacritics,
hamza and ta marbuta spellings, clitics (و ب ل ال …) and plural endings do not
matter, so ميليشيا finds الميليشيات and داعش finds داعـ ـش. Quote words for a
phrase, OR between words for either, a leading - to exclude a word. Hits are
ranked best first, each with a snippet; matches are shown «like this».`,
		Example: `  isnad search ميليشيا
  isnad search '"الحرس الثوري" داعش'
  isnad search --json --outlet الحرة --from 2023-01-01 "سجن غويران"`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			query := args[0]
			for _, w := range args[1:] {
				query += " " + w
			}
			st, err := sqlite.Open(cmd.Context(), a.dbPath)
			if err != nil {
				return err
			}
			defer st.Close()
			hits, err := st.Search(cmd.Context(), query, opt)
			if err != nil {
				return fmt.Errorf("searching for %q: %w", query, err)
			}
			if asJSON {
				enc := json.NewEncoder(a.stdout)
				enc.SetEscapeHTML(false)
				enc.SetIndent("", "  ")
				if hits == nil {
					hits = []store.Hit{}
				}
				return enc.Encode(hits)
			}
			if len(hits) == 0 {
				fmt.Fprintf(a.stderr, "nothing found for %q\n", query)
				return nil
			}
			for i, h := range hits {
				fmt.Fprintf(a.stdout, "%d. %s  [%s %s] %s\n   %s\n", i+1, orDash(h.Title), orDash(h.Outlet), orDash(h.Published), h.ID, h.Snippet.Plain())
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the hits as JSON")
	cmd.Flags().IntVar(&opt.Limit, "limit", 10, "how many hits")
	cmd.Flags().IntVar(&opt.Offset, "offset", 0, "skip this many hits first")
	cmd.Flags().StringVar(&opt.Outlet, "outlet", "", "only this outlet (canonical name)")
	cmd.Flags().StringVar(&opt.From, "from", "", "only articles published on or after YYYY-MM-DD")
	cmd.Flags().StringVar(&opt.To, "to", "", "only articles published on or before YYYY-MM-DD")
	return cmd
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
