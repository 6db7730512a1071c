package sqlite

import (
	"context"
	"fmt"
	"strings"

	"github.com/isnad/isnad/search"
	"github.com/isnad/isnad/store"
)

// Search finds documents for a query; see store.Store.
func (s *Store) Search(ctx context.Context, query string, opt store.SearchOptions) ([]store.Hit, error) {
	q, err := search.ParseQuery(query)
	if err != nil {
		return nil, err
	}
	key := searchKey{match: matchExpression(q), filter: opt.Filter, page: opt.Page.Normalized()}
	docsKey, err := s.docsKey(ctx)
	if err != nil {
		return nil, fmt.Errorf("searching %s for %q: %w", s.path, query, err)
	}
	if hits, ok := s.searches.get(docsKey, key); ok {
		return hits, nil
	}
	// Ranking and cutting snippets is processor work (half a ms): at most
	// searchesPerCPU run at once per processor, so that a burst of searches
	// cannot hold every processor and connection while the cheap reads wait.
	// With one a processor (when a search cost 3-4 ms) new searches queued
	// for the slots: under 50 clients on 2 cores their p95 was 51-54 ms
	// against 7 ms for the other reads; with four, 23 ms against 12-14.
	select {
	case s.searching <- struct{}{}:
		defer func() { <-s.searching }()
	case <-ctx.Done():
		return nil, fmt.Errorf("searching %s for %q: %w", s.path, query, ctx.Err())
	}
	if hits, ok := s.searches.get(docsKey, key); ok {
		return hits, nil // found by a search that ran while this one waited
	}
	hits, err := s.find(ctx, q, key, docsKey)
	if err != nil {
		return nil, fmt.Errorf("searching %s for %q: %w", s.path, query, err)
	}
	s.searches.put(docsKey, key, hits)
	return hits, nil
}

// find ranks a page of hits and cuts their snippets. Words (AND, OR, NOT),
// filtered or not, are ranked from the store's own index (rankterms.go);
// phrases by FTS5, which has the positions. Both score with the same bm25.
func (s *Store) find(ctx context.Context, q search.Query, key searchKey, docsKey int64) ([]store.Hit, error) {
	v, err := s.lengths(ctx, docsKey)
	if err != nil {
		return nil, err
	}
	var hits []store.Hit
	var texts []hitText
	if v.complete && termsOnly(q) {
		ranked, err := s.rankTerms(ctx, q, v, key.filter, key.page)
		if err != nil {
			return nil, err
		}
		hits, texts, err = s.hitPage(ctx, ranked)
		if err != nil {
			return nil, err
		}
	} else {
		var docs []int64
		hits, docs, err = s.rank(ctx, key.match, key.filter, key.page)
		if err != nil {
			return nil, err
		}
		if texts, err = s.hitTexts(ctx, hits, docs); err != nil {
			return nil, err
		}
	}
	s.cutSnippets(hits, texts, q.Terms())
	return hits, nil
}

// docsKey is the documents' highest rowid: it changes with every document
// stored, and only then (documents are never changed or removed), which
// makes it the key of what is cached about them.
func (s *Store) docsKey(ctx context.Context) (int64, error) {
	var key int64
	err := s.queryRow(ctx, docsKeyQuery).Scan(&key)
	return key, err
}

const docsKeyQuery = "SELECT coalesce(max(rowid), 0) FROM documents"

// rankFunc ranks matches by bm25, a match in the title counting twice one in
// the body (weights for doc_id, title, body).
const (
	rankFunc = "bm25(0.0, 2.0, 1.0)"
	rankExpr = "bm25(document_terms, 0.0, 2.0, 1.0)"
)

// rankTop serves unfiltered searches: it ranks inside the index alone with
// ORDER BY bm25(…) LIMIT, for which SQLite keeps only the page's best rows,
// and then reads the page's documents. rankFiltered serves filtered ones:
// ORDER BY rank makes FTS5 hand matches over best first, so the join and
// filter stop once the page is full instead of reading every match's
// document. (Each is about twice as fast as the other's plan on its own
// case, for a query matching most of SaudiNewsNet.)
const (
	rankTop = `
		WITH top AS (
			SELECT rowid AS r, ` + rankExpr + ` AS rank FROM document_terms
			WHERE document_terms MATCH ? ORDER BY rank LIMIT ? OFFSET ?)
		SELECT top.r, d.id, d.title, d.outlet, d.published, d.url, top.rank
		FROM top
		JOIN document_terms t ON t.rowid = top.r
		JOIN documents d ON d.id = t.doc_id
		ORDER BY top.rank`
	rankFiltered = `
		SELECT document_terms.rowid, d.id, d.title, d.outlet, d.published, d.url, document_terms.rank
		FROM document_terms JOIN documents d ON d.id = document_terms.doc_id
		WHERE document_terms MATCH ? AND document_terms.rank MATCH '` + rankFunc + `' AND %s
		ORDER BY document_terms.rank LIMIT ? OFFSET ?`
)

// rank returns one page of the matching documents, best first, without
// snippets, and their numbers in document_terms.
func (s *Store) rank(ctx context.Context, match string, f store.Filter, page store.Page) ([]store.Hit, []int64, error) {
	query, args := rankTop, []any{match, page.Limit, page.Offset}
	if where, fargs := filterSQL(f, "d."); where != "" {
		query = fmt.Sprintf(rankFiltered, strings.TrimPrefix(where, " WHERE "))
		args = append(append([]any{match}, fargs...), page.Limit, page.Offset)
	}
	rows, err := s.query(ctx, query, args...)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	var hits []store.Hit
	var docs []int64
	for rows.Next() {
		var h store.Hit
		var doc int64
		var rank float64
		if err := rows.Scan(&doc, &h.ID, &h.Title, &h.Outlet, &h.Published, &h.URL, &rank); err != nil {
			return nil, nil, err
		}
		h.Score = -rank // bm25 is lower for better matches
		hits = append(hits, h)
		docs = append(docs, doc)
	}
	return hits, docs, rows.Err()
}

// hitText is what a hit's snippet is cut from: the body and, when stored,
// its terms' spans (search.AppendSpans).
type hitText struct {
	body  string
	spans []byte // nil: none stored, analyse the body
}

// hitPage reads the hits of ranked documents, with their bodies and spans.
func (s *Store) hitPage(ctx context.Context, ranked []scored) ([]store.Hit, []hitText, error) {
	if len(ranked) == 0 {
		return nil, nil, nil
	}
	args := make([]any, len(ranked))
	at := make(map[int64]int, len(ranked))
	for i, r := range ranked {
		args[i] = int64(r.doc)
		at[int64(r.doc)] = i
	}
	rows, err := s.query(ctx, `
		SELECT s.doc, d.id, d.title, d.outlet, d.published, d.url, d.body, p.spans
		FROM search_docs s
		JOIN documents d ON d.id = s.id
		LEFT JOIN search_spans p ON p.doc = s.doc
		WHERE s.doc IN (`+placeholders(len(args))+`)`, args...)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	hits := make([]store.Hit, len(ranked))
	texts := make([]hitText, len(ranked))
	found := 0
	for rows.Next() {
		var doc int64
		var h store.Hit
		var t hitText
		if err := rows.Scan(&doc, &h.ID, &h.Title, &h.Outlet, &h.Published, &h.URL, &t.body, &t.spans); err != nil {
			return nil, nil, err
		}
		i, ok := at[doc]
		if !ok {
			continue
		}
		h.Score = ranked[i].score
		hits[i], texts[i] = h, t
		found++
	}
	if err := rows.Err(); err != nil {
		return nil, nil, err
	}
	if found != len(ranked) {
		return nil, nil, fmt.Errorf("the search index names %d documents the store lacks", len(ranked)-found)
	}
	return hits, texts, nil
}

// hitTexts reads the bodies of hits and the spans of their documents
// (docs, numbers in document_terms).
func (s *Store) hitTexts(ctx context.Context, hits []store.Hit, docs []int64) ([]hitText, error) {
	if len(hits) == 0 {
		return nil, nil
	}
	texts := make([]hitText, len(hits))
	args := make([]any, len(hits))
	at := make(map[string]int, len(hits))
	for i, h := range hits {
		args[i] = h.ID
		at[h.ID] = i
	}
	rows, err := s.query(ctx,
		"SELECT id, body FROM documents WHERE id IN ("+placeholders(len(args))+")", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id, body string
		if err := rows.Scan(&id, &body); err != nil {
			return nil, err
		}
		texts[at[id]].body = body
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	byDoc := make(map[int64]int, len(docs))
	for i, d := range docs {
		args[i] = d
		byDoc[d] = i
	}
	rows, err = s.query(ctx,
		"SELECT doc, spans FROM search_spans WHERE doc IN ("+placeholders(len(args))+")", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var doc int64
		var spans []byte
		if err := rows.Scan(&doc, &spans); err != nil {
			return nil, err
		}
		texts[byDoc[doc]].spans = spans
	}
	return texts, rows.Err()
}

// cutSnippets cuts each hit's snippet from its spans, a few µs a hit; a
// hit without spans (none are stored when analysis made terms that do not
// run forward through the text, which it does not) is analysed.
func (s *Store) cutSnippets(hits []store.Hit, texts []hitText, match map[string]bool) {
	a := s.takeAnalyzer()
	defer s.returnAnalyzer(a)
	for i, t := range texts {
		if t.spans != nil {
			if sn, ok := a.SpanSnippet(t.body, t.spans, match, search.SnippetWords); ok {
				hits[i].Snippet = sn
				continue
			}
		}
		hits[i].Snippet = a.Snippet(t.body, match, search.SnippetWords)
	}
}
