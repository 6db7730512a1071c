package pipeline

import (
	"context"
	"fmt"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/extract/actors"
	"github.com/isnad/isnad/extract/attrib"
	"github.com/isnad/isnad/extract/events"
	"github.com/isnad/isnad/extract/ner"
	"github.com/isnad/isnad/extract/quantity"
	"github.com/isnad/isnad/extract/quantity/scan"
	"github.com/isnad/isnad/extract/timex"
)

// Extractors are the loaded models and lexicons of the single-document
// stages. Load them once and share them: every one is safe for concurrent use.
type Extractors struct {
	Actors   *actors.Lexicon
	NER      *ner.Model
	Times    *timex.Tagger
	Quantity *quantity.Tagger
	Attrib   *attrib.Extractor
	Events   *events.Extractor
}

// LoadExtractors loads the shipped models and lexicons.
func LoadExtractors() (*Extractors, error) {
	var x Extractors
	var err error
	if x.Actors, err = actors.LoadDefault(); err != nil {
		return nil, fmt.Errorf("loading the actor lexicon: %w", err)
	}
	model, err := ner.Default()
	if err != nil {
		return nil, fmt.Errorf("loading the entity tagger: %w", err)
	}
	x.NER = model.WithGazetteer(x.Actors.Gazetteer())
	if x.Times, err = timex.NewDefault(); err != nil {
		return nil, fmt.Errorf("loading the time tagger: %w", err)
	}
	if x.Quantity, err = quantity.NewDefault(); err != nil {
		return nil, fmt.Errorf("loading the quantity tagger: %w", err)
	}
	alex, err := attrib.DefaultLexicon()
	if err != nil {
		return nil, fmt.Errorf("loading the attribution lexicon: %w", err)
	}
	x.Attrib = attrib.New(alex, x.Actors)
	elex, err := events.DefaultLexicon()
	if err != nil {
		return nil, fmt.Errorf("loading the event lexicon: %w", err)
	}
	x.Events = events.New(elex)
	return &x, nil
}

// DocAnalysis is what the single-document stages found in one document.
// Offsets are code points of Doc.Text; indexes (event times, quantities) are
// into this document's own lists.
type DocAnalysis struct {
	Entities   []actors.Entity
	Times      []timex.Time
	Recycled   bool
	Quantities []quantity.Quantity
	Claims     []attrib.Claim
	Events     []events.Event
}

// Name implements Stage.
func (x *Extractors) Name() string { return "extract" }

// Process runs entities → times → quantities → claims → events on one
// document, each stage reading what the earlier ones found.
func (x *Extractors) Process(ctx context.Context, r *Result) error {
	text := r.Doc.Text
	var a DocAnalysis

	found := x.NER.Entities(text)
	mentions := make([]actors.Mention, len(found))
	for i, m := range found {
		mentions[i] = actors.Mention{Type: m.Type, Start: m.Start, End: m.End, Text: m.Text, Source: "ner"}
	}
	a.Entities = actors.Link(text, mentions, x.Actors)

	// times and quantities read the same tokens: scan the text once
	toks := scan.Scan(text)
	times, recycled, err := x.Times.TagDocumentTokens(text, toks, r.Doc.Published)
	if err != nil {
		return fmt.Errorf("resolving times: %w", err)
	}
	a.Times, a.Recycled = times, recycled
	a.Quantities = x.Quantity.TagTokens(text, toks, timex.Spans(times))

	if err := ctx.Err(); err != nil {
		return err
	}
	a.Claims = x.Attrib.Extract(attrib.Input{
		DocID:     r.Doc.ID,
		Text:      text,
		Sentences: arabic.Sentences(text),
		Credits:   r.Doc.Credits,
		Outlet:    r.Doc.Outlet,
		Mentions:  sourceMentions(a.Entities),
	})
	a.Events = x.Events.Extract(eventInput(text, &a))
	r.Analysis = &a
	return nil
}

// sourceMentions gives the attribution stage every entity mention with the
// kind of source it would be.
func sourceMentions(ents []actors.Entity) []attrib.SourceMention {
	var out []attrib.SourceMention
	for _, e := range ents {
		kind := sourceKind(e)
		for _, m := range e.Mentions {
			out = append(out, attrib.SourceMention{Start: m.Start, End: m.End, Text: m.Text, Type: e.Type, Kind: kind, EntityID: e.ID})
		}
	}
	return out
}

// sourceKind maps an actor's kind to the kinds of source a chain knows.
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

func eventInput(text string, a *DocAnalysis) events.Input {
	in := events.Input{Text: text}
	for _, c := range a.Claims {
		ec := events.Claim{ID: c.ID, Start: c.Start, End: c.End}
		for _, l := range c.Chain {
			if l.Start >= 0 && l.End > l.Start {
				ec.Sources = append(ec.Sources, isnad.Span{Start: l.Start, End: l.End})
			}
		}
		in.Claims = append(in.Claims, ec)
	}
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			in.Mentions = append(in.Mentions, events.Mention{Start: m.Start, End: m.End, EntityID: e.ID, Type: e.Type})
		}
	}
	for i, t := range a.Times {
		in.Times = append(in.Times, events.Span{Index: i, Start: t.Start, End: t.End})
	}
	for i, q := range a.Quantities {
		in.Quantities = append(in.Quantities, events.Span{Index: i, Start: q.Start, End: q.End})
	}
	return in
}
