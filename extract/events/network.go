package events

import (
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Node is an actor of the network.
type Node struct {
	ID     string `json:"id"` // entity id
	Label  string `json:"label"`
	Events int    `json:"events"` // events the actor takes part in
}

// Edge joins two actors who share events; it keeps the claims that support it.
type Edge struct {
	Source string   `json:"source"`
	Target string   `json:"target"`
	Types  []string `json:"types"`  // event types, sorted
	Claims []string `json:"claims"` // supporting claim ids, sorted
	Weight int      `json:"weight"` // events shared
}

// Graph is the actor network of a corpus.
type Graph struct {
	Nodes []Node `json:"nodes"`
	Edges []Edge `json:"edges"`
}

// Network builds the actor network from events; labels names entities (their id is
// the label when missing). Nodes and edges come out sorted, so the same events always
// give the same graph.
func Network(events []Event, labels map[string]string) Graph {
	nodes := map[string]*Node{}
	type key struct{ a, b string }
	edges := map[key]*Edge{}
	types := map[key]map[string]bool{}
	claims := map[key]map[string]bool{}
	for _, ev := range events {
		var ids []string
		seen := map[string]bool{}
		for _, a := range ev.Actors {
			if a.Entity == "" || seen[a.Entity] {
				continue
			}
			seen[a.Entity] = true
			ids = append(ids, a.Entity)
			n := nodes[a.Entity]
			if n == nil {
				label := labels[a.Entity]
				if label == "" {
					label = a.Entity
				}
				n = &Node{ID: a.Entity, Label: label}
				nodes[a.Entity] = n
			}
			n.Events++
		}
		sort.Strings(ids)
		for i := range ids {
			for j := i + 1; j < len(ids); j++ {
				k := key{ids[i], ids[j]}
				e := edges[k]
				if e == nil {
					e = &Edge{Source: k.a, Target: k.b}
					edges[k] = e
					types[k], claims[k] = map[string]bool{}, map[string]bool{}
				}
				e.Weight++
				types[k][ev.Type] = true
				if ev.Claim != "" {
					claims[k][ev.Claim] = true
				}
			}
		}
	}
	var g Graph
	for _, n := range nodes {
		g.Nodes = append(g.Nodes, *n)
	}
	sort.Slice(g.Nodes, func(i, j int) bool { return g.Nodes[i].ID < g.Nodes[j].ID })
	for k, e := range edges {
		e.Types, e.Claims = sortedKeys(types[k]), sortedKeys(claims[k])
		g.Edges = append(g.Edges, *e)
	}
	sort.Slice(g.Edges, func(i, j int) bool {
		if g.Edges[i].Source != g.Edges[j].Source {
			return g.Edges[i].Source < g.Edges[j].Source
		}
		return g.Edges[i].Target < g.Edges[j].Target
	})
	return g
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// gexf mirrors the parts of GEXF 1.3 isnad writes.
type gexf struct {
	XMLName xml.Name  `xml:"gexf"`
	XMLNS   string    `xml:"xmlns,attr"`
	Version string    `xml:"version,attr"`
	Graph   gexfGraph `xml:"graph"`
}

type gexfGraph struct {
	DefaultEdgeType string        `xml:"defaultedgetype,attr"`
	Attributes      []gexfAttrSet `xml:"attributes"`
	Nodes           []gexfNode    `xml:"nodes>node"`
	Edges           []gexfEdge    `xml:"edges>edge"`
}

type gexfAttrSet struct {
	Class string     `xml:"class,attr"`
	Attrs []gexfAttr `xml:"attribute"`
}

type gexfAttr struct {
	ID    string `xml:"id,attr"`
	Title string `xml:"title,attr"`
	Type  string `xml:"type,attr"`
}

type gexfNode struct {
	ID     string     `xml:"id,attr"`
	Label  string     `xml:"label,attr"`
	Values []gexfAttV `xml:"attvalues>attvalue"`
}

type gexfEdge struct {
	ID     string     `xml:"id,attr"`
	Source string     `xml:"source,attr"`
	Target string     `xml:"target,attr"`
	Weight int        `xml:"weight,attr"`
	Values []gexfAttV `xml:"attvalues>attvalue"`
}

type gexfAttV struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
}

// WriteGEXF writes the graph as GEXF 1.3 (Gephi and most graph tools read it). Event
// types and supporting claims travel as edge attributes.
func (g Graph) WriteGEXF(w io.Writer) error {
	doc := gexf{XMLNS: "http://gexf.net/1.3", Version: "1.3", Graph: gexfGraph{
		DefaultEdgeType: "undirected",
		Attributes: []gexfAttrSet{
			{Class: "node", Attrs: []gexfAttr{{ID: "events", Title: "events", Type: "integer"}}},
			{Class: "edge", Attrs: []gexfAttr{{ID: "types", Title: "types", Type: "string"}, {ID: "claims", Title: "claims", Type: "string"}}},
		},
	}}
	for _, n := range g.Nodes {
		doc.Graph.Nodes = append(doc.Graph.Nodes, gexfNode{ID: n.ID, Label: n.Label,
			Values: []gexfAttV{{For: "events", Value: fmt.Sprint(n.Events)}}})
	}
	for i, e := range g.Edges {
		doc.Graph.Edges = append(doc.Graph.Edges, gexfEdge{ID: fmt.Sprint(i), Source: e.Source, Target: e.Target, Weight: e.Weight,
			Values: []gexfAttV{{For: "types", Value: strings.Join(e.Types, " ")}, {For: "claims", Value: strings.Join(e.Claims, " ")}}})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("writing GEXF: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("writing GEXF: %w", err)
	}
	return enc.Close()
}
