// Package server is isnad's HTTP API and the web UI it serves: analysts
// browse documents, claims with their chains and grades, actors, stories,
// contradictions, the actor network and the timeline.
//
// New returns a plain http.Handler so that the command line can wrap it
// (access tokens, rate limits) without the handlers knowing.
package server

import (
	"context"
	"io/fs"
	"log/slog"
	"net/http"
	"sync"

	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/store"
	"github.com/isnad/isnad/web"
)

// DefaultMaxBodyBytes bounds a request body when Config.MaxBodyBytes is 0.
const DefaultMaxBodyBytes = 1 << 20

// Config is what the server reads from.
type Config struct {
	// Store holds the documents, their per-document analyses and the index
	// for search.
	Store store.Store
	// Corpus returns the corpus-level analysis: its claims (with global
	// indexes), claim groups, contradictions, stories, events and times feed
	// the claim cards, the network and the timeline. It is called on every
	// request that needs it, so it should cache; returning the same pointer
	// lets the server reuse its lookup tables. Nil serves empty results.
	Corpus func(ctx context.Context) (*export.Analysis, error)
	// Logger receives server errors; nil discards them.
	Logger *slog.Logger
	// UI is the web UI's files (index.html at the root); nil serves the
	// bundle embedded in the binary.
	UI fs.FS
	// MaxBodyBytes bounds a request body; 0 means DefaultMaxBodyBytes.
	MaxBodyBytes int64
}

// server carries the configuration and the lookup tables of the last corpus
// analysis seen.
type server struct {
	cfg Config
	log *slog.Logger

	mu    sync.Mutex
	index *corpusIndex
}

// New returns the handler of the API (under /api/) and the web UI (every
// other path).
func New(cfg Config) http.Handler {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if cfg.UI == nil {
		cfg.UI = web.Dist()
	}
	s := &server{cfg: cfg, log: cfg.Logger}
	api := http.NewServeMux()
	for _, rt := range s.routes() {
		api.Handle(rt.pattern, rt.handler)
	}
	api.Handle("/api/", s.unmatched(api))
	mux := http.NewServeMux()
	mux.Handle("/api/", api)
	mux.Handle("/", uiHandler(cfg.UI))
	return securityHeaders(s.limitBody(s.recoverPanics(mux)))
}
