package sqlite

import (
	"context"
	"database/sql"
	"fmt"
)

// searchWriter writes the rows of the store's own index (migration 6) for
// the documents of one transaction: a document's length and spans at once,
// the postings of all of them at the end.
type searchWriter struct {
	tx          *sql.Tx
	docs, spans *sql.Stmt
	postings    postingsBatch
}

func newSearchWriter(ctx context.Context, tx *sql.Tx) (*searchWriter, error) {
	w := &searchWriter{tx: tx, postings: postingsBatch{}}
	var err error
	if w.docs, err = tx.PrepareContext(ctx, `
		INSERT INTO search_docs (doc, id, length) VALUES (?, ?, ?)
		ON CONFLICT (doc) DO NOTHING`); err != nil {
		return nil, err
	}
	if w.spans, err = tx.PrepareContext(ctx, "INSERT INTO search_spans (doc, spans) VALUES (?, ?)"); err != nil {
		w.close()
		return nil, err
	}
	return w, nil
}

// add indexes document id, number doc in document_terms, from its analysis,
// unless it is indexed already (by another process's backfill).
func (w *searchWriter) add(ctx context.Context, doc int64, id string, t indexed) error {
	res, err := w.docs.ExecContext(ctx, doc, id, t.length)
	if err != nil {
		return fmt.Errorf("indexing document %s: %w", id, err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return err
	}
	if t.spans != nil {
		// Without spans (terms that do not run forward through the text,
		// which analysis never makes) snippets are cut by analysing.
		if _, err := w.spans.ExecContext(ctx, doc, t.spans); err != nil {
			return fmt.Errorf("indexing document %s: %w", id, err)
		}
	}
	w.postings.add(doc, t.weights)
	return nil
}

// flush writes the postings gathered.
func (w *searchWriter) flush(ctx context.Context) error {
	err := w.postings.write(ctx, w.tx)
	clear(w.postings)
	return err
}

func (w *searchWriter) close() {
	for _, st := range []*sql.Stmt{w.docs, w.spans} {
		if st != nil {
			st.Close()
		}
	}
}
