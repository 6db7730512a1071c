package sqlite

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/isnad/isnad/search"
)

// backfillBatch is how many documents the backfill indexes per transaction:
// other writers wait at most one batch.
const backfillBatch = 500

// backfillSearch indexes for the store's own search index (migration 6)
// the documents stored before it existed: once, when a store made by an
// earlier isnad is first opened (SaudiNewsNet's 31,030 articles take some
// seconds). Documents are analysed again as Put analyses them; each batch
// is one transaction, and a document indexed meanwhile by another process
// is left as it is.
func (s *Store) backfillSearch(ctx context.Context) error {
	var complete bool
	if err := s.read.QueryRowContext(ctx, completeQuery).Scan(&complete); err != nil {
		return fmt.Errorf("checking the search index: %w", err)
	}
	if complete {
		return nil
	}
	type missing struct {
		doc int64
		id  string
	}
	rows, err := s.read.QueryContext(ctx, `
		SELECT t.rowid, t.doc_id FROM document_terms t
		WHERE NOT EXISTS (SELECT 1 FROM search_docs s WHERE s.doc = t.rowid)
		ORDER BY t.rowid`)
	if err != nil {
		return fmt.Errorf("listing the documents to index: %w", err)
	}
	var todo []missing
	for rows.Next() {
		var m missing
		if err := rows.Scan(&m.doc, &m.id); err != nil {
			rows.Close()
			return fmt.Errorf("listing the documents to index: %w", err)
		}
		todo = append(todo, m)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("listing the documents to index: %w", err)
	}
	if len(todo) == 0 {
		return nil
	}
	start := time.Now()
	log := slog.Default()
	log.InfoContext(ctx, "indexing the stored documents for search (once, after an upgrade)",
		"store", s.path, "documents", len(todo))
	for lo := 0; lo < len(todo); lo += backfillBatch {
		batch := todo[lo:min(lo+backfillBatch, len(todo))]
		docs := make([]int64, len(batch))
		ids := make([]string, len(batch))
		for i, m := range batch {
			docs[i], ids[i] = m.doc, m.id
		}
		if err := s.backfillDocs(ctx, docs, ids); err != nil {
			return fmt.Errorf("indexing the stored documents for search: %w", err)
		}
	}
	log.InfoContext(ctx, "indexed the stored documents for search", "store", s.path,
		"documents", len(todo), "took", time.Since(start).Round(time.Millisecond))
	return nil
}

// backfillDocs analyses and indexes one batch of documents.
func (s *Store) backfillDocs(ctx context.Context, docs []int64, ids []string) error {
	args := make([]any, len(ids))
	at := make(map[string]int, len(ids))
	for i, id := range ids {
		args[i] = id
		at[id] = i
	}
	rows, err := s.read.QueryContext(ctx,
		"SELECT id, title, body FROM documents WHERE id IN ("+placeholders(len(args))+")", args...)
	if err != nil {
		return err
	}
	titles, bodies := make([]string, len(ids)), make([]string, len(ids))
	for rows.Next() {
		var id, title, body string
		if err := rows.Scan(&id, &title, &body); err != nil {
			rows.Close()
			return err
		}
		if i, ok := at[id]; ok {
			titles[i], bodies[i] = title, body
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	out := make([]indexed, len(ids))
	s.parallel(len(ids), func(a *search.Analyzer, i int) {
		title, body := a.Analyze(titles[i]), a.Analyze(bodies[i])
		out[i] = indexed{
			length:  len(title) + len(body),
			weights: weights(title, body),
			spans:   search.AppendSpans(nil, bodies[i], body),
		}
	})
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	// Documents another process indexed since they were listed are left
	// as they are.
	for i, doc := range docs {
		args[i] = doc
	}
	done := make(map[int64]bool)
	rows, err = tx.QueryContext(ctx, "SELECT doc FROM search_docs WHERE doc IN ("+placeholders(len(args))+")", args...)
	if err != nil {
		return err
	}
	for rows.Next() {
		var doc int64
		if err := rows.Scan(&doc); err != nil {
			rows.Close()
			return err
		}
		done[doc] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	sw := newSearchWriter()
	defer sw.close()
	for i, doc := range docs {
		if !done[doc] {
			sw.add(doc, ids[i], out[i])
		}
	}
	if err := sw.flush(ctx, tx); err != nil {
		return err
	}
	return tx.Commit()
}
