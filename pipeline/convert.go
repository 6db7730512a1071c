package pipeline

import (
	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/extract/actors"
	"github.com/isnad/isnad/extract/attrib"
	"github.com/isnad/isnad/extract/events"
	"github.com/isnad/isnad/extract/quantity"
	"github.com/isnad/isnad/extract/timex"
	"github.com/isnad/isnad/link"
)

// This file turns the stages' own types into the analysis JSON's.

func exportTime(doc string, t timex.Time) export.Time {
	return export.Time{Doc: doc, Start: t.Start, End: t.End, Text: t.Text,
		Value: nullable(t.Value), EndValue: nullable(t.EndValue), Qualifier: nullable(t.Qualifier)}
}

func exportQuantity(doc string, q quantity.Quantity) export.Quantity {
	return export.Quantity{Doc: doc, Start: q.Start, End: q.End, Text: q.Text,
		Value: q.Value, Min: q.Min, Max: q.Max, Approx: q.Approx, Unit: q.Unit}
}

// exportClaim converts a claim and lists the entities, times and quantities
// inside its span, as indexes into the corpus-wide arrays.
func exportClaim(doc string, c attrib.Claim, a *DocAnalysis, timeBase, qtyBase int) export.Claim {
	out := export.Claim{ID: c.ID, Doc: doc, Start: c.Start, End: c.End, Text: c.Text,
		Chain: []export.Link{}, Hedges: []string{}, Polarity: c.Polarity, Carried: c.Carried,
		Entities: []string{}, Times: []int{}, Quantities: []int{}}
	for _, l := range c.Chain {
		out.Chain = append(out.Chain, export.Link{Name: l.Name, Kind: l.Kind, Entity: nullable(l.EntityID), Cue: l.Cue, Org: l.Org, Role: l.Role})
	}
	for _, h := range c.Hedges {
		out.Hedges = append(out.Hedges, h.Text)
	}
	inside := func(s, e int) bool { return s >= c.Start && e <= c.End }
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			if inside(m.Start, m.End) {
				out.Entities = append(out.Entities, e.ID)
				break
			}
		}
	}
	for i, t := range a.Times {
		if inside(t.Start, t.End) {
			out.Times = append(out.Times, timeBase+i)
		}
	}
	for i, q := range a.Quantities {
		if inside(q.Start, q.End) {
			out.Quantities = append(out.Quantities, qtyBase+i)
		}
	}
	return out
}

func exportEvent(e events.Event, timeBase, qtyBase int) export.Event {
	out := export.Event{ID: e.ID, Claim: e.Claim, Type: e.Type, Actors: []export.EventActor{},
		Place: nullable(e.Place), Quantities: []int{}}
	for _, a := range e.Actors {
		out.Actors = append(out.Actors, export.EventActor{Entity: a.Entity, Role: a.Role})
	}
	if e.Time >= 0 {
		t := timeBase + e.Time
		out.Time = &t
	}
	for _, q := range e.Quantities {
		out.Quantities = append(out.Quantities, qtyBase+q)
	}
	return out
}

func exportEntity(e actors.Entity) export.Entity {
	out := export.Entity{ID: e.ID, Type: e.Type, Name: e.Name, English: e.English, Kind: e.Kind,
		Wikidata: e.Wikidata, Affiliation: e.Affiliation, Aliases: e.Aliases, Mentions: []export.Mention{}}
	if out.Aliases == nil {
		out.Aliases = []string{}
	}
	for _, m := range e.Mentions {
		out.Mentions = append(out.Mentions, export.Mention{Doc: m.Doc, Start: m.Start, End: m.End, Text: m.Text})
	}
	return out
}

func exportStory(s link.Story) export.Story {
	out := export.Story{ID: s.ID, Documents: s.Documents, Kind: s.Kind, Evidence: s.Evidence, EvidenceByLang: s.EvidenceByLang}
	for _, p := range s.Pairs {
		sp := export.StoryPair{A: p.A, B: p.B, Kind: p.Kind, Jaccard: p.Jaccard, Containment: p.Containment, Passages: []export.Passage{}}
		for _, g := range p.Passages {
			sp.Passages = append(sp.Passages, export.Passage{AStart: g.AStart, AEnd: g.AEnd, BStart: g.BStart, BEnd: g.BEnd, Score: g.Score})
		}
		out.Pairs = append(out.Pairs, sp)
	}
	return out
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
