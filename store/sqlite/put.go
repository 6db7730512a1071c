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
	"github.com/isnad/isnad/search"
	"github.com/isnad/isnad/store"
)

const insertDocument = `
INSERT INTO documents (id, source, url, outlet, published, published_from, language,
                       title, author, removed, credits, body_sha256, stored_at, body)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO NOTHING`

const insertTerms = `INSERT INTO document_terms (doc_id, title, body) VALUES (?, ?, ?)`

// indexed is a document's analysed title and body, as the index takes them.
type indexed struct {
	title, body string
	done        bool // analysed (documents found present beforehand are not)
}

// Put stores the batch in one transaction; see store.Store.
func (s *Store) Put(ctx context.Context, docs []isnad.Document) ([]store.PutResult, error) {
	if len(docs) > store.MaxBatch {
		return nil, fmt.Errorf("storing %d documents: a batch holds at most %d", len(docs), store.MaxBatch)
	}
	for i, d := range docs {
		if err := store.Validate(i, d); err != nil {
			return nil, fmt.Errorf("storing a batch of %d documents: %w", len(docs), err)
		}
	}
	present, err := s.present(ctx, docs)
	if err != nil {
		return nil, fmt.Errorf("storing a batch of %d documents: %w", len(docs), err)
	}
	// Analysis is the costly part: it runs on the other processors, in batch
	// order, while the transaction writes the documents already analysed.
	ahead := s.analyseAhead(docs, present)
	defer ahead.stop()
	results, err := s.writeBatch(ctx, docs, ahead)
	if err != nil {
		return nil, fmt.Errorf("storing a batch of %d documents in %s: %w", len(docs), s.path, err)
	}
	return results, nil
}

// writeBatch writes the batch in one transaction, rolled back on any error.
func (s *Store) writeBatch(ctx context.Context, docs []isnad.Document, ahead *analysis) (_ []store.PutResult, err error) {
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

	storedAt := time.Now().UTC().Format(time.RFC3339)
	results := make([]store.PutResult, len(docs))
	for i, d := range docs {
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
			continue // already stored: nothing changes
		}
		results[i].Status = store.New
		t := ahead.get(i)
		if !t.done { // found present beforehand, yet stored by no one
			t = analyseDocument(search.NewAnalyzer(), d)
		}
		if _, err := insTerms.ExecContext(ctx, d.ID, t.title, t.body); err != nil {
			return nil, fmt.Errorf("indexing document %s: %w", d.ID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("committing: %w", err)
	}
	return results, nil
}

func documentRow(d isnad.Document, storedAt string) []any {
	sum := sha256.Sum256([]byte(d.Text))
	return []any{
		d.ID, d.Source, d.URL, d.Outlet, d.Published, d.PublishedFrom, d.Language,
		d.Title, d.Author, jsonList(d.Removed), jsonList(d.Credits),
		hex.EncodeToString(sum[:]), storedAt, d.Text,
	}
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

// stop ends the analysis early (the batch failed) and waits for its
// goroutines.
func (a *analysis) stop() {
	close(a.quit)
	a.wg.Wait()
}

func analyseDocument(a *search.Analyzer, d isnad.Document) indexed {
	return indexed{
		title: search.Joined(a.Analyze(d.Title)),
		body:  search.Joined(a.Analyze(d.Text)),
		done:  true,
	}
}
