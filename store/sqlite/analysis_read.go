package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/store"
)

// querier is a connection pool or a transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// Analysis returns a document's analysis; see store.AnalysisStore.
func (s *Store) Analysis(ctx context.Context, docID string) (export.DocumentAnalysis, error) {
	tx, err := s.read.BeginTx(ctx, nil) // one snapshot for all the tables
	if err != nil {
		return export.DocumentAnalysis{}, fmt.Errorf("reading the analysis of %s from %s: %w", docID, s.path, err)
	}
	defer tx.Rollback()
	got, err := loadAnalyses(ctx, tx, docID, docID)
	if err != nil {
		return export.DocumentAnalysis{}, fmt.Errorf("reading the analysis of %s from %s: %w", docID, s.path, err)
	}
	a, ok := got[docID]
	if !ok {
		return export.DocumentAnalysis{}, &store.NotFoundError{Kind: "analysis", ID: docID}
	}
	return *a, nil
}

// loadAnalyses reads the analyses of the documents whose ids lie in
// [lo, hi], keyed by document id. Rows come in key order, so each list is
// rebuilt in its stored order.
func loadAnalyses(ctx context.Context, q querier, lo, hi string) (map[string]*export.DocumentAnalysis, error) {
	out := map[string]*export.DocumentAnalysis{}
	err := eachRow(ctx, q, `SELECT doc_id, recycled FROM document_analyses
		WHERE doc_id >= ? AND doc_id <= ? ORDER BY doc_id`, []any{lo, hi}, func(r *sql.Rows) error {
		a := &export.DocumentAnalysis{Entities: []export.Entity{}, Times: []export.Time{},
			Quantities: []export.Quantity{}, Claims: []export.Claim{}, Events: []export.Event{}}
		if err := r.Scan(&a.Doc, &a.Recycled); err != nil {
			return err
		}
		out[a.Doc] = a
		return nil
	})
	if err != nil || len(out) == 0 {
		return out, err
	}
	for _, load := range []func(context.Context, querier, string, string, map[string]*export.DocumentAnalysis) error{
		loadEntities, loadMentions, loadTimes, loadQuantities, loadClaims, loadLinks, loadEvents, loadActors,
	} {
		if err := load(ctx, q, lo, hi, out); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// eachRow runs a query and calls fn on each row.
func eachRow(ctx context.Context, q querier, query string, args []any, fn func(*sql.Rows) error) error {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// owner finds the analysis a row belongs to; a row without one is a defect
// of the store's writing.
func owner(into map[string]*export.DocumentAnalysis, doc, what string) (*export.DocumentAnalysis, error) {
	a, ok := into[doc]
	if !ok {
		return nil, fmt.Errorf("%s of document %s without its analysis row", what, doc)
	}
	return a, nil
}

const rangeWhere = ` WHERE doc_id >= ? AND doc_id <= ? ORDER BY doc_id, `

func loadEntities(ctx context.Context, q querier, lo, hi string, into map[string]*export.DocumentAnalysis) error {
	return eachRow(ctx, q, `SELECT doc_id, entity_id, type, name, english, kind, wikidata, affiliation, aliases
		FROM document_entities`+rangeWhere+`position`, []any{lo, hi}, func(r *sql.Rows) error {
		var doc, aliases string
		e := export.Entity{Mentions: []export.Mention{}}
		if err := r.Scan(&doc, &e.ID, &e.Type, &e.Name, &e.English, &e.Kind, &e.Wikidata, &e.Affiliation, &aliases); err != nil {
			return err
		}
		if err := json.Unmarshal([]byte(aliases), &e.Aliases); err != nil {
			return fmt.Errorf("entity %s of %s: reading its aliases: %w", e.ID, doc, err)
		}
		a, err := owner(into, doc, "entity")
		if err != nil {
			return err
		}
		a.Entities = append(a.Entities, e)
		return nil
	})
}

func loadMentions(ctx context.Context, q querier, lo, hi string, into map[string]*export.DocumentAnalysis) error {
	return eachRow(ctx, q, `SELECT doc_id, entity_pos, span_start, span_end, text
		FROM mentions`+rangeWhere+`entity_pos, position`, []any{lo, hi}, func(r *sql.Rows) error {
		var m export.Mention
		var pos int
		if err := r.Scan(&m.Doc, &pos, &m.Start, &m.End, &m.Text); err != nil {
			return err
		}
		a, err := owner(into, m.Doc, "mention")
		if err != nil {
			return err
		}
		if pos < 0 || pos >= len(a.Entities) {
			return fmt.Errorf("mention of %s: entity %d out of range", m.Doc, pos)
		}
		a.Entities[pos].Mentions = append(a.Entities[pos].Mentions, m)
		return nil
	})
}

func loadTimes(ctx context.Context, q querier, lo, hi string, into map[string]*export.DocumentAnalysis) error {
	return eachRow(ctx, q, `SELECT doc_id, span_start, span_end, text, value, end_value, qualifier
		FROM times`+rangeWhere+`position`, []any{lo, hi}, func(r *sql.Rows) error {
		t, err := scanTime(r)
		if err != nil {
			return err
		}
		a, err := owner(into, t.Doc, "time")
		if err != nil {
			return err
		}
		a.Times = append(a.Times, t)
		return nil
	})
}

func scanTime(r scanner) (export.Time, error) {
	var t export.Time
	var value, endValue, qualifier sql.NullString
	if err := r.Scan(&t.Doc, &t.Start, &t.End, &t.Text, &value, &endValue, &qualifier); err != nil {
		return t, err
	}
	t.Value, t.EndValue, t.Qualifier = stringPtr(value), stringPtr(endValue), stringPtr(qualifier)
	return t, nil
}

func loadQuantities(ctx context.Context, q querier, lo, hi string, into map[string]*export.DocumentAnalysis) error {
	return eachRow(ctx, q, `SELECT doc_id, span_start, span_end, text, value, min_value, max_value, approx, unit
		FROM quantities`+rangeWhere+`position`, []any{lo, hi}, func(r *sql.Rows) error {
		qt, err := scanQuantity(r)
		if err != nil {
			return err
		}
		a, err := owner(into, qt.Doc, "quantity")
		if err != nil {
			return err
		}
		a.Quantities = append(a.Quantities, qt)
		return nil
	})
}

func scanQuantity(r scanner) (export.Quantity, error) {
	var q export.Quantity
	var value, lo, hi sql.NullFloat64
	if err := r.Scan(&q.Doc, &q.Start, &q.End, &q.Text, &value, &lo, &hi, &q.Approx, &q.Unit); err != nil {
		return q, err
	}
	q.Value, q.Min, q.Max = floatPtr(value), floatPtr(lo), floatPtr(hi)
	return q, nil
}

// claimColumns are read in the order scanClaim expects.
// A claim's text is most often its document's text at its span, which is
// then not stored twice (substr counts characters, code points, in SQLite
// and PostgreSQL alike); the query must join documents as d.
const claimColumns = `c.doc_id, c.id, c.span_start, c.span_end,
	coalesce(c.text, substr(d.body, c.span_start + 1, c.span_end - c.span_start)), c.polarity, c.carried,
	c.hedges, c.entity_refs, c.time_refs, c.quantity_refs`

func scanClaim(r scanner, extra ...any) (export.Claim, error) {
	c := export.Claim{Chain: []export.Link{}}
	var hedges, entities, times, quantities string
	dest := append([]any{&c.Doc, &c.ID, &c.Start, &c.End, &c.Text, &c.Polarity, &c.Carried,
		&hedges, &entities, &times, &quantities}, extra...)
	if err := r.Scan(dest...); err != nil {
		return c, err
	}
	lists := [...]struct {
		name string
		raw  string
		into any
	}{{"hedges", hedges, &c.Hedges}, {"entities", entities, &c.Entities}, {"times", times, &c.Times}, {"quantities", quantities, &c.Quantities}}
	for _, l := range lists {
		if err := json.Unmarshal([]byte(l.raw), l.into); err != nil {
			return c, fmt.Errorf("claim %s: reading its %s: %w", c.ID, l.name, err)
		}
	}
	return c, nil
}

func loadClaims(ctx context.Context, q querier, lo, hi string, into map[string]*export.DocumentAnalysis) error {
	return eachRow(ctx, q, `SELECT `+claimColumns+` FROM claims c JOIN documents d ON d.id = c.doc_id
		WHERE c.doc_id >= ? AND c.doc_id <= ? ORDER BY c.doc_id, c.position`, []any{lo, hi}, func(r *sql.Rows) error {
		c, err := scanClaim(r)
		if err != nil {
			return err
		}
		a, err := owner(into, c.Doc, "claim")
		if err != nil {
			return err
		}
		a.Claims = append(a.Claims, c)
		return nil
	})
}

// linkColumns are read in the order scanLink expects.
const linkColumns = `name, kind, entity_id, cue, org, role, inherited_from`

func scanLink(r scanner, extra ...any) (export.Link, error) {
	var l export.Link
	var entity sql.NullString
	dest := append([]any{&l.Name, &l.Kind, &entity, &l.Cue, &l.Org, &l.Role, &l.InheritedFrom}, extra...)
	if err := r.Scan(dest...); err != nil {
		return l, err
	}
	l.Entity = stringPtr(entity)
	return l, nil
}

func loadLinks(ctx context.Context, q querier, lo, hi string, into map[string]*export.DocumentAnalysis) error {
	return eachRow(ctx, q, `SELECT `+linkColumns+`, doc_id, claim_pos
		FROM chain_links`+rangeWhere+`claim_pos, position`, []any{lo, hi}, func(r *sql.Rows) error {
		var doc string
		var pos int
		l, err := scanLink(r, &doc, &pos)
		if err != nil {
			return err
		}
		a, err := owner(into, doc, "chain link")
		if err != nil {
			return err
		}
		if pos < 0 || pos >= len(a.Claims) {
			return fmt.Errorf("chain link of %s: claim %d out of range", doc, pos)
		}
		a.Claims[pos].Chain = append(a.Claims[pos].Chain, l)
		return nil
	})
}

// eventColumns are read in the order scanEvent expects.
const eventColumns = `e.doc_id, e.id, e.claim_id, e.type, e.place, e.time_ref, e.quantity_refs`

func scanEvent(r scanner, extra ...any) (doc string, e export.Event, err error) {
	e.Actors = []export.EventActor{}
	var place sql.NullString
	var timeRef sql.NullInt64
	var quantities string
	dest := append([]any{&doc, &e.ID, &e.Claim, &e.Type, &place, &timeRef, &quantities}, extra...)
	if err := r.Scan(dest...); err != nil {
		return doc, e, err
	}
	e.Place = stringPtr(place)
	if timeRef.Valid {
		t := int(timeRef.Int64)
		e.Time = &t
	}
	if err := json.Unmarshal([]byte(quantities), &e.Quantities); err != nil {
		return doc, e, fmt.Errorf("event %s: reading its quantities: %w", e.ID, err)
	}
	return doc, e, nil
}

func loadEvents(ctx context.Context, q querier, lo, hi string, into map[string]*export.DocumentAnalysis) error {
	return eachRow(ctx, q, `SELECT `+eventColumns+` FROM events e
		WHERE e.doc_id >= ? AND e.doc_id <= ? ORDER BY e.doc_id, e.position`, []any{lo, hi}, func(r *sql.Rows) error {
		doc, e, err := scanEvent(r)
		if err != nil {
			return err
		}
		a, err := owner(into, doc, "event")
		if err != nil {
			return err
		}
		a.Events = append(a.Events, e)
		return nil
	})
}

func loadActors(ctx context.Context, q querier, lo, hi string, into map[string]*export.DocumentAnalysis) error {
	return eachRow(ctx, q, `SELECT doc_id, event_pos, entity_id, role
		FROM event_actors`+rangeWhere+`event_pos, position`, []any{lo, hi}, func(r *sql.Rows) error {
		var doc string
		var pos int
		var ac export.EventActor
		if err := r.Scan(&doc, &pos, &ac.Entity, &ac.Role); err != nil {
			return err
		}
		a, err := owner(into, doc, "event actor")
		if err != nil {
			return err
		}
		if pos < 0 || pos >= len(a.Events) {
			return fmt.Errorf("event actor of %s: event %d out of range", doc, pos)
		}
		a.Events[pos].Actors = append(a.Events[pos].Actors, ac)
		return nil
	})
}

func stringPtr(n sql.NullString) *string {
	if !n.Valid {
		return nil
	}
	return &n.String
}

func floatPtr(n sql.NullFloat64) *float64 {
	if !n.Valid {
		return nil
	}
	return &n.Float64
}

// forEachChunk is how many documents ForEachAnalysis reads at a time.
const forEachChunk = 200

// ForEachAnalysis walks every document with its analysis; see
// store.AnalysisStore.
func (s *Store) ForEachAnalysis(ctx context.Context, fn func(isnad.Document, export.DocumentAnalysis) error) error {
	after := ""
	for {
		docs, analyses, err := s.analysisChunk(ctx, after)
		if err != nil {
			return fmt.Errorf("reading analyses from %s after %q: %w", s.path, after, err)
		}
		for _, d := range docs {
			a, ok := analyses[d.ID]
			if !ok {
				a = &export.DocumentAnalysis{Doc: d.ID, Entities: []export.Entity{}, Times: []export.Time{},
					Quantities: []export.Quantity{}, Claims: []export.Claim{}, Events: []export.Event{}}
			}
			if err := fn(d, *a); err != nil {
				return err
			}
		}
		if len(docs) < forEachChunk {
			return nil
		}
		after = docs[len(docs)-1].ID
	}
}

// analysisChunk reads, in one snapshot, the next documents after the id
// after and their analyses.
func (s *Store) analysisChunk(ctx context.Context, after string) ([]isnad.Document, map[string]*export.DocumentAnalysis, error) {
	tx, err := s.read.BeginTx(ctx, nil)
	if err != nil {
		return nil, nil, err
	}
	defer tx.Rollback()
	var docs []isnad.Document
	err = eachRow(ctx, tx, "SELECT "+documentColumns+" FROM documents WHERE id > ? ORDER BY id LIMIT ?",
		[]any{after, forEachChunk}, func(r *sql.Rows) error {
			d, err := scanDocument(r)
			docs = append(docs, d)
			return err
		})
	if err != nil || len(docs) == 0 {
		return docs, nil, err
	}
	analyses, err := loadAnalyses(ctx, tx, docs[0].ID, docs[len(docs)-1].ID)
	return docs, analyses, err
}

// notFound turns sql.ErrNoRows into a *store.NotFoundError.
func notFound(err error, kind, id string) error {
	if errors.Is(err, sql.ErrNoRows) {
		return &store.NotFoundError{Kind: kind, ID: id}
	}
	return err
}
