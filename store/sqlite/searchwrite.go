package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/binary"
	"slices"
	"strings"

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
	kept    chan *gathered
	indexed int64 // documents added
}

// gathered is a batch's postings, gathered per term straight from the
// documents' terms: one map look-up per word of the text. It is kept from
// batch to batch (Store.gathered, not a sync.Pool, which every garbage
// collection empties), with its map's room and its postings' buffers:
// growing them afresh was a tenth of the index's cost.
type gathered struct {
	terms   map[string]int // index in entries
	entries []termPostings
	keys    []termKey // sorted's buffers
	out     []termPostings
}

// maxKeptEntries bounds the gathered postings kept between batches.
const maxKeptEntries = 1 << 16

func newSearchWriter(kept chan *gathered) *searchWriter {
	var g *gathered
	select {
	case g = <-kept:
	default:
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
	for _, e := range w.entries {
		if !slices.IsSortedFunc(e.ps, byDoc) {
			slices.SortFunc(e.ps, byDoc)
		}
	}
	err := writeSegment(ctx, tx, w.sorted(), w.indexed)
	w.reset()
	return err
}

// sorted is the entries in term order. They are sorted by their terms'
// first 8 bytes as a number, then by the rest where those are equal: a
// tenth of the cost of comparing the strings throughout.
func (g *gathered) sorted() []termPostings {
	keys := g.keys[:0]
	for i, e := range g.entries {
		var b [8]byte
		copy(b[:], e.term)
		keys = append(keys, termKey{binary.BigEndian.Uint64(b[:]), int32(i)})
	}
	slices.SortFunc(keys, func(a, b termKey) int {
		if c := cmp.Compare(a.prefix, b.prefix); c != 0 {
			return c
		}
		return strings.Compare(g.entries[a.i].term, g.entries[b.i].term)
	})
	out := g.out[:0]
	for _, k := range keys {
		out = append(out, g.entries[k.i])
	}
	g.keys, g.out = keys, out
	return out
}

// termKey is an entry's place in sorted: its term's first bytes, its index.
type termKey struct {
	prefix uint64
	i      int32
}

// reset empties the gathered postings, keeping their room.
func (g *gathered) reset() {
	clear(g.terms)
	for i := range g.entries {
		g.entries[i].term = ""
	}
	clear(g.out)
	g.entries = g.entries[:0]
}

func (w *searchWriter) close() {
	for _, b := range []*rowBuffer{w.docs, w.spans} {
		b.close()
	}
	if w.gathered != nil && cap(w.entries) <= maxKeptEntries {
		w.reset()
		select {
		case w.kept <- w.gathered:
		default: // another writer's is kept
		}
	}
	w.gathered = nil
}
