package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

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
	row := s.read.QueryRowContext(ctx, "SELECT "+documentColumns+" FROM documents WHERE id = ?", id)
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

// Stats counts the stored documents.
func (s *Store) Stats(ctx context.Context) (store.Stats, error) {
	var st store.Stats
	err := s.read.QueryRowContext(ctx, `
		SELECT count(*),
		       coalesce(min(CASE WHEN published <> '' THEN published END), ''),
		       coalesce(max(published), '')
		FROM documents`).Scan(&st.Documents, &st.Earliest, &st.Latest)
	if err != nil {
		return st, fmt.Errorf("counting documents in %s: %w", s.path, err)
	}
	rows, err := s.read.QueryContext(ctx, `
		SELECT outlet, count(*) AS n FROM documents
		GROUP BY outlet ORDER BY n DESC, outlet`)
	if err != nil {
		return st, fmt.Errorf("counting documents by outlet in %s: %w", s.path, err)
	}
	defer rows.Close()
	for rows.Next() {
		var oc store.OutletCount
		if err := rows.Scan(&oc.Outlet, &oc.Documents); err != nil {
			return st, fmt.Errorf("counting documents by outlet in %s: %w", s.path, err)
		}
		st.Outlets = append(st.Outlets, oc)
	}
	return st, rows.Err()
}
