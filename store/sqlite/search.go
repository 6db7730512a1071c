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
	// Ranking and cutting snippets is processor work (a few ms): run at
	// most one search per processor at once. More would only share the
	// processors and each take longer, and the cheap reads served meanwhile
	// would wait behind all of them instead of a few.
	select {
	case s.searching <- struct{}{}:
		defer func() { <-s.searching }()
	case <-ctx.Done():
		return nil, fmt.Errorf("searching %s for %q: %w", s.path, query, ctx.Err())
	}
	if hits, ok := s.searches.get(docsKey, key); ok {
		return hits, nil // found by a search that ran while this one waited
	}
	hits, err := s.rank(ctx, key.match, key.filter, key.page)
	if err != nil {
		return nil, fmt.Errorf("searching %s for %q: %w", s.path, query, err)
	}
	if err := s.addSnippets(ctx, hits, q.Terms()); err != nil {
		return nil, fmt.Errorf("searching %s for %q: %w", s.path, query, err)
	}
	s.searches.put(docsKey, key, hits)
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
		SELECT d.id, d.title, d.outlet, d.published, d.url, top.rank
		FROM top
		JOIN document_terms t ON t.rowid = top.r
		JOIN documents d ON d.id = t.doc_id
		ORDER BY top.rank`
	rankFiltered = `
		SELECT d.id, d.title, d.outlet, d.published, d.url, document_terms.rank
		FROM document_terms JOIN documents d ON d.id = document_terms.doc_id
		WHERE document_terms MATCH ? AND document_terms.rank MATCH '` + rankFunc + `' AND %s
		ORDER BY document_terms.rank LIMIT ? OFFSET ?`
)

// rank returns one page of the matching documents, best first, without
// snippets.
func (s *Store) rank(ctx context.Context, match string, f store.Filter, page store.Page) ([]store.Hit, error) {
	query, args := rankTop, []any{match, page.Limit, page.Offset}
	if where, fargs := filterSQL(f, "d."); where != "" {
		query = fmt.Sprintf(rankFiltered, strings.TrimPrefix(where, " WHERE "))
		args = append(append([]any{match}, fargs...), page.Limit, page.Offset)
	}
	rows, err := s.query(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var hits []store.Hit
	for rows.Next() {
		var h store.Hit
		var rank float64
		if err := rows.Scan(&h.ID, &h.Title, &h.Outlet, &h.Published, &h.URL, &rank); err != nil {
			return nil, err
		}
		h.Score = -rank // bm25 is lower for better matches
		hits = append(hits, h)
	}
	return hits, rows.Err()
}

// addSnippets reads the hits' bodies and cuts each one's snippet.
func (s *Store) addSnippets(ctx context.Context, hits []store.Hit, match map[string]bool) error {
	if len(hits) == 0 {
		return nil
	}
	args := make([]any, len(hits))
	at := make(map[string]int, len(hits))
	for i, h := range hits {
		args[i] = h.ID
		at[h.ID] = i
	}
	rows, err := s.query(ctx,
		"SELECT id, body FROM documents WHERE id IN ("+placeholders(len(args))+")", args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	bodies := make([]string, len(hits))
	for rows.Next() {
		var id, body string
		if err := rows.Scan(&id, &body); err != nil {
			return err
		}
		bodies[at[id]] = body
	}
	if err := rows.Err(); err != nil {
		return err
	}
	// Cutting a snippet needs the terms of the body, as far as the window
	// with every term sought (search.Analyzer.Extend). Those analysed for
	// earlier searches are kept (termscache.go) and extended when this one
	// needs more; the others are analysed, spread over the processors.
	parts := make([]*search.Partial, len(hits))
	var todo []int
	for i, h := range hits {
		p, ok := s.terms.get(h.ID)
		if ok && p.Enough(bodies[i], match, search.SnippetWords) {
			parts[i] = p
			continue
		}
		if ok {
			parts[i] = p.Clone()
		} else {
			parts[i] = &search.Partial{}
		}
		todo = append(todo, i)
	}
	s.parallel(len(todo), func(a *search.Analyzer, j int) {
		i := todo[j]
		a.Extend(parts[i], bodies[i], match, search.SnippetWords)
		s.terms.put(hits[i].ID, parts[i])
	})
	for i := range hits {
		hits[i].Snippet = parts[i].Snippet(bodies[i], match, search.SnippetWords)
	}
	return nil
}
