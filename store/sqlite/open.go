// Package sqlite is isnad's embedded store: one SQLite file (modernc.org/sqlite,
// pure Go), its schema applied by goose on Open, full-text search over terms
// analysed in Go by package search: word queries ranked in Go from the
// store's own postings (migration 6, rankterms.go), phrases by an FTS5
// index, both with the same bm25; snippets cut from the bodies' stored term
// spans.
//
// Limits: SQLite files grow to terabytes, far past what one machine ingests;
// the store's own bounds are per document and per batch (see package store:
// MaxTextBytes, MaxFieldBytes, MaxBatch) and per query (package search). All
// of SaudiNewsNet (31,030 articles, 8.8 M words) makes a 170 MB file, some
// 100 MB of it the text itself and most of the rest the full-text index;
// the own index adds some 52 MB (30,004 documents: postings 19 MB in 7
// segments, spans 32 MB, lengths 1.5 MB).
//
// Analyses (migration 3) are written with the document in the same
// transaction, through multi-row INSERTs queued per table (rows.go,
// analysis_write.go); entities are merged in memory per batch, then upserted
// once each. Reads rebuild a document's analysis from its rows in position
// order (analysis_read.go), so what comes back is what went in.
//
// Measured on 2 busy cores (load 3-7), real SaudiNewsNet articles with the
// shipped pipeline's analyses (10-13.5 claims, 10-12 entities, 18-23
// mentions each): PutAnalyzed 230-460 documents/s, 2.1-2.4 CPU ms per
// document (Put without analysis: 0.31-0.34 at load 3-7). Over 5,000 analysed articles (a
// 98 MB file, of which about 25 MB are the documents and their full-text
// index): the first page of claims about the most mentioned entity (1,457
// claims) 4-7 ms, a document's analysis 0.7-1.5 ms, entities most mentioned
// first 0.8-1.4 ms, entities by name 13-16 ms, an entity's mentions 0.4-0.7
// ms, its events 3-4 ms, ForEachAnalysis 2,300-3,900 documents/s.
// `go test ./store/sqlite -run X -bench 'Analy|Claims'`.
package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"path/filepath"
	"runtime"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver

	"github.com/isnad/isnad/search"
	"github.com/isnad/isnad/store"
)

// busyTimeoutMillis is how long a connection waits for another process's
// write lock before giving up with "database is locked".
const busyTimeoutMillis = 10_000

// Page cache per connection (SQLite's default is 2 MB). Writing an analysis
// touches a dozen tables and their indexes; with the default cache the
// writer spends much of its time re-reading their pages.
const (
	writerCacheKiB = 64 << 10
	readerCacheKiB = 16 << 10
	// readerMmapBytes is how much of the file each reading connection maps.
	readerMmapBytes = 1 << 30
)

// Store is the SQLite store. It is safe for concurrent use.
type Store struct {
	path  string
	write *sql.DB // one connection: writes queue here instead of fighting for the lock
	read  *sql.DB // a pool of query-only connections; WAL lets them run beside a write

	analyzers   chan *search.Analyzer // one per indexing goroutine, kept for their word memory
	stats       statsCache            // the last figures of Stats (documents.go)
	searches    searchCache           // answers of recent searches (searchcache.go)
	prepared    prepared              // statements of the frequent reads (prepared.go)
	docLengths  docLengths            // lengths of the indexed documents (rankterms.go)
	postingBufs postingBufs           // buffers of decoded postings (postings.go)
	gathered    chan *gathered        // one kept: a batch's postings (searchwrite.go)
	searching   chan struct{}         // a slot per search computed at once (search.go)

	// beforeInsert, when set (by tests), runs before each document of a batch
	// is written; an error fails the batch there.
	beforeInsert func(i int) error
	// flushArgs, when set (by tests), replaces defaultFlushArgs.
	flushArgs int
}

var _ store.Store = (*Store)(nil)

// Open opens the store in the file at path, creating it when missing, and
// brings its schema up to date. A file that is not an isnad store (not
// SQLite, damaged, another program's database, or made by a newer isnad) is
// refused with an error naming it, before anything is written to it.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, fmt.Errorf("opening the store: no file name")
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("opening the store %s: %w", path, err)
	}
	if err := checkFile(abs); err != nil {
		return nil, err
	}
	s := &Store{path: abs}
	if err := s.open(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("opening the store %s: %w", path, err)
	}
	return s, nil
}

func (s *Store) open(ctx context.Context) error {
	var err error
	if s.write, err = sql.Open("sqlite", dsn(s.path, false)); err != nil {
		return err
	}
	s.write.SetMaxOpenConns(1)
	if err := checkSchemaOwner(ctx, s.write); err != nil {
		return err
	}
	if err := useWAL(ctx, s.write); err != nil {
		return err
	}
	if err := migrate(ctx, s.write); err != nil {
		return err
	}
	if err := checkSearchLayout(ctx, s.write); err != nil {
		return err
	}
	if s.read, err = sql.Open("sqlite", dsn(s.path, true)); err != nil {
		return err
	}
	// A reader for each search slot, so that searches never wait for a
	// connection (the cheap reads are mostly answered from caches).
	readers := max(8, searchesPerCPU*runtime.GOMAXPROCS(0))
	s.read.SetMaxOpenConns(readers)
	s.read.SetMaxIdleConns(readers)
	s.analyzers = make(chan *search.Analyzer, analyzersKept*runtime.GOMAXPROCS(0))
	s.searching = make(chan struct{}, searchesPerCPU*runtime.GOMAXPROCS(0))
	s.gathered = make(chan *gathered, 1)
	return s.backfillSearch(ctx)
}

// searchesPerCPU is how many searches are computed at once per processor
// (search.go).
const searchesPerCPU = 4

// dsn is the driver's name for the file with the settings every connection
// gets: a busy timeout, a larger page cache, foreign keys, synchronous=NORMAL (safe in WAL mode:
// a power cut may lose the last commits, never corrupt the file), and for
// the writer, transactions that take the write lock at BEGIN so that two
// writers never deadlock upgrading a read lock.
func dsn(path string, readOnly bool) string {
	q := url.Values{}
	q.Set("_busy_timeout", fmt.Sprint(busyTimeoutMillis))
	q.Set("_foreign_keys", "on")
	q.Set("_synchronous", "NORMAL")
	if readOnly {
		q.Set("_query_only", "on")
		q.Set("_pragma", fmt.Sprintf("cache_size(-%d)", readerCacheKiB))
		// Readers map the file: a page read is then a memory access, not a
		// read into the page cache (a tenth of a search's CPU time went
		// to fetching pages).
		q.Add("_pragma", fmt.Sprintf("mmap_size(%d)", readerMmapBytes))
	} else {
		q.Set("_txlock", "immediate")
		q.Set("_pragma", fmt.Sprintf("cache_size(-%d)", writerCacheKiB))
	}
	u := url.URL{Scheme: "file", Path: path, RawQuery: q.Encode()}
	// "file:/abs/path?…" (no authority): SQLite's URI form, which it decodes
	// itself, so names holding ?, # or % stay intact.
	return "file:" + u.EscapedPath() + "?" + u.RawQuery
}

// useWAL switches the file to write-ahead logging, which is persistent: all
// later connections read while one writes.
func useWAL(ctx context.Context, db *sql.DB) error {
	var mode string
	if err := db.QueryRowContext(ctx, "PRAGMA journal_mode = WAL").Scan(&mode); err != nil {
		return fmt.Errorf("switching to WAL: %w", err)
	}
	if mode != "wal" {
		return fmt.Errorf("switching to WAL: journal mode stayed %q", mode)
	}
	return nil
}

// Path is the store's file.
func (s *Store) Path() string { return s.path }

// Close closes the store's connections.
func (s *Store) Close() error {
	var first error
	s.prepared.close()
	for _, db := range []*sql.DB{s.read, s.write} {
		if db == nil {
			continue
		}
		if err := db.Close(); err != nil && first == nil {
			first = fmt.Errorf("closing the store %s: %w", s.path, err)
		}
	}
	return first
}
