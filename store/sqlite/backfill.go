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
// earlier isnad is first opened (SaudiNewsNet's 30,004 documents: 5.2 CPU
// s, 5 s on 2 cores at load 3). Documents are analysed again as Put analyses
// them, a batch ahead of the one being written; each batch is one
// transaction, and a document indexed meanwhile by another process is left
// as it is.
func (s *Store) backfillSearch(ctx context.Context) error {
	var complete bool
	if err := s.read.QueryRowContext(ctx, completeQuery).Scan(&complete); err != nil {
		return fmt.Errorf("checking the search index: %w", err)
	}
	if complete {
		return nil
	}
	todo, err := s.unindexed(ctx)
	if err != nil || len(todo) == 0 {
		return err
	}
	start := time.Now()
	log := slog.Default()
	log.InfoContext(ctx, "indexing the stored documents for search (once, after an upgrade)",
		"store", s.path, "documents", len(todo))
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	ready := make(chan analysedBatch, 1)
	go func() {
		defer close(ready)
		for lo := 0; lo < len(todo); lo += backfillBatch {
			b := s.analyseStored(ctx, todo[lo:min(lo+backfillBatch, len(todo))])
			select {
			case ready <- b:
			case <-ctx.Done():
				return
			}
			if b.err != nil {
				return
			}
		}
	}()
	for b := range ready {
		if b.err == nil {
			b.err = s.writeBackfill(ctx, b)
		}
		if b.err != nil {
			return fmt.Errorf("indexing the stored documents for search: %w", b.err)
		}
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("indexing the stored documents for search: %w", err)
	}
	log.InfoContext(ctx, "indexed the stored documents for search", "store", s.path,
		"documents", len(todo), "took", time.Since(start).Round(time.Millisecond))
	return nil
}

// storedDoc is a document of document_terms: its number, and what
// search_docs keeps of it.
type storedDoc struct {
	doc int64
	searchDoc
}

// unindexed lists the documents of document_terms missing from search_docs.
func (s *Store) unindexed(ctx context.Context) ([]storedDoc, error) {
	rows, err := s.read.QueryContext(ctx, `
		SELECT t.rowid, t.doc_id FROM document_terms t
		WHERE NOT EXISTS (SELECT 1 FROM search_docs s WHERE s.doc = t.rowid)
		ORDER BY t.rowid`)
	if err != nil {
		return nil, fmt.Errorf("listing the documents to index: %w", err)
	}
	defer rows.Close()
	var todo []storedDoc
	for rows.Next() {
		var d storedDoc
		if err := rows.Scan(&d.doc, &d.id); err != nil {
			return nil, fmt.Errorf("listing the documents to index: %w", err)
		}
		todo = append(todo, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("listing the documents to index: %w", err)
	}
	return todo, nil
}

// analysedBatch is a batch of stored documents analysed for the index.
type analysedBatch struct {
	docs []storedDoc
	out  []indexed
	err  error
}

// analyseStored reads a batch's titles and bodies and analyses them on
// every processor.
func (s *Store) analyseStored(ctx context.Context, docs []storedDoc) analysedBatch {
	b := analysedBatch{docs: docs}
	args := make([]any, len(docs))
	at := make(map[string]int, len(docs))
	for i, d := range docs {
		args[i] = d.id
		at[d.id] = i
	}
	rows, err := s.read.QueryContext(ctx,
		"SELECT id, outlet, published, title, body FROM documents WHERE id IN ("+placeholders(len(args))+")", args...)
	if err != nil {
		b.err = err
		return b
	}
	titles, bodies := make([]string, len(docs)), make([]string, len(docs))
	for rows.Next() {
		var id, outlet, published, title, body string
		if err := rows.Scan(&id, &outlet, &published, &title, &body); err != nil {
			rows.Close()
			b.err = err
			return b
		}
		if i, ok := at[id]; ok {
			titles[i], bodies[i] = title, body
			docs[i].outlet, docs[i].published = outlet, published
		}
	}
	rows.Close()
	if b.err = rows.Err(); b.err != nil {
		return b
	}
	b.out = make([]indexed, len(docs))
	s.parallel(len(docs), func(a *search.Analyzer, i int) {
		title, body := a.Analyze(titles[i]), a.Analyze(bodies[i])
		b.out[i] = indexed{
			length:     len(title) + len(body),
			titleTerms: title,
			bodyTerms:  body,
			spans:      search.AppendSpans(nil, bodies[i], body),
		}
	})
	return b
}

// writeBackfill writes an analysed batch in one transaction, but for the
// documents indexed since they were listed.
func (s *Store) writeBackfill(ctx context.Context, b analysedBatch) error {
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	args := make([]any, len(b.docs))
	for i, d := range b.docs {
		args[i] = d.doc
	}
	done := make(map[int64]bool)
	rows, err := tx.QueryContext(ctx, "SELECT doc FROM search_docs WHERE doc IN ("+placeholders(len(args))+")", args...)
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
	sw := newSearchWriter(s.gathered)
	defer sw.close()
	for i, d := range b.docs {
		if !done[d.doc] {
			sw.add(d.doc, d.searchDoc, b.out[i])
		}
	}
	if err := sw.flush(ctx, tx); err != nil {
		return err
	}
	return tx.Commit()
}
