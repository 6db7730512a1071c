package main

import (
	"fmt"
	"os"

	"github.com/isnad/isnad/report"
	"github.com/isnad/isnad/server"
	"github.com/isnad/isnad/store"
	"github.com/isnad/isnad/store/sqlite"
	"github.com/spf13/cobra"
)

func newDemoCommand(a *app) *cobra.Command {
	var in inputFlags
	var dbPath, reportPath, addr string
	var noServe bool
	cmd := &cobra.Command{
		Use:   "demo [PATH...]",
		Short: "Analyse the sample corpus into a fresh store and show what isnad found",
		Long: `demo is the quickest look at isnad: it reads the sample corpus (the five
seed articles in testdata/seeds, or the paths given) into a fresh store
(isnad-demo.db, recreated each time, so your own isnad.db is never touched),
analyses every document, links them (stories, claim groups, grades,
contradictions), prints a summary, writes the full report to isnad-demo.md,
and serves the web UI on http://127.0.0.1:8080/ until Ctrl-C.`,
		Example: `  isnad demo
  isnad demo ../shared/corpus/saudinewsnet/2015-07-21.zip`,
		RunE: func(cmd *cobra.Command, paths []string) error {
			if len(paths) == 0 {
				paths = []string{"testdata/seeds"}
			}
			for _, suffix := range []string{"", "-wal", "-shm"} {
				if err := os.Remove(dbPath + suffix); err != nil && !os.IsNotExist(err) {
					return fmt.Errorf("recreating the demo store %s: %w", dbPath, err)
				}
			}
			st, err := sqlite.Open(cmd.Context(), dbPath)
			if err != nil {
				return err
			}
			defer st.Close()
			t, err := a.ingest(cmd.Context(), st, &in, paths, true)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "read %s into %s: %s\n", paths, dbPath, t)
			stats, err := st.Stats(cmd.Context())
			if err != nil {
				return err
			}
			for _, o := range stats.Outlets {
				fmt.Fprintf(a.stdout, "  %-24s %d documents\n", orDash(o.Outlet), o.Documents)
			}
			const query = "ميليشيا"
			hits, err := st.Search(cmd.Context(), query, store.SearchOptions{})
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "\nsearch %q (finds every inflection, e.g. الميليشيات): %d documents\n", query, len(hits))
			for _, h := range hits {
				fmt.Fprintf(a.stdout, "  %s  %s\n", h.ID, h.Snippet.Plain())
			}
			if err := a.relink(cmd.Context(), st, &in); err != nil {
				return err
			}
			out, err := server.StoreCorpus(st)(cmd.Context())
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "\nanalysis: %d entities, %d claims, %d events, %d stories, %d claim groups, %d contradictions\n",
				len(out.Entities), len(out.Claims), len(out.Events), len(out.Stories), len(out.ClaimGroups), len(out.Contradictions))
			for _, s := range out.Stories {
				// The evidence in the language of the reasons printed below.
				evidence := s.Evidence
				if ar := s.EvidenceByLang["ar"]; ar != "" {
					evidence = ar
				}
				fmt.Fprintf(a.stdout, "  story (%s): %s\n", s.Kind, evidence)
			}
			for _, c := range out.Contradictions {
				fmt.Fprintf(a.stdout, "  contradiction (%s): %s\n", c.Attribute, c.Reason)
			}
			if err := writeFile(reportPath, func(f *os.File) error { return report.Write(f, out, "ar") }); err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "\nthe full report (claims, chains, grades and reasons): %s\n", reportPath)
			fmt.Fprintf(a.stdout, "next: isnad --db %s search داعش   |   isnad analyze %s   |   isnad graph %s > network.gexf\n", dbPath, paths[0], paths[0])
			if noServe {
				return nil
			}
			return a.serve(cmd.Context(), st, addr)
		},
	}
	cmd.Flags().StringVar(&dbPath, "demo-db", "isnad-demo.db", "the demo's store, recreated on every run")
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "where to serve the web UI (loopback only)")
	cmd.Flags().BoolVar(&noServe, "no-serve", false, "stop after the analysis instead of serving the web UI")
	cmd.Flags().StringVar(&reportPath, "report", "isnad-demo.md", "where to write the demo's Markdown report")
	addInputFlags(cmd, &in)
	return cmd
}
