package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/store"
)

// documentColumns are read in the order scanDocument expects.
const documentColumns = `id, source, url, outlet, published, published_from, language,
	title, author, removed, credits, body`

type scanner interface{ Scan(dest ...any) error }

func scanDocument(row scanner) (isnad.Document, error) {
	var d isnad.Document
	var removed, credits string
	err := row.Scan(&d.ID, &d.Source, &d.URL, &d.Outlet, &d.Published, &d.PublishedFrom,
		&d.Language, &d.Title, &d.Author, &removed, &credits, &d.Text)
	if err != nil {
		return d, err
	}
	if err := json.Unmarshal([]byte(removed), &d.Removed); err != nil {
		return d, fmt.Errorf("document %s: reading its removed lines: %w", d.ID, err)
	}
	if err := json.Unmarshal([]byte(credits), &d.Credits); err != nil {
		return d, fmt.Errorf("document %s: reading its credits: %w", d.ID, err)
	}
	return d, nil
}

// Document returns the stored document with this id.
func (s *Store) Document(ctx context.Context, id string) (isnad.Document, error) {
	row := s.queryRow(ctx, "SELECT "+documentColumns+" FROM documents WHERE id = ?", id)
	d, err := scanDocument(row)
	if errors.Is(err, sql.ErrNoRows) {
		return isnad.Document{}, &store.NotFoundError{Kind: "document", ID: id}
	}
	if err != nil {
		return isnad.Document{}, fmt.Errorf("reading document %s from %s: %w", id, s.path, err)
	}
	return d, nil
}

// Documents lists stored documents, newest first.
func (s *Store) Documents(ctx context.Context, filter store.Filter, page store.Page) (store.DocumentPage, error) {
	page = page.Normalized()
	where, args := filterSQL(filter, "")
	var out store.DocumentPage
	err := s.read.QueryRowContext(ctx, "SELECT count(*) FROM documents"+where, args...).Scan(&out.Total)
	if err != nil {
		return out, fmt.Errorf("counting documents in %s: %w", s.path, err)
	}
	rows, err := s.read.QueryContext(ctx,
		"SELECT "+documentColumns+" FROM documents"+where+
			" ORDER BY published DESC, id DESC LIMIT ? OFFSET ?",
		append(args, page.Limit, page.Offset)...)
	if err != nil {
		return out, fmt.Errorf("listing documents in %s: %w", s.path, err)
	}
	defer rows.Close()
	for rows.Next() {
		d, err := scanDocument(rows)
		if err != nil {
			return out, fmt.Errorf("listing documents in %s: %w", s.path, err)
		}
		out.Documents = append(out.Documents, d)
	}
	if err := rows.Err(); err != nil {
		return out, fmt.Errorf("listing documents in %s: %w", s.path, err)
	}
	return out, nil
}

// filterSQL is the WHERE clause (with its leading " WHERE ", or "") and its
// arguments for filter; table qualifies the columns ("d." or "").
func filterSQL(f store.Filter, table string) (string, []any) {
	var conds []string
	var args []any
	if f.Outlet != "" {
		conds = append(conds, table+"outlet = ?")
		args = append(args, f.Outlet)
	}
	if f.From != "" || f.To != "" {
		conds = append(conds, table+"published <> ''")
	}
	if f.From != "" {
		conds = append(conds, table+"published >= ?")
		args = append(args, f.From)
	}
	if f.To != "" {
		conds = append(conds, table+"published <= ?")
		args = append(args, f.To)
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// statsCache keeps the last figures of Stats with the documents' highest
// rowid when they were counted. Documents are only ever added (never
// changed or removed), and a new row takes a rowid above every other, so an
// unchanged highest rowid means unchanged figures: the check is one index
// lookup where counting reads every row (9 ms over SaudiNewsNet, on every
// API request that looks up the corpus). Were documents ever deleted, the
// key would have to change too.
type statsCache struct {
	mu    sync.Mutex
	valid bool
	key   int64
	stats store.Stats
}

// Stats counts the stored documents.
func (s *Store) Stats(ctx context.Context) (store.Stats, error) {
	key, err := s.docsKey(ctx)
	if err != nil {
		return store.Stats{}, fmt.Errorf("counting documents in %s: %w", s.path, err)
	}
	if st, ok := s.stats.get(key); ok {
		return st, nil
	}
	// Count in one snapshot with the key, so that a batch committed in
	// between cannot pair new figures with an old key.
	tx, err := s.read.BeginTx(ctx, nil)
	if err != nil {
		return store.Stats{}, fmt.Errorf("counting documents in %s: %w", s.path, err)
	}
	defer tx.Rollback()
	if err := tx.QueryRowContext(ctx, docsKeyQuery).Scan(&key); err != nil {
		return store.Stats{}, fmt.Errorf("counting documents in %s: %w", s.path, err)
	}
	st, err := countDocuments(ctx, tx, s.path)
	if err != nil {
		return st, err
	}
	s.stats.put(key, st)
	st.Outlets = slices.Clone(st.Outlets)
	return st, nil
}

func (c *statsCache) get(key int64) (store.Stats, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.valid || c.key != key {
		return store.Stats{}, false
	}
	st := c.stats
	st.Outlets = slices.Clone(st.Outlets)
	return st, true
}

func (c *statsCache) put(key int64, st store.Stats) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.valid, c.key, c.stats = true, key, st
}

// countDocuments counts the documents, in all and per outlet.
func countDocuments(ctx context.Context, q querier, path string) (store.Stats, error) {
	var st store.Stats
	err := q.QueryRowContext(ctx, `
		SELECT count(*),
		       coalesce(min(CASE WHEN published <> '' THEN published END), ''),
		       coalesce(max(published), '')
		FROM documents`).Scan(&st.Documents, &st.Earliest, &st.Latest)
	if err != nil {
		return st, fmt.Errorf("counting documents in %s: %w", path, err)
	}
	rows, err := q.QueryContext(ctx, `
		SELECT outlet, count(*) AS n FROM documents
		GROUP BY outlet ORDER BY n DESC, outlet`)
	if err != nil {
		return st, fmt.Errorf("counting documents by outlet in %s: %w", path, err)
	}
	defer rows.Close()
	for rows.Next() {
		var oc store.OutletCount
		if err := rows.Scan(&oc.Outlet, &oc.Documents); err != nil {
			return st, fmt.Errorf("counting documents by outlet in %s: %w", path, err)
		}
		st.Outlets = append(st.Outlets, oc)
	}
	return st, rows.Err()
}
