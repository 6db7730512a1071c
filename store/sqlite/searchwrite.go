package sqlite

import (
	"context"
	"database/sql"
)

// searchDoc is what search_docs keeps of a document besides its length.
type searchDoc struct {
	id, outlet, published string
}

// searchWriter writes the rows of the store's own index (migration 6) for
// the documents of one transaction, with multi-row INSERTs at the end.
type searchWriter struct {
	docs, spans, postings *rowBuffer
	batch                 postingsBatch
}

func newSearchWriter() *searchWriter {
	return &searchWriter{
		docs:  newRowBuffer("search_docs", "doc, id, length, outlet, published", ""),
		spans: newRowBuffer("search_spans", "doc, spans", ""),
		// The documents of a batch come after all stored ones, so
		// appending keeps each chunk in doc order.
		postings: newRowBuffer("search_postings", "term, chunk, postings",
			" ON CONFLICT (term, chunk) DO UPDATE SET postings = CAST(postings || excluded.postings AS BLOB)"),
		batch: postingsBatch{},
	}
}

// add indexes a document, number doc in document_terms, from its analysis.
func (w *searchWriter) add(doc int64, d searchDoc, t indexed) {
	w.docs.add(doc, d.id, t.length, d.outlet, d.published)
	if t.spans != nil {
		// Without spans (terms that do not run forward through the text,
		// which analysis never makes) snippets are cut by analysing.
		w.spans.add(doc, t.spans)
	}
	w.batch.add(doc, t.weights)
}

// flush writes the rows gathered.
func (w *searchWriter) flush(ctx context.Context, tx *sql.Tx) error {
	w.batch.rows(func(term string, chunk int64, b []byte) { w.postings.add(term, chunk, b) })
	clear(w.batch)
	for _, b := range []*rowBuffer{w.docs, w.spans, w.postings} {
		if err := b.flush(ctx, tx); err != nil {
			return err
		}
	}
	return nil
}

func (w *searchWriter) close() {
	for _, b := range []*rowBuffer{w.docs, w.spans, w.postings} {
		b.close()
	}
}
