package server

import (
	"math"
	"net/http"
	"testing"
)

// TestLayout: positions are finite and repeatable, no two nodes share a
// place, and linked nodes end up nearer each other than unlinked ones.
func TestLayout(t *testing.T) {
	// Two rings of 30 nodes joined by one edge, and 40 loose nodes.
	const ring, loose = 30, 40
	n := 2*ring + loose
	var edges [][2]int32
	for r := range 2 {
		for i := range ring {
			edges = append(edges, [2]int32{int32(r*ring + i), int32(r*ring + (i+1)%ring)})
		}
	}
	edges = append(edges, [2]int32{0, ring})
	weights := make([]int, len(edges))
	for i := range weights {
		weights[i] = 1 + i%3
	}
	xs, ys := layout(n, edges, weights)
	xs2, ys2 := layout(n, edges, weights)
	dist := func(a, b int) float64 { return math.Hypot(xs[a]-xs[b], ys[a]-ys[b]) }
	seen := map[[2]float64]bool{}
	for i := range n {
		if math.IsNaN(xs[i]) || math.IsInf(xs[i], 0) || math.IsNaN(ys[i]) || math.IsInf(ys[i], 0) {
			t.Fatalf("node %d at (%v, %v)", i, xs[i], ys[i])
		}
		if xs[i] != xs2[i] || ys[i] != ys2[i] {
			t.Fatalf("node %d at (%v, %v), then at (%v, %v): not repeatable", i, xs[i], ys[i], xs2[i], ys2[i])
		}
		p := [2]float64{xs[i], ys[i]}
		if seen[p] {
			t.Errorf("two nodes at %v", p)
		}
		seen[p] = true
	}
	var linked, unlinked float64
	for _, e := range edges {
		linked += dist(int(e[0]), int(e[1]))
	}
	linked /= float64(len(edges))
	pairs := 0
	for i := range ring {
		for j := ring; j < 2*ring; j++ {
			unlinked += dist(i, j)
			pairs++
		}
	}
	unlinked /= float64(pairs)
	if linked >= unlinked/2 {
		t.Errorf("linked nodes %.0f px apart on average, nodes of different rings %.0f: the layout does not group", linked, unlinked)
	}
	if xs0, _ := layout(0, nil, nil); len(xs0) != 0 {
		t.Errorf("empty graph: %d positions", len(xs0))
	}
}

// TestGraphLimit: ?limit= keeps the actors of most events, only edges
// among them, places every node, and refuses a limit out of range.
func TestGraphLimit(t *testing.T) {
	srv, _ := newTestServer(t)
	var whole, top GraphView
	decodeInto(t, get(t, srv, "/api/graph?limit=5000"), &whole)
	if len(whole.Nodes) < 4 || whole.TotalNodes != len(whole.Nodes) {
		t.Fatalf("whole network: %d nodes of %d; the seeds give too few to test", len(whole.Nodes), whole.TotalNodes)
	}
	decodeInto(t, get(t, srv, "/api/graph?limit=3"), &top)
	if len(top.Nodes) != 3 || top.TotalNodes != whole.TotalNodes {
		t.Fatalf("limit=3: %d nodes, total %d (want 3 of %d)", len(top.Nodes), top.TotalNodes, whole.TotalNodes)
	}
	least := top.Nodes[0].Events
	kept := map[string]bool{}
	for _, n := range top.Nodes {
		kept[n.ID] = true
		least = min(least, n.Events)
	}
	for _, n := range whole.Nodes {
		if !kept[n.ID] && n.Events > least {
			t.Errorf("%s (%d events) left out while a node of %d events is kept", n.ID, n.Events, least)
		}
	}
	for _, e := range top.Edges {
		if !kept[e.Source] || !kept[e.Target] {
			t.Errorf("edge %s–%s leaves the kept nodes", e.Source, e.Target)
		}
	}
	placed := map[[2]float64]bool{}
	for _, n := range whole.Nodes {
		placed[[2]float64{n.X, n.Y}] = true
	}
	if len(placed) != len(whole.Nodes) {
		t.Errorf("%d nodes on %d distinct places", len(whole.Nodes), len(placed))
	}
	for _, bad := range []string{"0", "5001", "x"} {
		if resp := get(t, srv, "/api/graph?limit="+bad); resp.StatusCode != http.StatusBadRequest {
			t.Errorf("limit=%s: status %d, want 400", bad, resp.StatusCode)
		}
	}
}
