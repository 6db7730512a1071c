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

// entityUpsert merges entities into the corpus-wide table: the first
// document to name an entity sets its name; later ones fill only what it
// left empty, and add to the counts. Rows of one statement have distinct
// ids (PostgreSQL refuses to update a row twice in one statement).
const entityUpsert = ` ON CONFLICT (id) DO UPDATE SET
	english = CASE WHEN entities.english = '' THEN excluded.english ELSE entities.english END,
	kind = CASE WHEN entities.kind = '' THEN excluded.kind ELSE entities.kind END,
	wikidata = CASE WHEN entities.wikidata = '' THEN excluded.wikidata ELSE entities.wikidata END,
	affiliation = CASE WHEN entities.affiliation = '' THEN excluded.affiliation ELSE entities.affiliation END,
	folded = CASE WHEN entities.english = '' AND excluded.english <> '' THEN entities.folded || excluded.folded ELSE entities.folded END,
	mentions = entities.mentions + excluded.mentions,
	documents = entities.documents + excluded.documents`

// defaultFlushArgs is how many queued values make the writer flush
// mid-batch, bounding the memory a batch of long documents takes.
const defaultFlushArgs = 64 << 10

// analysisWriter writes the analyses of one batch inside its transaction.
// Rows are queued per table and written together; entities are merged in
// memory first, so each is upserted once per flush.
type analysisWriter struct {
	tx        *sql.Tx
	storedAt  string
	flushArgs int
	written   map[string]bool // documents whose analysis this batch wrote

	entityOrder []string
	entityRows  map[string]*entityRow
	aliases     map[[2]string]bool

	// In the order they are flushed: rows refer to entities and documents.
	entities, aliasRows, analyses, docEntities, mentions, times, quantities,
	claims, links, claimEntities, events, actors *rowBuffer
}

// entityRow is an entity as this batch has it so far.
type entityRow struct {
	export.Entity
	mentions, documents int
}

func newAnalysisWriter(tx *sql.Tx, storedAt string, flushArgs int) *analysisWriter {
	if flushArgs <= 0 {
		flushArgs = defaultFlushArgs
	}
	return &analysisWriter{
		tx: tx, storedAt: storedAt, flushArgs: flushArgs, written: map[string]bool{},
		entityRows: map[string]*entityRow{}, aliases: map[[2]string]bool{},
		entities:    newRowBuffer("entities", "id, type, name, english, kind, wikidata, affiliation, folded, mentions, documents", entityUpsert),
		aliasRows:   newRowBuffer("entity_aliases", "entity_id, alias, folded", " ON CONFLICT (entity_id, alias) DO NOTHING"),
		analyses:    newRowBuffer("document_analyses", "doc_id, recycled, analysed_at", ""),
		docEntities: newRowBuffer("document_entities", "doc_id, position, entity_id, type, name, english, kind, wikidata, affiliation, aliases", ""),
		mentions:    newRowBuffer("mentions", "doc_id, entity_pos, position, entity_id, span_start, span_end, text, published", ""),
		times:       newRowBuffer("times", "doc_id, position, span_start, span_end, text, value, end_value, qualifier", ""),
		quantities:  newRowBuffer("quantities", "doc_id, position, span_start, span_end, text, value, min_value, max_value, approx, unit", ""),
		claims: newRowBuffer("claims", "doc_id, position, id, span_start, span_end, text, polarity, carried, hedges, "+
			"entity_refs, time_refs, quantity_refs, origin_name, origin_kind, outlet, published", ""),
		links:         newRowBuffer("chain_links", "doc_id, claim_pos, position, name, kind, entity_id, cue, org, role, inherited_from", ""),
		claimEntities: newRowBuffer("claim_entities", "entity_id, doc_id, claim_pos, in_text, in_chain, published", ""),
		events:        newRowBuffer("events", "doc_id, position, id, claim_id, type, place, time_ref, quantity_refs, published", ""),
		actors:        newRowBuffer("event_actors", "doc_id, event_pos, position, entity_id, role, published", ""),
	}
}

func (w *analysisWriter) buffers() []*rowBuffer {
	return []*rowBuffer{w.entities, w.aliasRows, w.analyses, w.docEntities, w.mentions, w.times,
		w.quantities, w.claims, w.links, w.claimEntities, w.events, w.actors}
}

// close releases the writer's prepared statements.
func (w *analysisWriter) close() {
	for _, b := range w.buffers() {
		b.close()
	}
}

// add queues a's rows for document d, which must have no analysis stored
// (a document new in this transaction, or one checked by hasAnalysis).
func (w *analysisWriter) add(ctx context.Context, d isnad.Document, a *export.DocumentAnalysis) error {
	w.written[d.ID] = true
	w.analyses.add(d.ID, a.Recycled, w.storedAt)
	w.addEntities(d, a)
	w.addTimesAndQuantities(d, a)
	w.addClaims(d, a)
	w.addEvents(d, a)
	pending := 0
	for _, b := range w.buffers() {
		pending += b.pending()
	}
	if pending > w.flushArgs {
		return w.flush(ctx)
	}
	return nil
}

// hasAnalysis reports whether document id has an analysis stored or
// queued.
func (w *analysisWriter) hasAnalysis(ctx context.Context, id string) (bool, error) {
	if w.written[id] {
		return true, nil
	}
	var n int
	err := w.tx.QueryRowContext(ctx, "SELECT count(*) FROM document_analyses WHERE doc_id = ?", id).Scan(&n)
	return n > 0, err
}

// flush writes every queued row.
func (w *analysisWriter) flush(ctx context.Context) error {
	for _, id := range w.entityOrder {
		e := w.entityRows[id]
		w.entities.add(e.ID, e.Type, e.Name, e.English, e.Kind, e.Wikidata, e.Affiliation,
			foldedNames(e.Name, e.English), e.mentions, e.documents)
	}
	w.entityOrder, w.entityRows = w.entityOrder[:0], map[string]*entityRow{}
	for _, b := range w.buffers() {
		if err := b.flush(ctx, w.tx); err != nil {
			return fmt.Errorf("writing analyses: %w", err)
		}
	}
	return nil
}

func (w *analysisWriter) addEntities(d isnad.Document, a *export.DocumentAnalysis) {
	inDoc := map[string]bool{}
	for i, e := range a.Entities {
		row, ok := w.entityRows[e.ID]
		if !ok {
			row = &entityRow{Entity: e}
			w.entityRows[e.ID] = row
			w.entityOrder = append(w.entityOrder, e.ID)
		}
		fillEmpty(&row.English, e.English)
		fillEmpty(&row.Kind, e.Kind)
		fillEmpty(&row.Wikidata, e.Wikidata)
		fillEmpty(&row.Affiliation, e.Affiliation)
		row.mentions += len(e.Mentions)
		if !inDoc[e.ID] {
			inDoc[e.ID] = true
			row.documents++
		}
		for _, alias := range e.Aliases {
			if k := [2]string{e.ID, alias}; !w.aliases[k] {
				w.aliases[k] = true
				w.aliasRows.add(e.ID, alias, matchForm(alias))
			}
		}
		w.docEntities.add(d.ID, i, e.ID, e.Type, e.Name, e.English, e.Kind, e.Wikidata, e.Affiliation, jsonList(e.Aliases))
		for j, m := range e.Mentions {
			w.mentions.add(d.ID, i, j, e.ID, m.Start, m.End, m.Text, d.Published)
		}
	}
}

func fillEmpty(field *string, value string) {
	if *field == "" {
		*field = value
	}
}

func (w *analysisWriter) addTimesAndQuantities(d isnad.Document, a *export.DocumentAnalysis) {
	for i, t := range a.Times {
		w.times.add(d.ID, i, t.Start, t.End, t.Text, nullString(t.Value), nullString(t.EndValue), nullString(t.Qualifier))
	}
	for i, q := range a.Quantities {
		w.quantities.add(d.ID, i, q.Start, q.End, q.Text, nullFloat(q.Value), nullFloat(q.Min), nullFloat(q.Max), q.Approx, q.Unit)
	}
}

func (w *analysisWriter) addClaims(d isnad.Document, a *export.DocumentAnalysis) {
	var runes []rune
	if len(a.Claims) > 0 {
		runes = []rune(d.Text)
	}
	for i, c := range a.Claims {
		var text any = c.Text
		if c.End <= len(runes) && string(runes[c.Start:c.End]) == c.Text {
			text = nil // the document's text at the span: read from there
		}
		var originName, originKind string
		if n := len(c.Chain); n > 0 {
			originName, originKind = c.Chain[n-1].Name, c.Chain[n-1].Kind
		}
		w.claims.add(d.ID, i, c.ID, c.Start, c.End, text, c.Polarity, c.Carried,
			jsonList(c.Hedges), jsonList(c.Entities), jsonInts(c.Times), jsonInts(c.Quantities),
			originName, originKind, d.Outlet, d.Published)
		for j, l := range c.Chain {
			w.links.add(d.ID, i, j, l.Name, l.Kind, nullString(l.Entity), l.Cue, l.Org, l.Role, l.InheritedFrom)
		}
		for _, ce := range claimEntities(c) {
			w.claimEntities.add(ce.id, d.ID, i, ce.inText, ce.inChain, d.Published)
		}
	}
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

func (w *analysisWriter) addEvents(d isnad.Document, a *export.DocumentAnalysis) {
	for i, e := range a.Events {
		var timeRef any
		if e.Time != nil {
			timeRef = *e.Time
		}
		w.events.add(d.ID, i, e.ID, e.Claim, e.Type, nullString(e.Place), timeRef, jsonInts(e.Quantities), d.Published)
		for j, ac := range e.Actors {
			w.actors.add(d.ID, i, j, ac.Entity, ac.Role, d.Published)
		}
	}
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
