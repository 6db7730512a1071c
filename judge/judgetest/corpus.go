// Package judgetest builds an export.Analysis from raw articles with the
// project's single-document extractors (ingest, actors, times, quantities,
// claims, events), so that the judge's tests see real extractor output. It stands in
// for the pipeline's own assembly of the analysis and can be replaced by it.
package judgetest

import (
	"context"
	"fmt"
	"slices"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/extract/actors"
	"github.com/isnad/isnad/extract/attrib"
	"github.com/isnad/isnad/extract/events"
	"github.com/isnad/isnad/extract/quantity"
	"github.com/isnad/isnad/extract/timex"
	"github.com/isnad/isnad/ingest"
)

// Extractors are the loaded single-document stages.
type Extractors struct {
	actors   *actors.Lexicon
	times    *timex.Tagger
	quantity *quantity.Tagger
	attrib   *attrib.Extractor
	events   *events.Extractor
}

// Load loads the shipped lexicons.
func Load() (*Extractors, error) {
	var x Extractors
	var err error
	if x.actors, err = actors.LoadDefault(); err != nil {
		return nil, fmt.Errorf("loading actors: %w", err)
	}
	if x.times, err = timex.NewDefault(); err != nil {
		return nil, fmt.Errorf("loading times: %w", err)
	}
	if x.quantity, err = quantity.NewDefault(); err != nil {
		return nil, fmt.Errorf("loading quantities: %w", err)
	}
	lex, err := attrib.DefaultLexicon()
	if err != nil {
		return nil, fmt.Errorf("loading attribution: %w", err)
	}
	x.attrib = attrib.New(lex, x.actors)
	elex, err := events.DefaultLexicon()
	if err != nil {
		return nil, fmt.Errorf("loading events: %w", err)
	}
	x.events = events.New(elex)
	return &x, nil
}

// Read ingests the paths and analyses every document.
func (x *Extractors) Read(ctx context.Context, paths []string) (*export.Analysis, error) {
	var docs []isnad.Document
	var bad []export.InputError
	err := ingest.Read(ctx, paths, ingest.Options{Workers: 1}, func(it ingest.Item) error {
		if it.Err != nil {
			bad = append(bad, export.InputError{Error: it.Err.Error()})
			return nil
		}
		docs = append(docs, it.Doc)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading %v: %w", paths, err)
	}
	a, err := x.Analyse(docs)
	if err != nil {
		return nil, err
	}
	a.Errors = bad
	return a, nil
}

// Analyse runs the extractors over docs and assembles one analysis.
func (x *Extractors) Analyse(docs []isnad.Document) (*export.Analysis, error) {
	a := export.NewAnalysis()
	var perDoc []actors.DocEntities
	for _, d := range docs {
		ents := actors.Link(d.Text, nil, x.actors)
		perDoc = append(perDoc, actors.DocEntities{Doc: d.ID, Entities: ents})
	}
	merged := actors.Merge(perDoc)
	for _, e := range merged {
		xe := export.Entity{ID: e.ID, Type: e.Type, Name: e.Name, English: e.English, Kind: e.Kind,
			Affiliation: e.Affiliation, Aliases: append([]string{}, e.Aliases...), Mentions: []export.Mention{}}
		for _, m := range e.Mentions {
			xe.Mentions = append(xe.Mentions, export.Mention{Doc: m.Doc, Start: m.Start, End: m.End, Text: m.Text})
		}
		a.Entities = append(a.Entities, xe)
	}
	for di, d := range docs {
		text := d.Text
		times, recycled, err := x.times.TagDocument(text, d.Published)
		if err != nil {
			return nil, fmt.Errorf("times of %s: %w", d.Source, err)
		}
		xd := export.FromDocument(d)
		xd.Recycled = recycled
		a.Documents = append(a.Documents, xd)
		timeBase := len(a.Times)
		for _, t := range times {
			a.Times = append(a.Times, export.Time{Doc: d.ID, Start: t.Start, End: t.End, Text: t.Text,
				Value: nullable(t.Value), EndValue: nullable(t.EndValue), Qualifier: nullable(t.Qualifier)})
		}
		qs := x.quantity.Tag(text, timex.Spans(times))
		qBase := len(a.Quantities)
		for _, q := range qs {
			a.Quantities = append(a.Quantities, export.Quantity{Doc: d.ID, Start: q.Start, End: q.End, Text: q.Text,
				Value: q.Value, Min: q.Min, Max: q.Max, Approx: q.Approx, Unit: q.Unit})
		}
		var mentions []attrib.SourceMention
		for _, e := range perDoc[di].Entities {
			for _, m := range e.Mentions {
				mentions = append(mentions, attrib.SourceMention{Start: m.Start, End: m.End, Text: m.Text, Type: e.Type, Kind: sourceKind(e), EntityID: e.ID})
			}
		}
		claims := x.attrib.Extract(attrib.Input{DocID: d.ID, Text: text, Sentences: arabic.Sentences(text),
			Credits: d.Credits, Outlet: d.Outlet, Mentions: mentions})
		in := events.Input{Text: text}
		for _, c := range claims {
			in.Claims = append(in.Claims, events.Claim{ID: c.ID, Start: c.Start, End: c.End})
		}
		for _, e := range perDoc[di].Entities {
			for _, m := range e.Mentions {
				in.Mentions = append(in.Mentions, events.Mention{Start: m.Start, End: m.End, EntityID: e.ID, Type: e.Type})
			}
		}
		for i, t := range times {
			in.Times = append(in.Times, events.Span{Index: i, Start: t.Start, End: t.End})
		}
		for i, q := range qs {
			in.Quantities = append(in.Quantities, events.Span{Index: i, Start: q.Start, End: q.End})
		}
		for _, e := range x.events.Extract(in) {
			xe := export.Event{ID: e.ID, Claim: e.Claim, Type: e.Type, Actors: []export.EventActor{}, Quantities: []int{}}
			for _, ac := range e.Actors {
				xe.Actors = append(xe.Actors, export.EventActor{Entity: ac.Entity, Role: ac.Role})
			}
			if e.Place != "" {
				p := e.Place
				xe.Place = &p
			}
			if e.Time >= 0 {
				t := timeBase + e.Time
				xe.Time = &t
			}
			for _, q := range e.Quantities {
				xe.Quantities = append(xe.Quantities, qBase+q)
			}
			a.Events = append(a.Events, xe)
		}
		for _, c := range claims {
			xc := export.Claim{ID: c.ID, Doc: d.ID, Start: c.Start, End: c.End, Text: c.Text, Polarity: c.Polarity,
				Carried: c.Carried, Chain: []export.Link{}, Hedges: []string{}, Entities: []string{}, Times: []int{}, Quantities: []int{}}
			for _, l := range c.Chain {
				xl := export.Link{Name: l.Name, Kind: l.Kind, Cue: l.Cue, Org: l.Org, Role: l.Role}
				if l.EntityID != "" {
					id := l.EntityID
					xl.Entity = &id
				}
				xc.Chain = append(xc.Chain, xl)
			}
			for _, h := range c.Hedges {
				xc.Hedges = append(xc.Hedges, h.Text)
			}
			for _, e := range perDoc[di].Entities {
				for _, m := range e.Mentions {
					if m.Start >= c.Start && m.End <= c.End && !slices.Contains(xc.Entities, e.ID) {
						xc.Entities = append(xc.Entities, e.ID)
					}
				}
			}
			for i, t := range times {
				if t.Start >= c.Start && t.End <= c.End {
					xc.Times = append(xc.Times, timeBase+i)
				}
			}
			for i, q := range qs {
				if q.Start >= c.Start && q.End <= c.End {
					xc.Quantities = append(xc.Quantities, qBase+i)
				}
			}
			a.Claims = append(a.Claims, xc)
		}
	}
	return a, nil
}

func sourceKind(e actors.Entity) string {
	switch e.Kind {
	case "outlet":
		return "outlet"
	case "news-agency":
		return "agency"
	case "government", "ministry", "state-force", "intelligence", "country":
		return "government"
	}
	switch e.Type {
	case "PER":
		return "person"
	case "ORG":
		return "organization"
	}
	return ""
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
