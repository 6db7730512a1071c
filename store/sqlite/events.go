package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/store"
)

// Events lists stored events, newest first; see store.AnalysisStore.
func (s *Store) Events(ctx context.Context, f store.EventFilter, page store.Page) (store.EventPage, error) {
	page = page.Normalized()
	out := store.EventPage{Events: []store.StoredEvent{}}
	var conds []string
	var args []any
	if f.Entity != "" {
		conds = append(conds, "(e.doc_id, e.position) IN (SELECT doc_id, event_pos FROM event_actors WHERE entity_id = ?)")
		args = append(args, f.Entity)
	}
	if f.Type != "" {
		conds = append(conds, "e.type = ?")
		args = append(args, f.Type)
	}
	where := ""
	if len(conds) > 0 {
		where = " WHERE " + strings.Join(conds, " AND ")
	}
	tx, err := s.read.BeginTx(ctx, nil)
	if err != nil {
		return out, fmt.Errorf("listing events in %s: %w", s.path, err)
	}
	defer tx.Rollback()
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM events e"+where, args...).Scan(&out.Total); err != nil {
		return out, fmt.Errorf("counting events in %s: %w", s.path, err)
	}
	var positions []int
	err = eachRow(ctx, tx, "SELECT "+eventColumns+", e.position, d.outlet, e.published FROM events e"+
		" JOIN documents d ON d.id = e.doc_id"+where+
		" ORDER BY e.published DESC, e.doc_id, e.position LIMIT ? OFFSET ?",
		append(args, page.Limit, page.Offset), func(r *sql.Rows) error {
			var se store.StoredEvent
			var pos int
			doc, e, err := scanEvent(r, &pos, &se.Outlet, &se.Published)
			se.Event, se.Doc, se.Amounts = e, doc, []export.Quantity{}
			out.Events = append(out.Events, se)
			positions = append(positions, pos)
			return err
		})
	if err != nil {
		return out, fmt.Errorf("listing events in %s: %w", s.path, err)
	}
	for i := range out.Events {
		if err := readEventDetails(ctx, tx, &out.Events[i], positions[i]); err != nil {
			return out, fmt.Errorf("reading event %s in %s: %w", out.Events[i].ID, s.path, err)
		}
	}
	return out, nil
}

// readEventDetails adds an event's actors and resolves its time and
// quantities from its document's lists.
func readEventDetails(ctx context.Context, q querier, e *store.StoredEvent, pos int) error {
	err := eachRow(ctx, q, "SELECT entity_id, role FROM event_actors WHERE doc_id = ? AND event_pos = ? ORDER BY position",
		[]any{e.Doc, pos}, func(r *sql.Rows) error {
			var ac export.EventActor
			err := r.Scan(&ac.Entity, &ac.Role)
			e.Actors = append(e.Actors, ac)
			return err
		})
	if err != nil {
		return err
	}
	if e.Time != nil {
		t, err := scanTime(q.QueryRowContext(ctx, `SELECT doc_id, span_start, span_end, text, value, end_value, qualifier
			FROM times WHERE doc_id = ? AND position = ?`, e.Doc, *e.Time))
		if err != nil {
			return fmt.Errorf("reading its time: %w", err)
		}
		e.At = &t
	}
	for _, qi := range e.Quantities {
		qt, err := scanQuantity(q.QueryRowContext(ctx, `SELECT doc_id, span_start, span_end, text, value, min_value, max_value, approx, unit
			FROM quantities WHERE doc_id = ? AND position = ?`, e.Doc, qi))
		if err != nil {
			return fmt.Errorf("reading its quantity %d: %w", qi, err)
		}
		e.Amounts = append(e.Amounts, qt)
	}
	return nil
}
