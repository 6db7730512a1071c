package main

import (
	"fmt"

	"github.com/isnad/isnad/report"
	"github.com/spf13/cobra"
)

func newReportCommand(a *app) *cobra.Command {
	var in inputFlags
	var lang string
	cmd := &cobra.Command{
		Use:   "report PATH...",
		Short: "Write a readable Markdown report of a corpus",
		Long: `report analyses the articles and writes a Markdown report an analyst can
read and check: the claims that matter with their chains of sources, how many
independent origins stand behind each, the Admiralty grade with its reason,
the stories (copies and rewrites, with shared passages), the contradictions
side by side, and the old stories republished as new. Arabic by default.`,
		Example: `  isnad report testdata/seeds > seeds.md
  isnad report --lang en testdata/seeds > seeds-en.md`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, paths []string) error {
			if lang != "ar" && lang != "en" {
				return fmt.Errorf("--lang must be ar or en, not %q", lang)
			}
			in.reasonLanguage = lang
			out, t, err := a.analyze(cmd.Context(), &in, paths)
			if err != nil {
				return err
			}
			if err := report.Write(a.stdout, out, lang); err != nil {
				return fmt.Errorf("writing the report: %w", err)
			}
			return t.err()
		},
	}
	cmd.Flags().StringVar(&lang, "lang", "ar", "ar or en")
	addInputFlags(cmd, &in)
	return cmd
}
