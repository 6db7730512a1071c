package main

import (
	"encoding/json"
	"fmt"

	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/extract/events"
	"github.com/spf13/cobra"
)

func newGraphCommand(a *app) *cobra.Command {
	var in inputFlags
	var format string
	cmd := &cobra.Command{
		Use:   "graph PATH...",
		Short: "Export the actor network of a corpus (GEXF for Gephi, or JSON)",
		Long: `graph analyses the articles and prints the actor network: actors are nodes,
and two actors are joined when an event (meet, agree, supply, attack, kill,
release, transfer, announce) read from a claim names both. Each edge keeps the
event types and the claims that support it, so every line of the picture can
be checked against the text. GEXF opens in Gephi; JSON is for scripts.`,
		Example: `  isnad graph testdata/seeds > seeds.gexf
  isnad graph --format json testdata/seeds | jq '.edges[0]'`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, paths []string) error {
			if format != "gexf" && format != "json" {
				return fmt.Errorf("--format must be gexf or json, not %q", format)
			}
			out, t, err := a.analyze(cmd.Context(), &in, paths)
			if err != nil {
				return err
			}
			g := actorNetwork(out)
			if format == "json" {
				enc := json.NewEncoder(a.stdout)
				enc.SetEscapeHTML(false)
				enc.SetIndent("", "  ")
				if err := enc.Encode(g); err != nil {
					return fmt.Errorf("writing the network: %w", err)
				}
			} else if err := g.WriteGEXF(a.stdout); err != nil {
				return fmt.Errorf("writing the network: %w", err)
			}
			return t.err()
		},
	}
	cmd.Flags().StringVar(&format, "format", "gexf", "gexf or json")
	addInputFlags(cmd, &in)
	return cmd
}

// actorNetwork builds the network from an analysis's events, labelled with
// the entities' canonical names.
func actorNetwork(a *export.Analysis) events.Graph {
	labels := make(map[string]string, len(a.Entities))
	for _, e := range a.Entities {
		labels[e.ID] = e.Name
	}
	evs := make([]events.Event, 0, len(a.Events))
	for _, e := range a.Events {
		evs = append(evs, events.FromExport(e))
	}
	return events.Network(evs, labels)
}
