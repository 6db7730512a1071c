package sqlite

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/search"
	"github.com/isnad/isnad/store"
)

const insertDocument = `
INSERT INTO documents (id, source, url, outlet, published, published_from, language,
                       title, author, removed, credits, body_sha256, stored_at, body)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO NOTHING`

const insertTerms = `INSERT INTO document_terms (doc_id, title, body) VALUES (?, ?, ?)`

// indexed is a document's analysed title and body, as the indexes take
// them: joined terms for FTS5, length, terms and spans for the store's own
// (searchwrite.go).
type indexed struct {
	title, body           string
	length                int // terms, title and body
	titleTerms, bodyTerms []search.Term
	spans                 []byte // search.AppendSpans of the body
	done                  bool   // analysed (documents found present beforehand are not)
}

// Put stores the batch in one transaction; see store.Store.
func (s *Store) Put(ctx context.Context, docs []isnad.Document) ([]store.PutResult, error) {
	batch := make([]store.Analyzed, len(docs))
	for i, d := range docs {
		batch[i].Doc = d
	}
	return s.PutAnalyzed(ctx, batch)
}

// PutAnalyzed stores the batch and its analyses in one transaction; see
// store.AnalysisStore.
func (s *Store) PutAnalyzed(ctx context.Context, batch []store.Analyzed) ([]store.PutResult, error) {
	if len(batch) > store.MaxBatch {
		return nil, fmt.Errorf("storing %d documents: a batch holds at most %d", len(batch), store.MaxBatch)
	}
	docs := make([]isnad.Document, len(batch))
	for i, a := range batch {
		if err := store.ValidateAnalyzed(i, a); err != nil {
			return nil, fmt.Errorf("storing a batch of %d documents: %w", len(batch), err)
		}
		docs[i] = a.Doc
	}
	present, err := s.present(ctx, docs)
	if err != nil {
		return nil, fmt.Errorf("storing a batch of %d documents: %w", len(batch), err)
	}
	// Index terms are the costly part: they are made on the other
	// processors, in batch order, while the transaction writes the documents
	// already analysed.
	ahead := s.analyseAhead(docs, present)
	defer ahead.stop()
	results, err := s.writeBatch(ctx, batch, ahead)
	if err != nil {
		return nil, fmt.Errorf("storing a batch of %d documents in %s: %w", len(batch), s.path, err)
	}
	return results, nil
}

// writeBatch writes the batch in one transaction, rolled back on any error.
func (s *Store) writeBatch(ctx context.Context, batch []store.Analyzed, ahead *analysis) (_ []store.PutResult, err error) {
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	insDoc, err := tx.PrepareContext(ctx, insertDocument)
	if err != nil {
		return nil, err
	}
	defer insDoc.Close()
	insTerms, err := tx.PrepareContext(ctx, insertTerms)
	if err != nil {
		return nil, err
	}
	defer insTerms.Close()
	sw := newSearchWriter(s.gathered)
	defer sw.close()
	storedAt := time.Now().UTC().Format(time.RFC3339)
	aw := newAnalysisWriter(tx, storedAt, s.flushArgs)
	defer aw.close()
	results := make([]store.PutResult, len(batch))
	for i, item := range batch {
		d := item.Doc
		if s.beforeInsert != nil {
			if err := s.beforeInsert(i); err != nil {
				return nil, err
			}
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		results[i] = store.PutResult{ID: d.ID, Status: store.Duplicate}
		res, err := insDoc.ExecContext(ctx, documentRow(d, storedAt)...)
		if err != nil {
			return nil, fmt.Errorf("writing document %s: %w", d.ID, err)
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			// Already stored: nothing changes, unless it was stored without
			// analysis and this is the same text.
			if item.Analysis != nil {
				added, err := addMissingAnalysis(ctx, tx, aw, d, item.Analysis)
				if err != nil {
					return nil, fmt.Errorf("adding the analysis of document %s: %w", d.ID, err)
				}
				if added {
					results[i].Status = store.Analysed
				}
			}
			continue
		}
		results[i].Status = store.New
		t := ahead.get(i)
		if !t.done { // found present beforehand, yet stored by no one
			t = analyseDocument(search.NewAnalyzer(), d)
		}
		res, err = insTerms.ExecContext(ctx, d.ID, t.title, t.body)
		if err != nil {
			return nil, fmt.Errorf("indexing document %s: %w", d.ID, err)
		}
		doc, err := res.LastInsertId()
		if err != nil {
			return nil, fmt.Errorf("indexing document %s: %w", d.ID, err)
		}
		sw.add(doc, searchDoc{d.ID, d.Outlet, d.Published}, t)
		ahead.release(i)
		if item.Analysis != nil {
			if err := aw.add(ctx, d, item.Analysis); err != nil {
				return nil, err
			}
		}
	}
	if err := aw.flush(ctx); err != nil {
		return nil, err
	}
	if err := sw.flush(ctx, tx); err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("committing: %w", err)
	}
	return results, nil
}

// addMissingAnalysis stores a for a document stored earlier, when that
// document has no analysis yet and its text is d's byte for byte (the same
// id only says the matching forms agree, and offsets count the text as
// stored).
func addMissingAnalysis(ctx context.Context, tx *sql.Tx, aw *analysisWriter, d isnad.Document, a *export.DocumentAnalysis) (bool, error) {
	if has, err := aw.hasAnalysis(ctx, d.ID); err != nil || has {
		return false, err
	}
	var sum string
	if err := tx.QueryRowContext(ctx, "SELECT body_sha256 FROM documents WHERE id = ?", d.ID).Scan(&sum); err != nil {
		return false, err
	}
	if sum != bodySum(d.Text) {
		return false, nil
	}
	return true, aw.add(ctx, d, a)
}

func documentRow(d isnad.Document, storedAt string) []any {
	return []any{
		d.ID, d.Source, d.URL, d.Outlet, d.Published, d.PublishedFrom, d.Language,
		d.Title, d.Author, jsonList(d.Removed), jsonList(d.Credits),
		bodySum(d.Text), storedAt, d.Text,
	}
}

// bodySum is the hex SHA-256 of a document's text, as body_sha256 holds it.
func bodySum(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// jsonList encodes a list of strings as a JSON array, [] when empty.
func jsonList(xs []string) string {
	if len(xs) == 0 {
		return "[]"
	}
	b, err := json.Marshal(xs)
	if err != nil {
		// Marshalling a []string cannot fail; a failure is a defect.
		panic(fmt.Sprintf("encoding a list of strings: %v", err))
	}
	return string(b)
}

// present is the set of the batch's ids that are already stored.
func (s *Store) present(ctx context.Context, docs []isnad.Document) (map[string]bool, error) {
	const chunk = 500 // well under SQLite's limit on bound parameters
	found := make(map[string]bool)
	for lo := 0; lo < len(docs); lo += chunk {
		hi := min(lo+chunk, len(docs))
		args := make([]any, 0, hi-lo)
		for _, d := range docs[lo:hi] {
			args = append(args, d.ID)
		}
		rows, err := s.read.QueryContext(ctx,
			"SELECT id FROM documents WHERE id IN ("+placeholders(len(args))+")", args...)
		if err != nil {
			return nil, fmt.Errorf("looking up stored ids: %w", err)
		}
		if err := collectIDs(rows, found); err != nil {
			return nil, fmt.Errorf("looking up stored ids: %w", err)
		}
	}
	return found, nil
}

func collectIDs(rows *sql.Rows, into map[string]bool) error {
	defer rows.Close()
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return err
		}
		into[id] = true
	}
	return rows.Err()
}

// analysis is the index terms of a batch, computed ahead of the writer.
type analysis struct {
	out   []indexed
	ready []chan struct{} // ready[i] closes when out[i] is set
	quit  chan struct{}
	wg    sync.WaitGroup
}

// analyseAhead starts analysing, in batch order and on GOMAXPROCS
// goroutines, every document not present.
func (s *Store) analyseAhead(docs []isnad.Document, present map[string]bool) *analysis {
	a := &analysis{
		out:   make([]indexed, len(docs)),
		ready: make([]chan struct{}, len(docs)),
		quit:  make(chan struct{}),
	}
	next := make(chan int, len(docs))
	for i, d := range docs {
		a.ready[i] = make(chan struct{})
		if present[d.ID] {
			close(a.ready[i])
		} else {
			next <- i
		}
	}
	close(next)
	for range min(runtime.GOMAXPROCS(0), len(next)) {
		a.wg.Go(func() {
			an := s.takeAnalyzer()
			defer s.returnAnalyzer(an)
			for i := range next {
				select {
				case <-a.quit:
					return
				default:
				}
				a.out[i] = analyseDocument(an, docs[i])
				close(a.ready[i])
			}
		})
	}
	return a
}

// get waits for document i's terms.
func (a *analysis) get(i int) indexed {
	<-a.ready[i]
	return a.out[i]
}

// release drops document i's terms once written: a batch's terms, kept to
// the end of it, weighed some 8 MB.
func (a *analysis) release(i int) {
	a.out[i] = indexed{done: true}
}

// stop ends the analysis early (the batch failed) and waits for its
// goroutines.
func (a *analysis) stop() {
	close(a.quit)
	a.wg.Wait()
}

func analyseDocument(a *search.Analyzer, d isnad.Document) indexed {
	title, body := a.Analyze(d.Title), a.Analyze(d.Text)
	return indexed{
		title:      search.Joined(title),
		body:       search.Joined(body),
		length:     len(title) + len(body),
		titleTerms: title,
		bodyTerms:  body,
		spans:      search.AppendSpans(nil, d.Text, body),
		done:       true,
	}
}
