package main

import (
	"io"
	"log/slog"
	"strings"

	"github.com/spf13/cobra"
)

// app carries what every subcommand shares: the output streams and the
// global flags. Commands get it passed in; nothing is global.
type app struct {
	stdout, stderr io.Writer
	dbPath         string
	logLevel       string
	cpuProfile     string
	log            *slog.Logger
}

func newRootCommand(stdout, stderr io.Writer) *cobra.Command {
	a := &app{stdout: stdout, stderr: stderr}
	root := &cobra.Command{
		Use:   "isnad",
		Short: "Trace who claims what in Arabic news, on whose word, and how many independent sources stand behind it",
		Long: `isnad (إسناد, "chain of transmission") reads Arabic news articles and finds, for each
claim, the chain of sources it rests on, and how many independent origins
really stand behind it.

Typical use:
  isnad ingest ./articles/           # store and index a folder of articles
  isnad search "ميليشيا"              # full-text search with Arabic matching
  isnad analyze testdata/seeds       # print the analysis JSON, no store needed`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			var level slog.Level
			if err := level.UnmarshalText([]byte(strings.ToUpper(a.logLevel))); err != nil {
				return err
			}
			a.log = slog.New(slog.NewTextHandler(a.stderr, &slog.HandlerOptions{Level: level}))
			return nil
		},
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.PersistentFlags().StringVar(&a.dbPath, "db", "isnad.db", "the store: a SQLite file")
	root.PersistentFlags().StringVar(&a.logLevel, "log-level", "info", "debug, info, warn or error")
	root.AddCommand(
		newAnalyzeCommand(a),
		newIngestCommand(a),
		newSearchCommand(a),
		newBenchCommand(a),
		newDemoCommand(a),
		newGraphCommand(a),
		newLinkCommand(a),
		newReportCommand(a),
		newServeCommand(a),
		newTokenCommand(a),
		newTrainCommand(a),
		newEvalCommand(a),
		newVersionCommand(a),
	)
	return root
}
