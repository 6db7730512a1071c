package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/isnad/isnad/store"
)

const entityColumns = `e.id, e.type, e.name, e.english, e.kind, e.wikidata, e.affiliation, e.mentions, e.documents`

func scanEntity(r scanner) (store.EntityInfo, error) {
	e := store.EntityInfo{Aliases: []string{}}
	err := r.Scan(&e.ID, &e.Type, &e.Name, &e.English, &e.Kind, &e.Wikidata, &e.Affiliation, &e.Mentions, &e.Documents)
	return e, err
}

// Entities lists corpus-wide entities, most mentioned first; see
// store.AnalysisStore.
func (s *Store) Entities(ctx context.Context, f store.EntityFilter, page store.Page) (store.EntityPage, error) {
	page = page.Normalized()
	out := store.EntityPage{Entities: []store.EntityInfo{}}
	var conds []string
	var args []any
	if f.Type != "" {
		conds = append(conds, "e.type = ?")
		args = append(args, f.Type)
	}
	if q := strings.TrimSpace(matchForm(f.Query)); q != "" {
		pattern := likePattern(q)
		// The aliases are scanned once (an uncorrelated IN), not once per entity.
		conds = append(conds, `(e.folded LIKE ? ESCAPE '\' OR e.id IN (SELECT entity_id FROM entity_aliases
			WHERE folded LIKE ? ESCAPE '\'))`)
		args = append(args, pattern, pattern)
	}
	where := ""
	if len(conds) > 0 {
		where = " WHERE " + strings.Join(conds, " AND ")
	}
	tx, err := s.read.BeginTx(ctx, nil)
	if err != nil {
		return out, fmt.Errorf("listing entities in %s: %w", s.path, err)
	}
	defer tx.Rollback()
	if err := s.entityPage(ctx, tx, where, args, f.Query != "", page, &out); err != nil {
		return out, fmt.Errorf("listing entities in %s: %w", s.path, err)
	}
	for i := range out.Entities {
		if err := readAliases(ctx, tx, &out.Entities[i]); err != nil {
			return out, fmt.Errorf("listing entities in %s: %w", s.path, err)
		}
	}
	return out, nil
}

// Entity returns one entity; see store.AnalysisStore.
func (s *Store) Entity(ctx context.Context, id string) (store.EntityInfo, error) {
	tx, err := s.read.BeginTx(ctx, nil)
	if err != nil {
		return store.EntityInfo{}, fmt.Errorf("reading entity %s from %s: %w", id, s.path, err)
	}
	defer tx.Rollback()
	e, err := scanEntity(tx.QueryRowContext(ctx, "SELECT "+entityColumns+" FROM entities e WHERE e.id = ?", id))
	if err == nil {
		err = readAliases(ctx, tx, &e)
	}
	if err != nil {
		return store.EntityInfo{}, fmt.Errorf("reading entity %s from %s: %w", id, s.path, notFound(err, "entity", id))
	}
	return e, nil
}

func readAliases(ctx context.Context, q querier, e *store.EntityInfo) error {
	return eachRow(ctx, q, "SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias", []any{e.ID},
		func(r *sql.Rows) error {
			var a string
			err := r.Scan(&a)
			e.Aliases = append(e.Aliases, a)
			return err
		})
}

// Mentions lists an entity's mentions, newest document first; see
// store.AnalysisStore.
func (s *Store) Mentions(ctx context.Context, entityID string, page store.Page) (store.MentionPage, error) {
	page = page.Normalized()
	out := store.MentionPage{Mentions: []store.StoredMention{}}
	tx, err := s.read.BeginTx(ctx, nil)
	if err != nil {
		return out, fmt.Errorf("listing mentions of %s in %s: %w", entityID, s.path, err)
	}
	defer tx.Rollback()
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM mentions WHERE entity_id = ?", entityID).Scan(&out.Total); err != nil {
		return out, fmt.Errorf("counting mentions of %s in %s: %w", entityID, s.path, err)
	}
	err = eachRow(ctx, tx, `SELECT m.doc_id, m.span_start, m.span_end, m.text, d.outlet, m.published, d.title
		FROM mentions m JOIN documents d ON d.id = m.doc_id
		WHERE m.entity_id = ?
		ORDER BY m.published DESC, m.doc_id, m.entity_pos, m.position LIMIT ? OFFSET ?`,
		[]any{entityID, page.Limit, page.Offset}, func(r *sql.Rows) error {
			var m store.StoredMention
			err := r.Scan(&m.Doc, &m.Start, &m.End, &m.Text, &m.Outlet, &m.Published, &m.Title)
			out.Mentions = append(out.Mentions, m)
			return err
		})
	if err != nil {
		return out, fmt.Errorf("listing mentions of %s in %s: %w", entityID, s.path, err)
	}
	return out, nil
}

// entityPage reads one page of entities and the number of matches. A query
// by name matches by scanning: one pass then gives the page and, beside each
// row, the count (only a page past the end needs counting on its own).
// Without one, the page walks the mentions index and stops at the limit,
// and the count runs on its own.
func (s *Store) entityPage(ctx context.Context, tx *sql.Tx, where string, args []any, scan bool, page store.Page, out *store.EntityPage) error {
	countOver := ""
	if scan {
		countOver = ", count(*) OVER ()"
	}
	err := eachRow(ctx, tx, "SELECT "+entityColumns+countOver+" FROM entities e"+where+
		" ORDER BY e.mentions DESC, e.id LIMIT ? OFFSET ?", append(args, page.Limit, page.Offset),
		func(r *sql.Rows) error {
			e := store.EntityInfo{Aliases: []string{}}
			dest := []any{&e.ID, &e.Type, &e.Name, &e.English, &e.Kind, &e.Wikidata, &e.Affiliation, &e.Mentions, &e.Documents}
			if scan {
				dest = append(dest, &out.Total)
			}
			err := r.Scan(dest...)
			out.Entities = append(out.Entities, e)
			return err
		})
	if err != nil || (scan && len(out.Entities) > 0) {
		return err
	}
	return tx.QueryRowContext(ctx, "SELECT count(*) FROM entities e"+where, args...).Scan(&out.Total)
}
