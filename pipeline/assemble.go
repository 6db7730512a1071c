package pipeline

import (
	"context"
	"fmt"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/extract/actors"
	"github.com/isnad/isnad/judge"
	"github.com/isnad/isnad/link"
)

// Corpus gathers single-document results and makes the corpus-level
// analysis: entities merged across documents, indexes made global, stories.
// It keeps the documents it is given; for corpora too large for memory use
// the store instead.
type Corpus struct {
	judge    *judge.Judge
	out      *export.Analysis
	entities entityMerger
	text     map[string]string
	idx      *link.Index
}

// NewCorpus starts an empty corpus analysis; j grades the claims across
// documents when Finish runs (nil leaves groups and contradictions empty).
func NewCorpus(j *judge.Judge) (*Corpus, error) {
	bg, err := link.DefaultBackground()
	if err != nil {
		return nil, err
	}
	idx, err := link.NewIndex(link.Options{Background: bg})
	if err != nil {
		return nil, fmt.Errorf("preparing the story index: %w", err)
	}
	return &Corpus{judge: j, out: export.NewAnalysis(), text: map[string]string{}, idx: idx}, nil
}

// Add takes one document and what the stages found in it (a may be nil).
func (c *Corpus) Add(d isnad.Document, a *DocAnalysis) error {
	if a == nil {
		return c.AddStored(d, nil)
	}
	da := Document(d, a)
	return c.AddStored(d, &da)
}

// AddStored takes one document with its analysis as the store keeps it
// (indexes local to the document; da may be nil) and makes the indexes
// global.
func (c *Corpus) AddStored(d isnad.Document, da *export.DocumentAnalysis) error {
	jd := export.FromDocument(d)
	c.text[d.ID] = d.Text
	if err := c.idx.Add(d.ID, d.Outlet, d.Credits, d.Text); err != nil {
		return fmt.Errorf("indexing %s for stories: %w", d.Source, err)
	}
	if da == nil {
		c.out.Documents = append(c.out.Documents, jd)
		return nil
	}
	jd.Recycled = da.Recycled
	c.out.Documents = append(c.out.Documents, jd)
	c.entities.add(da.Entities)

	timeBase, qtyBase := len(c.out.Times), len(c.out.Quantities)
	c.out.Times = append(c.out.Times, da.Times...)
	c.out.Quantities = append(c.out.Quantities, da.Quantities...)
	for _, cl := range da.Claims {
		cl.Times = rebase(cl.Times, timeBase)
		cl.Quantities = rebase(cl.Quantities, qtyBase)
		c.out.Claims = append(c.out.Claims, cl)
	}
	for _, e := range da.Events {
		if e.Time != nil {
			t := *e.Time + timeBase
			e.Time = &t
		}
		e.Quantities = rebase(e.Quantities, qtyBase)
		c.out.Events = append(c.out.Events, e)
	}
	return nil
}

// rebase shifts document-local indexes into the corpus-wide arrays.
func rebase(idx []int, base int) []int {
	out := make([]int, len(idx))
	for i, v := range idx {
		out[i] = v + base
	}
	return out
}

// Document converts one document's stage results to the form the store
// keeps, with indexes local to the document.
func Document(d isnad.Document, a *DocAnalysis) export.DocumentAnalysis {
	out := export.DocumentAnalysis{Doc: d.ID, Recycled: a.Recycled, Entities: []export.Entity{},
		Times: []export.Time{}, Quantities: []export.Quantity{}, Claims: []export.Claim{}, Events: []export.Event{}}
	for _, e := range actors.Merge([]actors.DocEntities{{Doc: d.ID, Entities: a.Entities}}) {
		out.Entities = append(out.Entities, exportEntity(e))
	}
	for _, t := range a.Times {
		out.Times = append(out.Times, exportTime(d.ID, t))
	}
	for _, q := range a.Quantities {
		out.Quantities = append(out.Quantities, exportQuantity(d.ID, q))
	}
	for _, cl := range a.Claims {
		out.Claims = append(out.Claims, exportClaim(d.ID, cl, a, 0, 0))
	}
	for _, e := range a.Events {
		out.Events = append(out.Events, exportEvent(e, 0, 0))
	}
	return out
}

// Finish merges entities across documents, links stories, then groups,
// completes, grades and compares the claims.
func (c *Corpus) Finish(ctx context.Context) (*export.Analysis, error) {
	c.out.Entities = c.entities.merged()
	src := link.TextFunc(func(_ context.Context, id string) (string, error) {
		t, ok := c.text[id]
		if !ok {
			return "", fmt.Errorf("no text for %s", id)
		}
		return t, nil
	})
	lex, err := link.DefaultLexicon()
	if err != nil {
		return nil, fmt.Errorf("loading the story lexicon: %w", err)
	}
	stories, err := c.idx.Stories(ctx, src, link.StoryOptions{Lexicon: lex})
	if err != nil {
		return nil, fmt.Errorf("linking stories: %w", err)
	}
	for _, s := range stories {
		c.out.Stories = append(c.out.Stories, exportStory(s))
	}
	if c.judge != nil {
		if err := c.judge.Judge(ctx, c.out); err != nil {
			return nil, fmt.Errorf("judging claims across documents: %w", err)
		}
	}
	return c.out, nil
}
