// Package intake is how documents get into a store, shared by the command
// line (isnad ingest, demo, link) and the HTTP API's uploads: files are read
// through package ingest with its limits, analysed by the pipeline's
// single-document stages, written in batches, and then the corpus-level
// results (stories, claim groups with grades, contradictions) are recomputed
// over the whole store with the source-reliability table the analysts
// edited.
package intake

import (
	"context"
	"fmt"
	"sync"

	"github.com/isnad/isnad/extract/actors"
	"github.com/isnad/isnad/ingest"
	"github.com/isnad/isnad/pipeline"
	"github.com/isnad/isnad/store"
)

// BatchSize is how many documents one store transaction writes: large
// enough to amortise the commit, small enough that a failure loses little
// work (never stored work: a failed batch rolls back whole).
const BatchSize = 500

// Options tune an Ingester.
type Options struct {
	// MaxFileBytes refuses files (and zip members) larger than this; 0 is
	// ingest.DefaultMaxFileBytes.
	MaxFileBytes int64
	// Workers is how many documents are processed at once; 0 is one per CPU.
	Workers int
	// Analyse runs the single-document analysis and stores it with each
	// document; without it only the cleaned documents are stored.
	Analyse bool
}

// Ingester reads, analyses and stores documents. Build it once (it loads
// the lexicons and models); it is safe for concurrent use.
type Ingester struct {
	reader  *ingest.Reader
	stages  []pipeline.Stage
	workers int
}

// New loads the readers and, when opt.Analyse, the extractors.
func New(opt Options) (*Ingester, error) {
	// Outlet names are resolved through the actor lexicon, so that a
	// document's outlet and the entity of that outlet carry one name.
	lex, err := actors.LoadDefault()
	if err != nil {
		return nil, fmt.Errorf("loading the actor lexicon: %w", err)
	}
	r, err := ingest.New(ingest.Options{MaxFileBytes: opt.MaxFileBytes, Workers: opt.Workers, Outlets: lex})
	if err != nil {
		return nil, fmt.Errorf("preparing the readers: %w", err)
	}
	g := &Ingester{reader: r, workers: opt.Workers}
	if opt.Analyse {
		x, err := pipeline.LoadExtractors()
		if err != nil {
			return nil, err
		}
		g.stages = append(g.stages, x)
	}
	return g, nil
}

// Source reads paths through the ingest readers as a pipeline source.
func (g *Ingester) Source(paths []string) pipeline.Source {
	return func(ctx context.Context, emit func(pipeline.Input) error) error {
		return g.reader.Read(ctx, paths, func(it ingest.Item) error {
			return emit(pipeline.Input{Doc: it.Doc, Err: it.Err})
		})
	}
}

// Tally counts what a run did with its inputs.
type Tally struct {
	Read      int   `json:"read"`      // documents read and cleaned
	New       int   `json:"new"`       // stored now (or given their analysis now)
	Duplicate int   `json:"duplicate"` // already in the store, unchanged
	Failed    int   `json:"failed"`    // inputs that could not be read or stored
	TextBytes int64 `json:"text_bytes"`
}

func (t Tally) String() string {
	return fmt.Sprintf("read=%d new=%d duplicate=%d failed=%d", t.Read, t.New, t.Duplicate, t.Failed)
}

// Hooks let a caller follow a run; nil fields are not called. They are
// called one at a time, never concurrently.
type Hooks struct {
	// Progress gets the tally after every change.
	Progress func(Tally)
	// Failed gets each input that could not be read or stored; the run goes
	// on with the others.
	Failed func(err error)
	// Source, when set, renames each document's source before it is stored
	// and in error messages (uploads name the client's file, not the
	// server's temporary copy).
	Source func(string) string
}

// Ingest streams paths into st in batches of BatchSize. The store writes
// on its own goroutine while the pipeline reads and analyses the next
// batch: one writer, one batch queued at most. An error is returned only
// when the run had to stop (ctx done, a batch the store refused); inputs
// that fail one by one are counted and passed to hooks.Failed.
func (g *Ingester) Ingest(ctx context.Context, st store.Store, paths []string, hooks Hooks) (Tally, error) {
	var (
		mu sync.Mutex
		t  Tally
	)
	// update changes the tally and reports it; the pipeline's callback and
	// the writer both count.
	update := func(f func(*Tally), failed error) {
		mu.Lock()
		defer mu.Unlock()
		f(&t)
		if failed != nil && hooks.Failed != nil {
			hooks.Failed(failed)
		}
		if hooks.Progress != nil {
			hooks.Progress(t)
		}
	}
	rename := hooks.Source
	if rename == nil {
		rename = func(s string) string { return s }
	}
	batches := make(chan []store.Analyzed, 1)
	written := make(chan error, 1)
	go func() {
		var failed error
		for b := range batches {
			if failed != nil {
				continue // drain: the run is stopping
			}
			res, err := st.PutAnalyzed(ctx, b)
			if err != nil {
				failed = fmt.Errorf("storing a batch of %d documents (nothing of it was kept): %w", len(b), err)
				continue
			}
			update(func(t *Tally) {
				for _, r := range res {
					if r.Status == store.Duplicate {
						t.Duplicate++
					} else {
						t.New++
					}
				}
			}, nil)
		}
		written <- failed
	}()
	batch := make([]store.Analyzed, 0, BatchSize)
	flush := func() {
		if len(batch) > 0 {
			batches <- batch
			batch = make([]store.Analyzed, 0, BatchSize)
		}
	}
	err := pipeline.Run(ctx, g.Source(paths), pipeline.Options{Workers: g.workers, Stages: g.stages}, func(r pipeline.Result) error {
		if r.Err != nil {
			update(func(t *Tally) { t.Failed++ }, renamedError{r.Err, hooks.Source})
			return nil
		}
		r.Doc.Source = rename(r.Doc.Source)
		item := store.Analyzed{Doc: r.Doc}
		if r.Analysis != nil {
			da := pipeline.Document(r.Doc, r.Analysis)
			item.Analysis = &da
		}
		// One document the store would refuse must not cost its whole batch.
		if err := store.ValidateAnalyzed(0, item); err != nil {
			update(func(t *Tally) { t.Read++; t.Failed++ }, fmt.Errorf("%s: not stored: %w", r.Doc.Source, err))
			return nil
		}
		update(func(t *Tally) { t.Read++; t.TextBytes += int64(len(r.Doc.Text)) }, nil)
		batch = append(batch, item)
		if len(batch) == BatchSize {
			flush()
		}
		return nil
	})
	if err == nil {
		flush()
	}
	close(batches)
	if werr := <-written; err == nil {
		err = werr
	}
	mu.Lock()
	defer mu.Unlock()
	if err != nil {
		return t, fmt.Errorf("ingesting: %w", err)
	}
	return t, nil
}

// renamedError is a reading error whose message names the file as the
// caller knows it.
type renamedError struct {
	err    error
	rename func(string) string
}

func (e renamedError) Error() string {
	if e.rename == nil {
		return e.err.Error()
	}
	return e.rename(e.err.Error())
}

func (e renamedError) Unwrap() error { return e.err }
