package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/binary"
	"fmt"
	"slices"
	"sync"

	"github.com/isnad/isnad/search"
)

// The store's own inverted index (migration 6): per term, the documents
// holding it and the term's weight in each, in chunks of 1<<chunkBits doc
// numbers. A chunk is one row; storing a batch appends to the rows of the
// chunks its documents fall in, so a row is rewritten at most until its
// chunk is full (a few KB for the commonest words) and a term's postings
// are read in a row per 4,096 documents.
const chunkBits = 12

// posting is one document holding a term: its number (rowid in
// document_terms) and the term's weight, 2 × its count in the title plus its
// count in the body (bm25 with weights title 2, body 1).
type posting struct {
	doc uint32 // document numbers past 1<<31 are refused (rankterms.go)
	w   uint32
}

// termWeight is a term of a document and its weight there.
type termWeight struct {
	term string
	w    uint32
}

// weights is the weight of every term of a document.
func weights(title, body []search.Term) []termWeight {
	m := make(map[string]uint32, len(body)/2)
	for _, t := range title {
		m[t.Text] += 2
	}
	for _, t := range body {
		m[t.Text]++
	}
	ws := make([]termWeight, 0, len(m))
	for term, w := range m {
		ws = append(ws, termWeight{term, w})
	}
	return ws
}

// chunkBuf is the postings a batch adds to one chunk of a term.
type chunkBuf struct {
	chunk int64
	b     []byte
}

// postingsBatch gathers the postings of a batch's new documents, per term
// and chunk (a batch's documents fall in one or two chunks), to be appended
// to their rows at the end of the batch.
type postingsBatch map[string]*[]chunkBuf

func (pb postingsBatch) add(doc int64, ws []termWeight) {
	chunk, low := doc>>chunkBits, uint16(doc&(1<<chunkBits-1))
	for _, tw := range ws {
		cs := pb[tw.term]
		if cs == nil {
			cs = new([]chunkBuf)
			pb[tw.term] = cs
		}
		c := chunkOf(cs, chunk)
		c.b = binary.LittleEndian.AppendUint16(c.b, low)
		c.b = binary.AppendUvarint(c.b, uint64(tw.w))
	}
}

// chunkOf is the buffer of chunk among cs, added when missing.
func chunkOf(cs *[]chunkBuf, chunk int64) *chunkBuf {
	for i := len(*cs) - 1; i >= 0; i-- {
		if (*cs)[i].chunk == chunk {
			return &(*cs)[i]
		}
	}
	*cs = append(*cs, chunkBuf{chunk: chunk})
	return &(*cs)[len(*cs)-1]
}

// rows calls f with each row's new postings, in the table's order.
func (pb postingsBatch) rows(f func(term string, chunk int64, b []byte)) {
	terms := make([]string, 0, len(pb))
	for t := range pb {
		terms = append(terms, t)
	}
	slices.Sort(terms)
	for _, t := range terms {
		cs := *pb[t]
		slices.SortFunc(cs, func(a, b chunkBuf) int { return cmp.Compare(a.chunk, b.chunk) })
		for _, c := range cs {
			f(t, c.chunk, c.b)
		}
	}
}

const readPostings = "SELECT chunk, postings FROM search_postings WHERE term = ? ORDER BY chunk"

// postings reads a term's postings, in doc order, into buf.
func (s *Store) postings(ctx context.Context, term string, buf []posting) ([]posting, error) {
	rows, err := s.query(ctx, readPostings, term)
	if err != nil {
		return nil, fmt.Errorf("reading the postings of %q: %w", term, err)
	}
	defer rows.Close()
	ps := buf[:0]
	for rows.Next() {
		var chunk int64
		var b sql.RawBytes
		if err := rows.Scan(&chunk, &b); err != nil {
			return nil, fmt.Errorf("reading the postings of %q: %w", term, err)
		}
		if ps, err = decodePostings(ps, chunk, b); err != nil {
			return nil, fmt.Errorf("reading the postings of %q: %w", term, err)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading the postings of %q: %w", term, err)
	}
	return ps, nil
}

// decodePostings appends a chunk's postings to ps, in doc order. A chunk is
// written in doc order but when two processes indexed at once (one storing,
// one backfilling after an upgrade): it is then sorted here.
func decodePostings(ps []posting, chunk int64, b []byte) ([]posting, error) {
	ps = slices.Grow(ps, len(b)/3)
	from := len(ps)
	defer func() {
		added := ps[from:]
		if !slices.IsSortedFunc(added, byDoc) {
			slices.SortFunc(added, byDoc)
		}
	}()
	if chunk < 0 || chunk >= 1<<(31-chunkBits) {
		return ps, fmt.Errorf("chunk %d is out of range", chunk)
	}
	base := uint32(chunk) << chunkBits
	for i := 0; i < len(b); {
		if i+2 > len(b) {
			return ps, fmt.Errorf("chunk %d is cut short", chunk)
		}
		doc := base | uint32(binary.LittleEndian.Uint16(b[i:]))
		w, n := binary.Uvarint(b[i+2:])
		if n <= 0 {
			return ps, fmt.Errorf("chunk %d is cut short", chunk)
		}
		i += 2 + n
		ps = append(ps, posting{doc, uint32(w)})
	}
	return ps, nil
}

func byDoc(a, b posting) int { return cmp.Compare(a.doc, b.doc) }

// postingBufs keeps the buffers searches decode postings into: a common
// word's postings fill 160 KB, which allocating afresh for every search made
// the largest part of decoding them.
type postingBufs struct{ pool sync.Pool }

// maxKeptPostings bounds the buffers kept (8 MB each).
const maxKeptPostings = 1 << 20

func (p *postingBufs) take() []posting {
	if b, ok := p.pool.Get().(*[]posting); ok {
		return (*b)[:0]
	}
	return nil
}

func (p *postingBufs) give(b []posting) {
	if cap(b) == 0 || cap(b) > maxKeptPostings {
		return
	}
	p.pool.Put(&b)
}
