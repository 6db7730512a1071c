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

// gathered is a batch's postings, gathered straight from the documents'
// terms: per word a map look-up and a posting appended to one list, or its
// weight raised; the postings are grouped per term only when the batch is
// written (growing a list per term word by word reached into more memory:
// BenchmarkPut 0.340 -> 0.325 CPU ms a document). It is
// kept from batch to batch (Store.gathered, not a sync.Pool, which every
// garbage collection empties), with its map's room and its buffers.
type gathered struct {
	terms   map[string]int32 // index in names and last
	names   []string         // the terms met, in that order
	last    []lastSeen       // by term: where its last posting is
	met     []metPosting     // postings, in the order met (doc order)
	flat    []posting        // met grouped by term (group)
	entries []termPostings   // per term, its postings in flat
	keys    []termKey        // sorted's buffers
	out     []termPostings
}

// lastSeen is the last document holding a term and its posting in met.
type lastSeen struct {
	doc uint32
	at  int32
}

// metPosting is a posting of a term (index in names).
type metPosting struct {
	term int32
	p    posting
}

// maxKeptMet bounds the gathered postings kept between batches (12 MB).
const maxKeptMet = 1 << 20

func newSearchWriter(kept chan *gathered) *searchWriter {
	var g *gathered
	select {
	case g = <-kept:
	default:
		g = &gathered{terms: make(map[string]int32, 1<<14)}
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
	w.gathered.addTerms(uint32(doc), t.titleTerms, 2)
	w.gathered.addTerms(uint32(doc), t.bodyTerms, 1)
	w.indexed++
}

func (g *gathered) addTerms(doc uint32, terms []search.Term, weight uint32) {
	for _, t := range terms {
		i, ok := g.terms[t.Text]
		if !ok {
			i = int32(len(g.names))
			g.terms[t.Text] = i
			g.names = append(g.names, t.Text)
			g.last = append(g.last, lastSeen{at: -1})
		}
		if l := &g.last[i]; l.at >= 0 && l.doc == doc {
			g.met[l.at].p.w += weight
		} else {
			l.doc, l.at = doc, int32(len(g.met))
			g.met = append(g.met, metPosting{i, posting{doc, weight}})
		}
	}
}

// group sets entries: per term its postings, in the order met.
func (g *gathered) group() {
	ends := g.last[:0] // reused: the end of each term's postings in flat
	for range g.names {
		ends = append(ends, lastSeen{})
	}
	for _, m := range g.met {
		ends[m.term].at++
	}
	at := int32(0)
	for i := range ends {
		at += ends[i].at
		ends[i].at = at - ends[i].at // the start, until placed
	}
	g.flat = slices.Grow(g.flat[:0], len(g.met))[:len(g.met)]
	for _, m := range g.met {
		g.flat[ends[m.term].at] = m.p
		ends[m.term].at++
	}
	start := int32(0)
	g.entries = g.entries[:0]
	for i, term := range g.names {
		g.entries = append(g.entries, termPostings{term, g.flat[start:ends[i].at:ends[i].at]})
		start = ends[i].at
	}
}

// flush writes the rows gathered.
func (w *searchWriter) flush(ctx context.Context, tx *sql.Tx) error {
	for _, b := range []*rowBuffer{w.docs, w.spans} {
		if err := b.flush(ctx, tx); err != nil {
			return err
		}
	}
	w.group()
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
	clear(g.names)
	clear(g.entries)
	clear(g.out)
	g.names, g.last, g.met, g.entries = g.names[:0], g.last[:0], g.met[:0], g.entries[:0]
}

func (w *searchWriter) close() {
	for _, b := range []*rowBuffer{w.docs, w.spans} {
		b.close()
	}
	if w.gathered != nil && cap(w.met) <= maxKeptMet {
		w.reset()
		select {
		case w.kept <- w.gathered:
		default: // another writer's is kept
		}
	}
	w.gathered = nil
}
