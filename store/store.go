// Package store is where isnad keeps documents between runs, behind an
// interface small enough that a second backend (PostgreSQL, for teams and
// many machines) can follow the embedded SQLite one without touching the
// callers: the command line and the HTTP server.
//
// Each document's analysis (entities, times, quantities, claims with their
// chains, events) is kept beside it, written in the same transaction
// (AnalysisStore); corpus-level results are saved whole under a key.
package store

import (
	"context"
	"io"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/search"
)

// Store keeps documents and finds them again. Implementations are safe for
// concurrent use: many readers may run while one batch is written.
type Store interface {
	// Put stores a batch of documents in one transaction: either every new
	// document of the batch is stored, or (on error) none is, and nothing
	// stored before is touched. A document whose id is already stored is
	// reported Duplicate and changes nothing. The results are in batch order.
	// It is PutAnalyzed with no analyses; one invalid document fails the
	// batch (see Validate and SplitValid).
	Put(ctx context.Context, docs []isnad.Document) ([]PutResult, error)

	// Document returns one document; a *NotFoundError when there is none.
	Document(ctx context.Context, id string) (isnad.Document, error)

	// Documents lists documents matching filter, newest first, one page at a
	// time, with the number of matching documents.
	Documents(ctx context.Context, filter Filter, page Page) (DocumentPage, error)

	// Search runs a query in the syntax of search.ParseQuery and returns hits
	// ranked best first. A query with nothing to search for or too long is
	// refused with search.ErrEmptyQuery or search.ErrQueryTooLong.
	Search(ctx context.Context, query string, opt SearchOptions) ([]Hit, error)

	// Stats counts what is stored.
	Stats(ctx context.Context) (Stats, error)

	AnalysisStore
	AccessStore
	JobStore

	io.Closer
}

// PutStatus says what Put did with one document.
type PutStatus int

const (
	New       PutStatus = iota + 1 // stored now
	Duplicate                      // already present (same id, same normalised text); unchanged
	Analysed                       // already present without analysis; its analysis is stored now
)

func (s PutStatus) String() string {
	switch s {
	case New:
		return "new"
	case Duplicate:
		return "duplicate"
	case Analysed:
		return "analysed"
	}
	return "unknown"
}

// PutResult is Put's answer for one document of the batch.
type PutResult struct {
	ID     string
	Status PutStatus
}

// Filter narrows a listing or a search. Zero fields do not filter. Dates are
// YYYY-MM-DD and inclusive; documents without a date fall outside any range.
type Filter struct {
	Outlet   string
	From, To string
}

// Page is a window on a listing: Limit items after skipping Offset.
type Page struct {
	Offset, Limit int
}

// Paging limits: a zero Limit means DefaultLimit; no page exceeds MaxLimit.
const (
	DefaultLimit = 20
	MaxLimit     = 500
)

// Normalized returns p with its limit defaulted and bounded and a
// non-negative offset.
func (p Page) Normalized() Page {
	switch {
	case p.Limit <= 0:
		p.Limit = DefaultLimit
	case p.Limit > MaxLimit:
		p.Limit = MaxLimit
	}
	p.Offset = max(p.Offset, 0)
	return p
}

// DocumentPage is one page of a listing and the size of the whole listing.
type DocumentPage struct {
	Documents []isnad.Document
	Total     int
}

// SearchOptions filters and pages a search.
type SearchOptions struct {
	Filter
	Page
}

// Hit is one document found by a search, with the stretch of its text that
// shows why.
type Hit struct {
	ID        string         `json:"id"`
	Title     string         `json:"title"`
	Outlet    string         `json:"outlet"`
	Published string         `json:"published"`
	URL       string         `json:"url,omitempty"`
	Score     float64        `json:"score"` // higher is better; comparable within one search only
	Snippet   search.Snippet `json:"snippet"`
}

// Stats counts the stored documents, in all and per outlet.
type Stats struct {
	Documents int           `json:"documents"`
	Outlets   []OutletCount `json:"outlets"`  // most documents first
	Earliest  string        `json:"earliest"` // first published date, "" when none is dated
	Latest    string        `json:"latest"`
}

// OutletCount is how many documents one outlet has in the store; Outlet is ""
// for documents whose outlet is unknown.
type OutletCount struct {
	Outlet    string `json:"outlet"`
	Documents int    `json:"documents"`
}
