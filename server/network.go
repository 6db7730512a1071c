package server

import (
	"net/http"
	"slices"

	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/extract/events"
)

// maxGraphEdges bounds the network sent to the browser; the heaviest edges
// are kept.
const maxGraphEdges = 20_000

// graph is the actor network of the events whose claims pass the filters;
// with actor, only the events that actor takes part in.
func (s *server) graph(r *http.Request) (any, error) {
	f, err := readFilters(r)
	if err != nil {
		return nil, err
	}
	x, err := s.corpus(r.Context())
	if err != nil {
		return nil, err
	}
	labels := make(map[string]string, len(x.a.Entities))
	for _, e := range x.a.Entities {
		labels[e.ID] = e.Name
	}
	var evs []events.Event
	for _, e := range x.a.Events {
		if !x.eventMatches(f, e) {
			continue
		}
		evs = append(evs, events.FromExport(e))
	}
	g := events.Network(evs, labels)
	if g.Nodes == nil {
		g.Nodes = []events.Node{}
	}
	if g.Edges == nil {
		g.Edges = []events.Edge{}
	}
	if len(g.Edges) > maxGraphEdges {
		slices.SortStableFunc(g.Edges, func(a, b events.Edge) int { return b.Weight - a.Weight })
		g.Edges = g.Edges[:maxGraphEdges]
	}
	return g, nil
}

func (x *corpusIndex) eventMatches(f filters, e export.Event) bool {
	if f.Actor != "" && !slices.ContainsFunc(e.Actors, func(a export.EventActor) bool { return a.Entity == f.Actor }) {
		return false
	}
	if f.Outlet == "" && f.From == "" && f.To == "" && f.Grade == 0 {
		return true
	}
	c := x.claims[e.Claim]
	if c == nil {
		return false
	}
	return x.claimMatches(filters{Filter: f.Filter, Grade: f.Grade}, c)
}
