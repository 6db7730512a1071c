package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/export"
)

// The statements that write one document's analysis, in table order.
var analysisInserts = [...]string{
	`INSERT INTO document_analyses (doc_id, recycled, analysed_at) VALUES (?, ?, ?)
	 ON CONFLICT (doc_id) DO NOTHING`,
	// The first document to name an entity sets its name; later ones fill
	// only what it left empty, and add to the counts.
	`INSERT INTO entities (id, type, name, english, kind, wikidata, affiliation, folded, mentions, documents)
	 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
	 ON CONFLICT (id) DO UPDATE SET
	   english = CASE WHEN entities.english = '' THEN excluded.english ELSE entities.english END,
	   kind = CASE WHEN entities.kind = '' THEN excluded.kind ELSE entities.kind END,
	   wikidata = CASE WHEN entities.wikidata = '' THEN excluded.wikidata ELSE entities.wikidata END,
	   affiliation = CASE WHEN entities.affiliation = '' THEN excluded.affiliation ELSE entities.affiliation END,
	   folded = CASE WHEN entities.english = '' AND excluded.english <> '' THEN entities.folded || excluded.folded ELSE entities.folded END,
	   mentions = entities.mentions + excluded.mentions,
	   documents = entities.documents + 1`,
	`INSERT INTO entity_aliases (entity_id, alias, folded) VALUES (?, ?, ?)
	 ON CONFLICT (entity_id, alias) DO NOTHING`,
	`INSERT INTO document_entities (doc_id, position, entity_id, type, name, english, kind, wikidata, affiliation, aliases)
	 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	`INSERT INTO mentions (doc_id, entity_pos, position, entity_id, span_start, span_end, text, published)
	 VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
	`INSERT INTO times (doc_id, position, span_start, span_end, text, value, end_value, qualifier)
	 VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
	`INSERT INTO quantities (doc_id, position, span_start, span_end, text, value, min_value, max_value, approx, unit)
	 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	`INSERT INTO claims (doc_id, position, id, span_start, span_end, text, polarity, carried, hedges,
	                     entity_refs, time_refs, quantity_refs, origin_name, origin_kind, outlet, published)
	 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	`INSERT INTO chain_links (doc_id, claim_pos, position, name, kind, entity_id, cue, org, role, inherited_from)
	 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	`INSERT INTO claim_entities (entity_id, doc_id, claim_pos, in_text, in_chain, published)
	 VALUES (?, ?, ?, ?, ?, ?)`,
	`INSERT INTO events (doc_id, position, id, claim_id, type, place, time_ref, quantity_refs, published)
	 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	`INSERT INTO event_actors (doc_id, event_pos, position, entity_id, role, published)
	 VALUES (?, ?, ?, ?, ?, ?)`,
}

const (
	insAnalysis = iota
	insEntity
	insAlias
	insDocEntity
	insMention
	insTime
	insQuantity
	insClaim
	insLink
	insClaimEntity
	insEvent
	insActor
)

// analysisWriter writes analyses inside one batch's transaction.
type analysisWriter struct {
	stmts [len(analysisInserts)]*sql.Stmt
}

func prepareAnalysisWriter(ctx context.Context, tx *sql.Tx) (*analysisWriter, error) {
	w := &analysisWriter{}
	for i, q := range analysisInserts {
		st, err := tx.PrepareContext(ctx, q)
		if err != nil {
			w.close()
			return nil, fmt.Errorf("preparing to write analyses: %w", err)
		}
		w.stmts[i] = st
	}
	return w, nil
}

func (w *analysisWriter) close() {
	for _, st := range w.stmts {
		if st != nil {
			st.Close()
		}
	}
}

func (w *analysisWriter) exec(ctx context.Context, which int, args ...any) (sql.Result, error) {
	return w.stmts[which].ExecContext(ctx, args...)
}

// write stores a's rows for document d. It reports false, writing nothing,
// when d already has an analysis.
func (w *analysisWriter) write(ctx context.Context, d isnad.Document, a *export.DocumentAnalysis, storedAt string) (bool, error) {
	res, err := w.exec(ctx, insAnalysis, d.ID, a.Recycled, storedAt)
	if err != nil {
		return false, err
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return false, err
	}
	steps := []func(context.Context, isnad.Document, *export.DocumentAnalysis) error{
		w.writeEntities, w.writeTimes, w.writeQuantities, w.writeClaims, w.writeEvents,
	}
	for _, step := range steps {
		if err := step(ctx, d, a); err != nil {
			return false, err
		}
	}
	return true, nil
}

func (w *analysisWriter) writeEntities(ctx context.Context, d isnad.Document, a *export.DocumentAnalysis) error {
	// One upsert per distinct id, so that a document counts once.
	mentions := make(map[string]int, len(a.Entities))
	var order []export.Entity
	for _, e := range a.Entities {
		if _, seen := mentions[e.ID]; !seen {
			order = append(order, e)
		}
		mentions[e.ID] += len(e.Mentions)
	}
	for _, e := range order {
		if _, err := w.exec(ctx, insEntity, e.ID, e.Type, e.Name, e.English, e.Kind, e.Wikidata,
			e.Affiliation, foldedNames(e.Name, e.English), mentions[e.ID]); err != nil {
			return fmt.Errorf("writing entity %s: %w", e.ID, err)
		}
	}
	for i, e := range a.Entities {
		for _, alias := range e.Aliases {
			if _, err := w.exec(ctx, insAlias, e.ID, alias, matchForm(alias)); err != nil {
				return fmt.Errorf("writing an alias of entity %s: %w", e.ID, err)
			}
		}
		if _, err := w.exec(ctx, insDocEntity, d.ID, i, e.ID, e.Type, e.Name, e.English, e.Kind,
			e.Wikidata, e.Affiliation, jsonList(e.Aliases)); err != nil {
			return fmt.Errorf("writing entity %s: %w", e.ID, err)
		}
		for j, m := range e.Mentions {
			if _, err := w.exec(ctx, insMention, d.ID, i, j, e.ID, m.Start, m.End, m.Text, d.Published); err != nil {
				return fmt.Errorf("writing a mention of entity %s: %w", e.ID, err)
			}
		}
	}
	return nil
}

func (w *analysisWriter) writeTimes(ctx context.Context, d isnad.Document, a *export.DocumentAnalysis) error {
	for i, t := range a.Times {
		if _, err := w.exec(ctx, insTime, d.ID, i, t.Start, t.End, t.Text,
			nullString(t.Value), nullString(t.EndValue), nullString(t.Qualifier)); err != nil {
			return fmt.Errorf("writing time %d: %w", i, err)
		}
	}
	return nil
}

func (w *analysisWriter) writeQuantities(ctx context.Context, d isnad.Document, a *export.DocumentAnalysis) error {
	for i, q := range a.Quantities {
		if _, err := w.exec(ctx, insQuantity, d.ID, i, q.Start, q.End, q.Text,
			nullFloat(q.Value), nullFloat(q.Min), nullFloat(q.Max), q.Approx, q.Unit); err != nil {
			return fmt.Errorf("writing quantity %d: %w", i, err)
		}
	}
	return nil
}

func (w *analysisWriter) writeClaims(ctx context.Context, d isnad.Document, a *export.DocumentAnalysis) error {
	for i, c := range a.Claims {
		var originName, originKind string
		if n := len(c.Chain); n > 0 {
			originName, originKind = c.Chain[n-1].Name, c.Chain[n-1].Kind
		}
		if _, err := w.exec(ctx, insClaim, d.ID, i, c.ID, c.Start, c.End, c.Text, c.Polarity, c.Carried,
			jsonList(c.Hedges), jsonList(c.Entities), jsonInts(c.Times), jsonInts(c.Quantities),
			originName, originKind, d.Outlet, d.Published); err != nil {
			return fmt.Errorf("writing claim %s: %w", c.ID, err)
		}
		for j, l := range c.Chain {
			if _, err := w.exec(ctx, insLink, d.ID, i, j, l.Name, l.Kind, nullString(l.Entity),
				l.Cue, l.Org, l.Role, l.InheritedFrom); err != nil {
				return fmt.Errorf("writing the chain of claim %s: %w", c.ID, err)
			}
		}
		for _, ce := range claimEntities(c) {
			if _, err := w.exec(ctx, insClaimEntity, ce.id, d.ID, i, ce.inText, ce.inChain, d.Published); err != nil {
				return fmt.Errorf("linking claim %s to entity %s: %w", c.ID, ce.id, err)
			}
		}
	}
	return nil
}

type claimEntity struct {
	id              string
	inText, inChain bool
}

// claimEntities is the set of entities a claim concerns: named inside it or
// cited in its chain, each once, in first-seen order.
func claimEntities(c export.Claim) []claimEntity {
	var out []claimEntity
	at := map[string]int{}
	add := func(id string, inText bool) {
		i, ok := at[id]
		if !ok {
			i = len(out)
			at[id] = i
			out = append(out, claimEntity{id: id})
		}
		if inText {
			out[i].inText = true
		} else {
			out[i].inChain = true
		}
	}
	for _, id := range c.Entities {
		add(id, true)
	}
	for _, l := range c.Chain {
		if l.Entity != nil && *l.Entity != "" {
			add(*l.Entity, false)
		}
	}
	return out
}

func (w *analysisWriter) writeEvents(ctx context.Context, d isnad.Document, a *export.DocumentAnalysis) error {
	for i, e := range a.Events {
		var timeRef any
		if e.Time != nil {
			timeRef = *e.Time
		}
		if _, err := w.exec(ctx, insEvent, d.ID, i, e.ID, e.Claim, e.Type, nullString(e.Place),
			timeRef, jsonInts(e.Quantities), d.Published); err != nil {
			return fmt.Errorf("writing event %s: %w", e.ID, err)
		}
		for j, ac := range e.Actors {
			if _, err := w.exec(ctx, insActor, d.ID, i, j, ac.Entity, ac.Role, d.Published); err != nil {
				return fmt.Errorf("writing an actor of event %s: %w", e.ID, err)
			}
		}
	}
	return nil
}

// matchForm is the form entity lookups compare: Arabic folded, Latin
// lower-cased.
func matchForm(s string) string {
	return strings.ToLower(arabic.Fold(s))
}

// foldedNames is the matching form of an entity's names, one per line.
func foldedNames(name, english string) string {
	return matchForm(name) + "\n" + matchForm(english)
}

func nullString(s *string) any {
	if s == nil {
		return nil
	}
	return *s
}

func nullFloat(f *float64) any {
	if f == nil {
		return nil
	}
	return *f
}
