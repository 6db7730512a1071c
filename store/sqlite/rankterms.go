package sqlite

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"sync"

	"github.com/isnad/isnad/search"
	"github.com/isnad/isnad/store"
)

// docLengths keeps what ranking needs of every indexed document in
// memory, by doc number: its length (bm25 needs the length of each match it
// scores, and reading them from the file for the thousands of documents a
// common word is in would cost more than the scoring), its outlet and day
// (filters), and the collection's totals. Documents are only added, so it
// is brought up to date by reading the new ones when the documents'
// highest rowid (docsKey) changes: 12 CPU ms for all of SaudiNewsNet, the
// first time.
type docLengths struct {
	mu      sync.Mutex
	key     int64 // docsKey the lengths were read for
	view    lengthsView
	strings map[string]string // outlets and days, one copy of each
}

// lengthsView is the documents as of one docsKey. Its slice is shared: the
// kept one only grows, past the end of any view handed out.
type lengthsView struct {
	lengths  []int32   // by doc; 0 for numbers no document has
	docs     []docInfo // by doc, beside lengths, read only for filters
	last     int64     // highest doc read
	count    int64     // documents indexed
	tokens   int64     // their terms in all
	complete bool      // every document of document_terms is in search_docs
}

// docInfo is what filters need of a document.
type docInfo struct {
	outlet, published string
}

// passes reports whether the document meets the filter (as filterSQL's
// WHERE would).
func (d *docInfo) passes(f store.Filter) bool {
	switch {
	case f.Outlet != "" && d.outlet != f.Outlet:
		return false
	case (f.From != "" || f.To != "") && d.published == "":
		return false
	case f.From != "" && d.published < f.From:
		return false
	case f.To != "" && d.published > f.To:
		return false
	}
	return true
}

// completeQuery tells whether search_docs holds the highest document of
// document_terms (documents are indexed in doc order, a store's later
// writes all with their document; see backfill.go).
const completeQuery = `
	SELECT coalesce((SELECT max(doc) FROM search_docs), 0) =
	       coalesce((SELECT rowid FROM document_terms ORDER BY rowid DESC LIMIT 1), 0)`

// lengths returns the documents' view for docsKey, reading what is new.
func (s *Store) lengths(ctx context.Context, docsKey int64) (lengthsView, error) {
	l := &s.docLengths
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.key == docsKey && l.key != 0 {
		return l.view, nil
	}
	if l.strings == nil {
		l.strings = map[string]string{}
	}
	intern := func(x string) string {
		if y, ok := l.strings[x]; ok {
			return y
		}
		l.strings[x] = x
		return x
	}
	v := l.view
	rows, err := s.query(ctx, "SELECT doc, length, outlet, published FROM search_docs WHERE doc > ? ORDER BY doc", v.last)
	if err != nil {
		return lengthsView{}, fmt.Errorf("reading document lengths: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var doc, n int64
		var outlet, published string
		if err := rows.Scan(&doc, &n, &outlet, &published); err != nil {
			return lengthsView{}, fmt.Errorf("reading document lengths: %w", err)
		}
		if doc <= v.last || doc > math.MaxInt32 || n > math.MaxInt32 {
			return lengthsView{}, fmt.Errorf("reading document lengths: document %d out of order or range", doc)
		}
		for int64(len(v.docs)) <= doc {
			v.docs = append(v.docs, docInfo{})
			v.lengths = append(v.lengths, 0)
		}
		v.lengths[doc] = int32(n)
		v.docs[doc] = docInfo{outlet: intern(outlet), published: intern(published)}
		v.last, v.count, v.tokens = doc, v.count+1, v.tokens+n
	}
	if err := rows.Err(); err != nil {
		return lengthsView{}, fmt.Errorf("reading document lengths: %w", err)
	}
	if err := s.queryRow(ctx, completeQuery).Scan(&v.complete); err != nil {
		return lengthsView{}, fmt.Errorf("checking the search index: %w", err)
	}
	l.key, l.view = docsKey, v
	return v, nil
}

// termsOnly reports whether every phrase of q is a single term: such a
// query is ranked from the store's own index (rankTerms); phrases need
// FTS5's positions.
func termsOnly(q search.Query) bool {
	for _, c := range q.Clauses {
		for _, p := range c {
			if len(p) != 1 {
				return false
			}
		}
	}
	for _, p := range q.Excluded {
		if len(p) != 1 {
			return false
		}
	}
	return true
}

// bm25's constants, as FTS5 has them.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// scored is a document and its bm25 score (higher is better).
type scored struct {
	doc   uint32
	score float64
}

// better orders scored documents best first; equal scores by doc number.
func better(a, b scored) bool {
	return a.score > b.score || (a.score == b.score && a.doc < b.doc)
}

// rankTerms returns one page of the documents matching a query of single
// terms, best first by bm25 computed as FTS5's bm25(document_terms, 0, 2,
// 1) computes it: the same IDF (log((N - n + 0.5) / (n + 0.5)), at least
// 1e-6), the same per-phrase sum in the order of the query's phrases
// (included, then excluded ones, which add nothing), weights title 2 and
// body 1 folded into each posting's weight, and the row's length over the
// average (of all documents: a filter only drops matches, as with FTS5).
// Only the matches are scored, from postings read in a block per segment
// (segments.go), and the page is kept in a heap.
func (s *Store) rankTerms(ctx context.Context, q search.Query, v lengthsView, f store.Filter, page store.Page) ([]scored, error) {
	lists := map[string][]posting{}
	var phrases []string // the query's terms in FTS5's phrase order
	for _, c := range q.Clauses {
		for _, p := range c {
			phrases = append(phrases, p[0])
		}
	}
	for _, p := range q.Excluded {
		phrases = append(phrases, p[0])
	}
	defer func() {
		for _, ps := range lists {
			s.postingBufs.give(ps)
		}
	}()
	for _, t := range phrases {
		if _, ok := lists[t]; ok {
			continue
		}
		ps, err := s.postings(ctx, t, s.postingBufs.take())
		lists[t] = ps
		if err != nil {
			return nil, err
		}
	}
	cands := candidates(q, lists)
	if len(cands) == 0 || v.count == 0 || page.Limit <= 0 {
		return nil, nil
	}
	avgdl := float64(v.tokens) / float64(v.count)
	idf := make([]float64, len(phrases))
	cursors := make([]cursor, len(phrases))
	for i, t := range phrases {
		n := len(lists[t])
		idf[i] = math.Log((float64(v.count-int64(n)) + 0.5) / (float64(n) + 0.5))
		if idf[i] <= 0 {
			idf[i] = 1e-6
		}
		cursors[i] = cursor{ps: lists[t]}
	}
	top := topK{k: page.Offset + page.Limit}
	filtered := f != (store.Filter{})
	for _, doc := range cands {
		if int(doc) >= len(v.lengths) || v.lengths[doc] == 0 {
			// Stored after the lengths were read (a match holds a term,
			// so its length is not 0): it is for the next search.
			continue
		}
		if filtered && !v.docs[doc].passes(f) {
			continue
		}
		d := float64(v.lengths[doc])
		score := 0.0
		for i := range cursors {
			tf := float64(cursors[i].weight(doc))
			score = score + idf[i]*((tf*(bm25K1+1))/(tf+bm25K1*(1-bm25B+bm25B*d/avgdl)))
		}
		top.push(scored{doc, score})
	}
	ranked := top.sorted()
	if page.Offset >= len(ranked) {
		return nil, nil
	}
	return ranked[page.Offset:], nil
}

// candidates is the documents matching q, in doc order: those of the
// clause with the fewest postings, kept when every other clause has one of
// its terms in them and no excluded term is.
func candidates(q search.Query, lists map[string][]posting) []uint32 {
	size := func(c []search.Phrase) int {
		n := 0
		for _, p := range c {
			n += len(lists[p[0]])
		}
		return n
	}
	lead := 0
	for i, c := range q.Clauses {
		if size(c) < size(q.Clauses[lead]) {
			lead = i
		}
	}
	first := q.Clauses[lead]
	docs := make([]uint32, 0, size(first))
	for _, p := range first {
		for _, ps := range lists[p[0]] {
			docs = append(docs, ps.doc)
		}
	}
	if len(first) > 1 {
		slices.Sort(docs)
		docs = slices.Compact(docs)
	}
	keep := func(phrases []search.Phrase, want bool) {
		cs := make([]cursor, len(phrases))
		for i, p := range phrases {
			cs[i] = cursor{ps: lists[p[0]]}
		}
		docs = slices.DeleteFunc(docs, func(doc uint32) bool {
			found := false
			for i := range cs {
				if cs[i].weight(doc) > 0 {
					found = true
				}
			}
			return found != want
		})
	}
	for i, c := range q.Clauses {
		if len(docs) == 0 {
			break
		}
		if i != lead {
			keep(c, true)
		}
	}
	if len(q.Excluded) > 0 && len(docs) > 0 {
		keep(q.Excluded, false)
	}
	return docs
}

// cursor walks a term's postings forward, for documents asked in
// increasing order.
type cursor struct {
	ps []posting
	i  int
}

// weight is the term's weight in doc, 0 when doc does not hold it. It
// gallops: a common term's list is crossed in steps when a rare one leads.
func (c *cursor) weight(doc uint32) uint32 {
	ps := c.ps
	if c.i >= len(ps) || ps[c.i].doc > doc {
		return 0
	}
	if ps[c.i].doc < doc {
		step, hi := 1, c.i+1
		for hi < len(ps) && ps[hi].doc < doc {
			c.i = hi
			step *= 2
			hi = c.i + step
		}
		hi = min(hi, len(ps))
		j, _ := slices.BinarySearchFunc(ps[c.i:hi], doc, func(p posting, d uint32) int { return cmp.Compare(p.doc, d) })
		c.i += j
	}
	if c.i < len(ps) && ps[c.i].doc == doc {
		return ps[c.i].w
	}
	return 0
}

// topK keeps the k best scored documents pushed, in a min-heap on better.
type topK struct {
	k    int
	heap []scored
}

func (t *topK) push(x scored) {
	h := t.heap
	if len(h) == t.k {
		if !better(x, h[0]) {
			return
		}
		h[0] = x
		t.down(0)
		return
	}
	h = append(h, x)
	t.heap = h
	for i := len(h) - 1; i > 0; {
		parent := (i - 1) / 2
		if !better(h[parent], h[i]) {
			break
		}
		h[parent], h[i] = h[i], h[parent]
		i = parent
	}
}

// down restores the heap from i: the worst kept is at the root.
func (t *topK) down(i int) {
	h := t.heap
	for {
		worst, l, r := i, 2*i+1, 2*i+2
		if l < len(h) && better(h[worst], h[l]) {
			worst = l
		}
		if r < len(h) && better(h[worst], h[r]) {
			worst = r
		}
		if worst == i {
			return
		}
		h[i], h[worst] = h[worst], h[i]
		i = worst
	}
}

// sorted is the kept documents, best first.
func (t *topK) sorted() []scored {
	slices.SortFunc(t.heap, func(a, b scored) int {
		if better(a, b) {
			return -1
		}
		if better(b, a) {
			return 1
		}
		return 0
	})
	return t.heap
}
