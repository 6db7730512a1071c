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

func newServeCommand(a *app) *cobra.Command {
	var addr string
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the web UI and the JSON API over the store",
		Long: `serve opens the store (--db) and serves the Arabic web UI and the JSON API
(documented at /api/openapi.json). It binds the loopback address only: access
tokens for other addresses are not built yet, so any other address is refused.`,
		Example: `  isnad serve
  isnad --db news.db serve --addr 127.0.0.1:9000`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := sqlite.Open(cmd.Context(), a.dbPath)
			if err != nil {
				return err
			}
			defer st.Close()
			return a.serve(cmd.Context(), st, addr)
		},
	}
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on (loopback only)")
	return cmd
}

// serve runs the HTTP server on addr until ctx ends, then shuts it down.
func (a *app) serve(ctx context.Context, st store.Store, addr string) error {
	if err := loopbackOnly(addr); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", addr, err)
	}
	srv := &http.Server{
		Handler:           server.New(server.Config{Store: st, Corpus: server.StoreCorpus(st), Logger: a.log}),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
	}
	fmt.Fprintf(a.stdout, "isnad serves http://%s/ (Ctrl-C to stop)\n", ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serving: %w", err)
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("stopping the server: %w", err)
	}
	return nil
}

// loopbackOnly refuses addresses other machines could reach: without access
// tokens, the API must not leave this machine.
func loopbackOnly(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("--addr %q: %w", addr, err)
	}
	if host == "localhost" {
		return nil
	}
	ip := net.ParseIP(host)
	if ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("--addr %q: only loopback addresses (127.0.0.1, ::1, localhost) can be served until access tokens exist", addr)
	}
	return nil
}
