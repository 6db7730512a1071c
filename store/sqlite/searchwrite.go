package sqlite

import (
	"context"
	"database/sql"
	"slices"
	"strings"
	"sync"

	"github.com/isnad/isnad/search"
)

// searchDoc is what search_docs keeps of a document besides its length.
type searchDoc struct {
	id, outlet, published string
}

// searchWriter writes the rows of the store's own index (migration 6) for
// the documents of one transaction: their lengths and spans with multi-row
// INSERTs, their postings as one segment (segments.go), at the end.
type searchWriter struct {
	docs, spans *rowBuffer
	*gathered
	kept    *sync.Pool
	indexed int64 // documents added
}

// gathered is a batch's postings, gathered per term straight from the
// documents' terms: one map look-up per word of the text. It is kept from
// batch to batch (Store.gathered), with its map's room and its postings'
// buffers: growing them afresh was a tenth of the index's cost.
type gathered struct {
	terms   map[string]int // index in entries
	entries []termPostings
}

// maxKeptEntries bounds the gathered postings kept between batches.
const maxKeptEntries = 1 << 16

func newSearchWriter(kept *sync.Pool) *searchWriter {
	g, ok := kept.Get().(*gathered)
	if !ok {
		g = &gathered{terms: make(map[string]int, 1<<14)}
	}
	return &searchWriter{
		docs:     newRowBuffer("search_docs", "doc, id, length, outlet, published", ""),
		spans:    newRowBuffer("search_spans", "doc, spans", ""),
		gathered: g,
		kept:     kept,
	}
}

// add indexes a document, number doc in document_terms, from its analysis.
// Documents come in doc order (a batch's rowids, the backfill's list).
func (w *searchWriter) add(doc int64, d searchDoc, t indexed) {
	w.docs.add(doc, d.id, t.length, d.outlet, d.published)
	if t.spans != nil {
		// Without spans (terms that do not run forward through the text,
		// which analysis never makes) snippets are cut by analysing.
		w.spans.add(doc, t.spans)
	}
	// bm25 with weights title 2, body 1: a term's weight is 2 × its count
	// in the title plus its count in the body.
	w.addTerms(uint32(doc), t.titleTerms, 2)
	w.addTerms(uint32(doc), t.bodyTerms, 1)
	w.indexed++
}

func (w *searchWriter) addTerms(doc uint32, terms []search.Term, weight uint32) {
	for _, t := range terms {
		i, ok := w.terms[t.Text]
		if !ok {
			i = len(w.entries)
			w.terms[t.Text] = i
			if i < cap(w.entries) { // a slot of an earlier batch, and its buffer
				w.entries = w.entries[:i+1]
				w.entries[i].term, w.entries[i].ps = t.Text, w.entries[i].ps[:0]
			} else {
				w.entries = append(w.entries, termPostings{term: t.Text})
			}
		}
		e := &w.entries[i]
		if n := len(e.ps); n > 0 && e.ps[n-1].doc == doc {
			e.ps[n-1].w += weight
		} else {
			e.ps = append(e.ps, posting{doc, weight})
		}
	}
}

// flush writes the rows gathered.
func (w *searchWriter) flush(ctx context.Context, tx *sql.Tx) error {
	for _, b := range []*rowBuffer{w.docs, w.spans} {
		if err := b.flush(ctx, tx); err != nil {
			return err
		}
	}
	slices.SortFunc(w.entries, func(a, b termPostings) int { return strings.Compare(a.term, b.term) })
	for _, e := range w.entries {
		if !slices.IsSortedFunc(e.ps, byDoc) {
			slices.SortFunc(e.ps, byDoc)
		}
	}
	err := writeSegment(ctx, tx, w.entries, w.indexed)
	w.reset()
	return err
}

// reset empties the gathered postings, keeping their room.
func (g *gathered) reset() {
	clear(g.terms)
	for i := range g.entries {
		g.entries[i].term = ""
	}
	g.entries = g.entries[:0]
}

func (w *searchWriter) close() {
	for _, b := range []*rowBuffer{w.docs, w.spans} {
		b.close()
	}
	if w.gathered != nil && cap(w.entries) <= maxKeptEntries {
		w.reset()
		w.kept.Put(w.gathered)
	}
	w.gathered = nil
}
