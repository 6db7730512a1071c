package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/isnad/isnad/server"
	"github.com/isnad/isnad/store"
	"github.com/isnad/isnad/store/sqlite"
	"github.com/spf13/cobra"
)

// serveOptions are serve's limits; the zero value is the defaults.
type serveOptions struct {
	maxBodyKB      int64
	maxUploadMB    int64
	maxFileMB      int64
	maxUploadFiles int
	rate           float64
	burst          int
	uploadDir      string
	reliability    string
	requireTokens  bool // even on loopback (a machine whose other users could reach it)
}

// remoteRate is the per-client rate limit (requests a second) when serving
// other machines and --rate is not given; loopback is not limited unless
// asked, so that load tests and the UI's bursts run free.
const remoteRate = 20

func newServeCommand(a *app) *cobra.Command {
	var addr string
	var opt serveOptions
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the web UI and the JSON API over the store",
		Long: `serve opens the store (--db) and serves the Arabic web UI and the JSON API
(documented at /api/openapi.json), with uploads of articles (analysed and
linked like isnad ingest) and the analysts' source-reliability letters.

On a loopback address (the default, 127.0.0.1:8080) nobody logs in, unless
--require-tokens says so (a machine whose other users can reach its loopback).
Any other address is served only when access tokens exist (isnad token create),
and then every API request needs "Authorization: Bearer <token>" whose role allows it:
reader reads, analyst also uploads and edits reliability, admin also manages
tokens. The web UI asks for the token and keeps it for the browser tab.

Limits: request bodies (--max-body-kb; uploads --max-upload-mb, each file
--max-file-mb, --max-upload-files) and requests per second per client (--rate,
by token, else by address; 429 with Retry-After beyond).`,
		Example: `  isnad serve
  isnad --db news.db serve --addr 127.0.0.1:9000
  isnad token create --role analyst --name "desk 1" && isnad serve --addr 0.0.0.0:8080`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := sqlite.Open(cmd.Context(), a.dbPath)
			if err != nil {
				return err
			}
			defer st.Close()
			if !cmd.Flags().Changed("rate") {
				opt.rate = -1 // by address: see serveWith
			}
			return a.serveWith(cmd.Context(), st, addr, opt)
		},
	}
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on; other than loopback only with access tokens")
	cmd.Flags().Int64Var(&opt.maxBodyKB, "max-body-kb", server.DefaultMaxBodyBytes>>10, "largest request body other than an upload, in KB")
	cmd.Flags().Int64Var(&opt.maxUploadMB, "max-upload-mb", server.DefaultMaxUploadBytes>>20, "largest upload request (all its files), in MB")
	cmd.Flags().Int64Var(&opt.maxFileMB, "max-file-mb", 50, "refuse uploaded files (and zip members) larger than this many MB, as ingest does")
	cmd.Flags().IntVar(&opt.maxUploadFiles, "max-upload-files", server.DefaultMaxUploadFiles, "most files in one upload")
	cmd.Flags().Float64Var(&opt.rate, "rate", 0, fmt.Sprintf("requests per second per client, on average (0: no limit; default %d off loopback, none on it)", remoteRate))
	cmd.Flags().IntVar(&opt.burst, "burst", 0, "requests a client may make at once above the rate (0: 2 seconds' worth, at least 20)")
	cmd.Flags().StringVar(&opt.uploadDir, "upload-dir", "", "where uploads wait to be read (default: the system's temporary directory)")
	cmd.Flags().StringVar(&opt.reliability, "reliability", "", "your own source-reliability table under the analysts' letters, instead of the shipped defaults")
	cmd.Flags().BoolVar(&opt.requireTokens, "require-tokens", false, "require access tokens on loopback too (other users of this machine can reach it)")
	return cmd
}

// serve serves st on a loopback addr with the default limits (isnad demo).
func (a *app) serve(ctx context.Context, st store.Store, addr string) error {
	return a.serveWith(ctx, st, addr, serveOptions{rate: -1})
}

// serveWith runs the HTTP server on addr until ctx ends, then shuts it down
// and stops the upload jobs. opt.rate < 0 means the default for addr.
func (a *app) serveWith(ctx context.Context, st store.Store, addr string, opt serveOptions) error {
	loopback, err := isLoopback(addr)
	if err != nil {
		return err
	}
	requireTokens := !loopback || opt.requireTokens
	if requireTokens {
		tokens, err := st.Tokens(ctx)
		if err != nil {
			return err
		}
		if len(tokens) == 0 {
			if loopback {
				return fmt.Errorf("--require-tokens: the store has no access tokens; create one first (isnad --db %s token create --role admin)", a.dbPath)
			}
			return fmt.Errorf("--addr %s: other machines could reach this address, and the store has no access tokens; "+
				"create one first (isnad --db %s token create --role admin), or serve on 127.0.0.1", addr, a.dbPath)
		}
	}
	if opt.rate < 0 {
		opt.rate = 0
		if !loopback {
			opt.rate = remoteRate
		}
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", addr, err)
	}
	jobCtx, stopJobs := context.WithCancel(context.WithoutCancel(ctx))
	defer stopJobs()
	h := server.New(server.Config{
		Store: st, Corpus: server.StoreCorpus(st), Logger: a.log,
		MaxBodyBytes: opt.maxBodyKB << 10, MaxUploadBytes: opt.maxUploadMB << 20,
		MaxFileBytes: opt.maxFileMB << 20, MaxUploadFiles: opt.maxUploadFiles,
		UploadDir: opt.uploadDir, ReliabilityPath: opt.reliability, JobContext: jobCtx,
		RequireTokens: requireTokens, LocalHostsOnly: loopback,
		RateLimit: opt.rate, RateBurst: opt.burst,
	})
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       10 * time.Minute, // an upload of hundreds of MB on a slow link
		WriteTimeout:      10 * time.Minute,
		IdleTimeout:       120 * time.Second,
	}
	mode := "loopback, no login"
	if requireTokens {
		mode = "access tokens required"
	}
	fmt.Fprintf(a.stdout, "isnad serves http://%s/ (%s; Ctrl-C to stop)\n", ln.Addr(), mode)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	// Build the corpus tables now rather than on the first request (seconds
	// over a large store).
	go func() {
		if err := h.Warm(jobCtx); err != nil && jobCtx.Err() == nil {
			a.log.Warn("preparing the corpus tables", "err", err)
		}
	}()
	select {
	case err := <-errc:
		h.Close()
		return fmt.Errorf("serving: %w", err)
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err = srv.Shutdown(shutdown)
	h.Close() // the running job stops; the store closes after it
	if err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("stopping the server: %w", err)
	}
	return nil
}

// isLoopback says whether addr only this machine can reach.
func isLoopback(addr string) (bool, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false, fmt.Errorf("--addr %q: %w", addr, err)
	}
	if host == "localhost" {
		return true, nil
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback(), nil
}
