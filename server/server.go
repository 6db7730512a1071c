// Package server is isnad's HTTP API and the web UI it serves: analysts
// browse documents, claims with their chains and grades, actors, stories,
// contradictions, the actor network and the timeline; they upload documents
// and edit the reliability of sources.
//
// Access: on loopback (Config.RequireTokens false) nobody logs in, and only
// requests addressed to a loopback name are answered (LocalHostsOnly, against
// DNS rebinding). Served to other machines, every API request carries an
// "Authorization: Bearer" token whose role allows it (see store.Roles).
// Cross-origin browser requests that would change something are refused in
// both modes, every request body is bounded, and a client (token, else
// address) is rate-limited.
package server

import (
	"context"
	"io/fs"
	"log/slog"
	"net/http"
	"sync"

	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/internal/intake"
	"github.com/isnad/isnad/store"
	"github.com/isnad/isnad/web"
)

// Config is what the server reads from, and its limits.
type Config struct {
	// Store holds the documents, their per-document analyses and the index
	// for search; also the tokens and the analysts' reliability letters.
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

	// MaxBodyBytes bounds a request body other than an upload; 0 means
	// DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// MaxUploadBytes bounds an upload request, all its files together; 0
	// means DefaultMaxUploadBytes.
	MaxUploadBytes int64
	// MaxUploadFiles bounds the files of one upload; 0 means
	// DefaultMaxUploadFiles.
	MaxUploadFiles int
	// MaxFileBytes bounds one uploaded file (and each zip member), as isnad
	// ingest's --max-file-mb does; 0 means ingest's default (50 MB).
	MaxFileBytes int64
	// UploadDir is where uploaded files wait for the readers; "" is the
	// system's temporary directory. Each upload's files are removed when
	// its job ends.
	UploadDir string
	// Ingester reads, analyses and stores uploads; nil loads one (the
	// extractors' models) when the first upload comes.
	Ingester *intake.Ingester
	// ReliabilityPath is the source-reliability table the analysts'
	// letters apply over; "" is the shipped one.
	ReliabilityPath string
	// ReasonLanguage is the language of the grades' reasons when uploads
	// and edits relink the corpus; "" is Arabic.
	ReasonLanguage string
	// JobContext bounds the background jobs (uploads, relinks); nil is
	// context.Background(). Handler.Close also stops them.
	JobContext context.Context

	// RequireTokens makes every API request carry a bearer token whose role
	// allows it; without, every request may do everything (loopback use).
	RequireTokens bool
	// LocalHostsOnly answers only requests whose Host is a loopback name or
	// address, so that a web page cannot reach a loopback server through a
	// DNS name of its own (DNS rebinding).
	LocalHostsOnly bool
	// RateLimit is the requests per second each client may make on
	// average, with bursts of RateBurst; 0 does not limit.
	RateLimit float64
	// RateBurst is the bucket's size; 0 means 2 seconds' worth (at least 20).
	RateBurst int
}

// server carries the configuration and the lookup tables of the last corpus
// analysis seen.
type server struct {
	cfg     Config
	log     *slog.Logger
	limiter *rateLimiter
	jobs    *jobs
	cache   *responseCache // read answers (cache.go)

	mu    sync.Mutex
	index *corpusIndex
}

// Handler serves the API and the UI. Close stops the upload and relink jobs
// and waits for them, before the store is closed.
type Handler struct {
	http.Handler
	s *server
}

// Close cancels the running and queued jobs and waits until they are done.
func (h *Handler) Close() error {
	h.s.jobs.close()
	return nil
}

// New returns the handler of the API (under /api/) and the web UI (every
// other path).
func New(cfg Config) *Handler {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	cfg = cfg.withDefaults()
	if cfg.UI == nil {
		cfg.UI = web.Dist()
	}
	s := &server{cfg: cfg, log: cfg.Logger, limiter: newRateLimiter(cfg.RateLimit, cfg.RateBurst),
		cache: newResponseCache(responseCacheBytes)}
	s.jobs = newJobs(s)
	api := http.NewServeMux()
	for _, rt := range s.routes() {
		api.Handle(rt.pattern, s.allow(rt.role, rt.handler))
	}
	api.Handle("/api/", s.unmatched(api))
	mux := http.NewServeMux()
	mux.Handle("/api/", api)
	mux.Handle("/", uiHandler(cfg.UI))
	return &Handler{Handler: s.protect(mux), s: s}
}
