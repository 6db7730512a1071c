package server

import (
	"cmp"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"sync"

	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/extract/events"
)

// Bounds of the network sent to the browser: the actors of most events
// first (?limit=, at most maxGraphNodes), then the heaviest edges among them.
const (
	defaultGraphNodes = 500
	maxGraphNodes     = 5000
	maxGraphEdges     = 20_000
)

// GraphView is the actor network as the network view draws it: each node
// with its place from the server's layout, and how big the whole network
// was before the limit.
type GraphView struct {
	Nodes      []GraphNode   `json:"nodes"`
	Edges      []events.Edge `json:"edges"`
	TotalNodes int           `json:"total_nodes"`
	TotalEdges int           `json:"total_edges"`
}

// GraphNode is an actor with its position (pixels, centred on 0, 0).
type GraphNode struct {
	events.Node
	X float64 `json:"x"`
	Y float64 `json:"y"`
}

// graphMemo keeps, per corpus, the whole unfiltered network and its laid
// out views per limit: the network view opens unfiltered, and building the
// network of SaudiNewsNet's 31,000 events and laying out 2,000 of its
// actors costs far more than sending it.
type graphMemo struct {
	mu    sync.Mutex
	whole *events.Graph
	views map[int]*GraphView
}

// graph is the actor network of the events whose claims pass the filters;
// with actor, only the events that actor takes part in.
func (s *server) graph(r *http.Request) (any, error) {
	f, err := readFilters(r)
	if err != nil {
		return nil, err
	}
	limit := defaultGraphNodes
	if v := r.URL.Query().Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxGraphNodes {
			return nil, badRequest(fmt.Sprintf("limit must be an integer from 1 to %d (nodes), not %q", maxGraphNodes, v))
		}
		limit = n
	}
	x, err := s.corpus(r.Context())
	if err != nil {
		return nil, err
	}
	if f != (filters{}) {
		g := x.network(f)
		return laidOut(&g, limit), nil
	}
	m := &x.graphs
	m.mu.Lock()
	defer m.mu.Unlock()
	if v := m.views[limit]; v != nil {
		return v, nil
	}
	if m.whole == nil {
		g := x.network(f)
		m.whole = &g
	}
	v := laidOut(m.whole, limit)
	if m.views == nil || len(m.views) >= 8 {
		m.views = map[int]*GraphView{} // a few limits are asked for; forget odd ones
	}
	m.views[limit] = v
	return v, nil
}

// network is the actor network of the events passing f.
func (x *corpusIndex) network(f filters) events.Graph {
	labels := make(map[string]string, len(x.a.Entities))
	for _, e := range x.a.Entities {
		labels[e.ID] = e.Name
	}
	var evs []events.Event
	for _, e := range x.a.Events {
		if x.eventMatches(f, e) {
			evs = append(evs, events.FromExport(e))
		}
	}
	return events.Network(evs, labels)
}

// laidOut keeps the limit actors of most events (then by id), the heaviest
// edges among them, and places them.
func laidOut(g *events.Graph, limit int) *GraphView {
	v := &GraphView{Nodes: []GraphNode{}, Edges: []events.Edge{}, TotalNodes: len(g.Nodes), TotalEdges: len(g.Edges)}
	nodes := slices.Clone(g.Nodes)
	slices.SortStableFunc(nodes, func(a, b events.Node) int { return cmp.Or(b.Events-a.Events, cmp.Compare(a.ID, b.ID)) })
	nodes = nodes[:min(limit, len(nodes))]
	at := make(map[string]int32, len(nodes))
	for i, n := range nodes {
		at[n.ID] = int32(i)
	}
	for _, e := range g.Edges {
		_, a := at[e.Source]
		_, b := at[e.Target]
		if a && b {
			v.Edges = append(v.Edges, e)
		}
	}
	if len(v.Edges) > maxGraphEdges {
		slices.SortStableFunc(v.Edges, func(a, b events.Edge) int { return b.Weight - a.Weight })
		v.Edges = v.Edges[:maxGraphEdges]
	}
	pairs := make([][2]int32, len(v.Edges))
	weights := make([]int, len(v.Edges))
	for i, e := range v.Edges {
		pairs[i], weights[i] = [2]int32{at[e.Source], at[e.Target]}, e.Weight
	}
	xs, ys := layout(len(nodes), pairs, weights)
	for i, n := range nodes {
		v.Nodes = append(v.Nodes, GraphNode{Node: n, X: xs[i], Y: ys[i]})
	}
	return v
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
