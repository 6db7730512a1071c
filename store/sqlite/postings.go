package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/binary"
	"fmt"
	"slices"
	"sync"
)

// The store's own inverted index (migration 6): per term, the documents
// holding it and the term's weight in each, kept in segments. Storing a
// batch writes one segment; segments of like size are merged (segments.go).
//
// A segment's terms, in byte order, are packed into blocks, each a row of
// search_postings keyed by (segment, first term). An entry of a block is
// the term, written as the bytes it shares with the previous entry's term
// and the rest (uvarint, uvarint, bytes), then its postings' count and
// size in bytes (uvarints), then per posting in doc order the doc number's
// distance from the previous one (the first's from 0) and the weight
// (uvarints). A block is closed once it holds blockBytes; a term whose
// postings alone pass that has its block to itself.
//
// Writing a batch as one row per term (an upsert appending to the term's
// row) cost one B-tree insert per term, some 20,000 a batch of 500
// articles, and rewrote every growing row: twice the CPU time of storing
// the documents without this index. Blocks make tens of rows a batch.
const blockBytes = 900

// posting is one document holding a term: its number (rowid in
// document_terms) and the term's weight, 2 × its count in the title plus its
// count in the body (bm25 with weights title 2, body 1).
type posting struct {
	doc uint32 // document numbers past 1<<31 are refused (rankterms.go)
	w   uint32
}

func byDoc(a, b posting) int { return cmp.Compare(a.doc, b.doc) }

// termPostings is a term and its postings, in doc order.
type termPostings struct {
	term string
	ps   []posting
}

// block is one row of search_postings: its first term and its entries.
type block struct {
	first string
	b     []byte
}

// blockWriter packs entries, given in term order, into blocks.
type blockWriter struct {
	blocks []block
	cur    []byte
	first  string
	prev   string
	enc    []byte // the entry's postings, encoded
}

// add packs a term's postings, which must be in doc order.
func (w *blockWriter) add(term string, ps []posting) {
	w.enc = appendPostings(w.enc[:0], ps)
	w.addEncoded(term, len(ps), w.enc)
}

// addEncoded packs a term's n postings encoded as an entry keeps them.
func (w *blockWriter) addEncoded(term string, n int, enc []byte) {
	size := 2*binary.MaxVarintLen32 + len(term) + len(enc)
	if len(w.cur) > 0 && len(w.cur)+size > blockBytes {
		w.finish()
	}
	if len(w.cur) == 0 {
		w.first, w.prev = term, ""
		w.cur = make([]byte, 0, max(blockBytes, size))
	}
	shared := commonPrefix(w.prev, term)
	w.cur = binary.AppendUvarint(w.cur, uint64(shared))
	w.cur = binary.AppendUvarint(w.cur, uint64(len(term)-shared))
	w.cur = append(w.cur, term[shared:]...)
	w.cur = binary.AppendUvarint(w.cur, uint64(n))
	w.cur = binary.AppendUvarint(w.cur, uint64(len(enc)))
	w.cur = append(w.cur, enc...)
	w.prev = term
}

// finish closes the current block.
func (w *blockWriter) finish() {
	if len(w.cur) == 0 {
		return
	}
	w.blocks = append(w.blocks, block{w.first, w.cur})
	w.cur = nil
}

func commonPrefix(a, b string) int {
	n := min(len(a), len(b))
	for i := range n {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}

// appendPostings encodes ps, in doc order, as a block entry keeps them.
func appendPostings(dst []byte, ps []posting) []byte {
	prev := uint32(0)
	for _, p := range ps {
		dst = binary.AppendUvarint(dst, uint64(p.doc-prev))
		dst = binary.AppendUvarint(dst, uint64(p.w))
		prev = p.doc
	}
	return dst
}

// decodePostings appends the n postings encoded in b to ps.
func decodePostings(ps []posting, n int, b []byte) ([]posting, error) {
	ps = slices.Grow(ps, n)
	doc := uint64(0)
	for i := 0; i < len(b); {
		d, k := binary.Uvarint(b[i:])
		if k <= 0 {
			return ps, fmt.Errorf("postings cut short")
		}
		i += k
		w, k := binary.Uvarint(b[i:])
		if k <= 0 {
			return ps, fmt.Errorf("postings cut short")
		}
		i += k
		doc += d
		if doc >= 1<<31 || w > 1<<32-1 {
			return ps, fmt.Errorf("posting of document %d out of range", doc)
		}
		ps = append(ps, posting{uint32(doc), uint32(w)})
	}
	return ps, nil
}

// entryReader walks the entries of a block.
type entryReader struct {
	b    []byte
	i    int
	term []byte // the current entry's term
	n    int    // its postings' count
	ps   []byte // its postings, encoded
	err  error
}

// next moves to the next entry; false at the block's end or on a damaged
// block (err).
func (r *entryReader) next() bool {
	if r.i >= len(r.b) || r.err != nil {
		return false
	}
	shared, rest, ok := r.uvarint2()
	if !ok || shared > uint64(len(r.term)) || rest > uint64(len(r.b)-r.i) {
		r.err = fmt.Errorf("postings block damaged")
		return false
	}
	r.term = append(r.term[:shared], r.b[r.i:r.i+int(rest)]...)
	r.i += int(rest)
	return r.postingsHere()
}

// find moves to term's entry; false when the block lacks it. Entries are
// in term order and say how much of the previous term they share, so most
// are passed on that length alone, without rebuilding their term (a block
// of a common segment holds some fifty).
func (r *entryReader) find(term string) bool {
	matched := 0 // bytes of term the previous entry's term starts with
	prevLen := 0
	for r.i < len(r.b) {
		shared, rest, ok := r.uvarint2()
		if !ok || shared > uint64(prevLen) || rest > uint64(len(r.b)-r.i) {
			r.err = fmt.Errorf("postings block damaged")
			return false
		}
		p, suffix := int(shared), r.b[r.i:r.i+int(rest)]
		r.i += int(rest)
		prevLen = p + len(suffix)
		switch {
		case p > matched:
			// As the previous term up to where that one passed below
			// term: below term too.
		case p < matched:
			// Parts from the previous term, above it, where that one
			// still matched term: above term.
			return false
		default:
			m := p
			for m < len(term) && m-p < len(suffix) && term[m] == suffix[m-p] {
				m++
			}
			switch {
			case m-p == len(suffix) && m == len(term):
				r.term = append(r.term[:0], term...)
				return r.postingsHere()
			case m-p == len(suffix): // a prefix of term: below it
			case m == len(term) || suffix[m-p] > term[m]:
				return false
			}
			matched = m
		}
		if !r.postingsHere() {
			return false
		}
	}
	return false
}

// uvarint2 reads two uvarints.
func (r *entryReader) uvarint2() (a, b uint64, ok bool) {
	a, n := binary.Uvarint(r.b[r.i:])
	if n <= 0 {
		return 0, 0, false
	}
	b, m := binary.Uvarint(r.b[r.i+n:])
	if m <= 0 {
		return 0, 0, false
	}
	r.i += n + m
	return a, b, true
}

// postingsHere reads the count and bytes of the postings at r.i, the
// current entry's.
func (r *entryReader) postingsHere() bool {
	n, size, ok := r.uvarint2()
	if !ok || size > uint64(len(r.b)-r.i) || n > size {
		r.err = fmt.Errorf("postings block damaged")
		return false
	}
	r.n, r.ps = int(n), r.b[r.i:r.i+int(size)]
	r.i += int(size)
	return true
}

// readPostings reads, in one statement (one snapshot of the segments), the
// block of each segment that would hold the term.
const readPostings = `
	SELECT (SELECT block FROM search_postings p
	        WHERE p.seg = g.seg AND p.term <= ?1 ORDER BY p.term DESC LIMIT 1)
	FROM search_segments g ORDER BY g.first, g.seg`

// postings reads a term's postings, in doc order, into buf.
func (s *Store) postings(ctx context.Context, term string, buf []posting) ([]posting, error) {
	rows, err := s.query(ctx, readPostings, term)
	if err != nil {
		return nil, fmt.Errorf("reading the postings of %q: %w", term, err)
	}
	defer rows.Close()
	ps := buf[:0]
	var r entryReader
	var runs []int // where each segment's postings start in ps
	for rows.Next() {
		var b sql.RawBytes
		if err := rows.Scan(&b); err != nil {
			return nil, fmt.Errorf("reading the postings of %q: %w", term, err)
		}
		r = entryReader{b: b, term: r.term[:0]}
		if r.find(term) {
			runs = append(runs, len(ps))
			ps, err = decodePostings(ps, r.n, r.ps)
		}
		if err == nil {
			err = r.err
		}
		if err != nil {
			return nil, fmt.Errorf("reading the postings of %q: %w", term, err)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading the postings of %q: %w", term, err)
	}
	// Segments hold documents stored one after the other, but for a merge
	// of segments around a smaller one (a small batch between larger
	// ones) or two processes indexing at once.
	if !slices.IsSortedFunc(ps, byDoc) {
		ps = mergeRuns(ps, runs)
	}
	return ps, nil
}

// mergeRuns puts ps, sorted runs starting at runs, in doc order, merging
// runs two by two.
func mergeRuns(ps []posting, runs []int) []posting {
	bounds := append(slices.Clone(runs), len(ps))
	tmp := make([]posting, 0, len(ps))
	for len(bounds) > 2 {
		merged := []int{0}
		tmp = tmp[:0]
		for i := 0; i+1 < len(bounds); i += 2 {
			a, b := ps[bounds[i]:bounds[i+1]], []posting(nil)
			if i+2 < len(bounds) {
				b = ps[bounds[i+1]:bounds[i+2]]
			}
			for len(a) > 0 && len(b) > 0 {
				if b[0].doc < a[0].doc {
					tmp, b = append(tmp, b[0]), b[1:]
				} else {
					tmp, a = append(tmp, a[0]), a[1:]
				}
			}
			tmp = append(append(tmp, a...), b...)
			merged = append(merged, len(tmp))
		}
		ps, tmp, bounds = tmp, ps, merged
	}
	return ps
}

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
