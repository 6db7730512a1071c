package pipeline

import (
	"context"
	"fmt"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/judge"
	"github.com/isnad/isnad/link"
)

// Assembly gathers per-document analyses into one corpus analysis: the
// documents, their times, quantities, claims and events with indexes made
// corpus-wide, and the entities merged by id. It is the one code path both
// the corpus step (Corpus) and the API's view of a store use.
type Assembly struct {
	out      *export.Analysis
	entities entityMerger
	dropText bool
}

// NewAssembly starts an empty assembly.
func NewAssembly() *Assembly { return &Assembly{out: export.NewAnalysis()} }

// Add takes one document with its analysis as the store keeps it (indexes
// local to the document; da may be nil for a document without analysis).
func (s *Assembly) Add(d isnad.Document, da *export.DocumentAnalysis) {
	jd := export.FromDocument(d)
	if s.dropText {
		jd.Text = ""
	}
	if da == nil {
		s.out.Documents = append(s.out.Documents, jd)
		return
	}
	jd.Recycled = da.Recycled
	s.out.Documents = append(s.out.Documents, jd)
	s.entities.add(da.Entities)

	timeBase, qtyBase := len(s.out.Times), len(s.out.Quantities)
	s.out.Times = append(s.out.Times, da.Times...)
	s.out.Quantities = append(s.out.Quantities, da.Quantities...)
	for _, cl := range da.Claims {
		cl.Times = rebase(cl.Times, timeBase)
		cl.Quantities = rebase(cl.Quantities, qtyBase)
		s.out.Claims = append(s.out.Claims, cl)
	}
	for _, e := range da.Events {
		if e.Time != nil {
			t := *e.Time + timeBase
			e.Time = &t
		}
		e.Quantities = rebase(e.Quantities, qtyBase)
		s.out.Events = append(s.out.Events, e)
	}
}

// Analysis is what was added, entities merged across documents. The
// corpus-level arrays (stories, groups, contradictions) are empty until a
// Corpus fills them or they are read back (LoadResults).
func (s *Assembly) Analysis() *export.Analysis {
	s.out.Entities = s.entities.merged()
	return s.out
}

// rebase shifts document-local indexes into the corpus-wide arrays.
func rebase(idx []int, base int) []int {
	out := make([]int, len(idx))
	for i, v := range idx {
		out[i] = v + base
	}
	return out
}

// Corpus gathers single-document results and makes the corpus-level
// analysis: entities merged across documents, indexes made global, stories,
// claim groups and contradictions. Stories need the texts twice: once to
// fingerprint each document as it is added, again to align the candidate
// pairs in Finish. By default the corpus keeps the texts it is given
// (the analysis JSON carries them anyway); after ReadTextsFrom it keeps
// none and reads the few it aligns back from their source.
//
// What stays in memory grows with the claims, not the texts: on
// SaudiNewsNet (29,834 stored documents, 94 MB of text, 253,332 claims)
// with texts read back, the assembled analysis holds 393 MB live, the
// judge's peak is about 0.8 GB live, 1.8 GB of heap in use and 1.9 GB
// resident (Go's default GC target doubles the live heap). Roughly 3 KB
// per claim at the peak: a feed ten times larger needs the claims
// themselves kept out of memory, which this design does not do.
type Corpus struct {
	asm   *Assembly
	judge *judge.Judge
	idx   *link.Index
	text  map[string]string // nil when texts are read back through src
	src   link.TextSource
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
	return &Corpus{asm: NewAssembly(), judge: j, text: map[string]string{}, idx: idx}, nil
}

// ReadTextsFrom makes the corpus keep no document text: the documents of
// its analysis come without text, and Finish reads the texts of the pairs
// it aligns through src (the store they were read from). Call it before
// the first Add; memory then grows with the claims and fingerprints, not
// with the texts.
func (c *Corpus) ReadTextsFrom(src link.TextSource) {
	c.src, c.text, c.asm.dropText = src, nil, true
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
	if err := c.idx.Add(d.ID, d.Outlet, d.Credits, d.Text); err != nil {
		return fmt.Errorf("indexing %s for stories: %w", d.Source, err)
	}
	if c.text != nil {
		c.text[d.ID] = d.Text
	}
	c.asm.Add(d, da)
	return nil
}

// Finish merges entities across documents, links stories, then groups,
// completes, grades and compares the claims.
func (c *Corpus) Finish(ctx context.Context) (*export.Analysis, error) {
	out := c.asm.Analysis()
	src := c.src
	if src == nil {
		src = link.TextFunc(func(_ context.Context, id string) (string, error) {
			t, ok := c.text[id]
			if !ok {
				return "", fmt.Errorf("no text for %s", id)
			}
			return t, nil
		})
	}
	lex, err := link.DefaultLexicon()
	if err != nil {
		return nil, fmt.Errorf("loading the story lexicon: %w", err)
	}
	stories, err := c.idx.Stories(ctx, src, link.StoryOptions{Lexicon: lex})
	if err != nil {
		return nil, fmt.Errorf("linking stories: %w", err)
	}
	for _, s := range stories {
		out.Stories = append(out.Stories, exportStory(s))
	}
	if c.judge != nil {
		if err := c.judge.Judge(ctx, out); err != nil {
			return nil, fmt.Errorf("judging claims across documents: %w", err)
		}
	}
	return out, nil
}
