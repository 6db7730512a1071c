package sqlite

import (
	"context"
	"fmt"
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/ingest"
	"github.com/isnad/isnad/internal/testenv"
	"github.com/isnad/isnad/pipeline"
	"github.com/isnad/isnad/store"
)

// analyse runs the shipped single-document stages on docs, as `isnad
// analyze` does, and pairs each document with its analysis.
func analyse(tb testing.TB, docs []isnad.Document) []store.Analyzed {
	tb.Helper()
	x, err := pipeline.LoadExtractors()
	if err != nil {
		tb.Fatal(err)
	}
	out := make([]store.Analyzed, len(docs))
	for i, d := range docs {
		r := &pipeline.Result{Doc: d}
		if err := x.Process(context.Background(), r); err != nil {
			tb.Fatalf("analysing %s: %v", d.Source, err)
		}
		a := pipeline.Document(d, r.Analysis)
		out[i] = store.Analyzed{Doc: d, Analysis: &a}
	}
	return out
}

// seedDocuments reads the seed articles as ingest does.
func seedDocuments(tb testing.TB) []isnad.Document {
	tb.Helper()
	var docs []isnad.Document
	err := ingest.Read(context.Background(), []string{testenv.Seeds(tb)}, ingest.Options{}, func(it ingest.Item) error {
		if it.Err != nil {
			return it.Err
		}
		docs = append(docs, it.Doc)
		return nil
	})
	if err != nil || len(docs) == 0 {
		tb.Fatalf("reading the seeds: %d documents, %v", len(docs), err)
	}
	return docs
}

func putAnalyzed(tb testing.TB, s *Store, batch ...store.Analyzed) []store.PutResult {
	tb.Helper()
	res, err := s.PutAnalyzed(context.Background(), batch)
	if err != nil {
		tb.Fatal(err)
	}
	return res
}

// entitySpec is an entity of a hand-made analysis: id, name and where it is
// mentioned (code points).
type entitySpec struct {
	id, typ, name string
	aliases       []string
	mentions      [][2]int
}

// claimSpec is a claim of a hand-made analysis.
type claimSpec struct {
	start, end int
	chain      []export.Link
	entities   []string
	times      []int
	polarity   string
}

// handAnalysis builds an analysis of d by hand: its entities, one time, one
// quantity, its claims, and one event per claim whose actors are the
// claim's entities.
func handAnalysis(d isnad.Document, ents []entitySpec, claims []claimSpec) store.Analyzed {
	runes := []rune(d.Text)
	text := func(s, e int) string { return string(runes[min(s, len(runes)):min(e, len(runes))]) }
	val := "2015-07-21"
	n := 3.0
	a := &export.DocumentAnalysis{Doc: d.ID, Entities: []export.Entity{}, Claims: []export.Claim{}, Events: []export.Event{},
		Times:      []export.Time{{Doc: d.ID, Start: 0, End: 2, Text: text(0, 2), Value: &val}},
		Quantities: []export.Quantity{{Doc: d.ID, Start: 2, End: 4, Text: text(2, 4), Value: &n, Min: &n, Approx: true, Unit: "قتيل"}},
	}
	for _, e := range ents {
		ee := export.Entity{ID: e.id, Type: e.typ, Name: e.name, Aliases: e.aliases, Mentions: []export.Mention{}}
		if ee.Aliases == nil {
			ee.Aliases = []string{}
		}
		for _, m := range e.mentions {
			ee.Mentions = append(ee.Mentions, export.Mention{Doc: d.ID, Start: m[0], End: m[1], Text: text(m[0], m[1])})
		}
		a.Entities = append(a.Entities, ee)
	}
	for i, c := range claims {
		cl := export.Claim{ID: fmt.Sprintf("c:%s/%d", d.ID, i), Doc: d.ID, Start: c.start, End: c.end, Text: text(c.start, c.end),
			Chain: c.chain, Hedges: []string{}, Polarity: c.polarity, Entities: c.entities, Times: c.times, Quantities: []int{}}
		for _, list := range []*[]string{&cl.Entities} {
			if *list == nil {
				*list = []string{}
			}
		}
		if cl.Chain == nil {
			cl.Chain = []export.Link{}
		}
		if cl.Times == nil {
			cl.Times = []int{}
		}
		if cl.Polarity == "" {
			cl.Polarity = "asserted"
		}
		a.Claims = append(a.Claims, cl)
		ev := export.Event{ID: fmt.Sprintf("v:%s/%d", d.ID, i), Claim: cl.ID, Type: "attack", Actors: []export.EventActor{}, Quantities: []int{0}}
		for j, id := range cl.Entities {
			ev.Actors = append(ev.Actors, export.EventActor{Entity: id, Role: []string{"agent", "target"}[j%2]})
		}
		if len(c.times) > 0 {
			t := c.times[0]
			ev.Time = &t
		}
		a.Events = append(a.Events, ev)
	}
	return store.Analyzed{Doc: d, Analysis: a}
}

func link(name, kind, entity string) export.Link {
	l := export.Link{Name: name, Kind: kind, Cue: "قال"}
	if entity != "" {
		l.Entity = &entity
	}
	return l
}

// analysisTables are every table an analysis writes to.
var analysisTables = []string{"document_analyses", "entities", "entity_aliases", "document_entities", "mentions",
	"times", "quantities", "claims", "chain_links", "claim_entities", "events", "event_actors"}

// rowCounts counts the rows of every analysis table.
func rowCounts(tb testing.TB, s *Store) map[string]int {
	tb.Helper()
	out := map[string]int{}
	for _, t := range analysisTables {
		var n int
		if err := s.read.QueryRow("SELECT count(*) FROM " + t).Scan(&n); err != nil {
			tb.Fatal(err)
		}
		out[t] = n
	}
	return out
}
