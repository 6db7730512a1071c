package server

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/isnad/isnad/internal/intake"
	"github.com/isnad/isnad/store"
	"github.com/isnad/isnad/store/sqlite"
)

// emptyStore is a fresh store for tests that need no documents.
func emptyStore(t testing.TB) store.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "isnad.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// ingesterCache loads the readers and extractors once per test binary.
var ingesterCache struct {
	once sync.Once
	g    *intake.Ingester
	err  error
}

func testIngester(t testing.TB) *intake.Ingester {
	t.Helper()
	ingesterCache.once.Do(func() {
		ingesterCache.g, ingesterCache.err = intake.New(intake.Options{Analyse: true, Workers: 2})
	})
	if ingesterCache.err != nil {
		t.Fatal(ingesterCache.err)
	}
	return ingesterCache.g
}

// newHandler serves st with cfg (Store filled in), closed with the test.
func newHandler(t testing.TB, st store.Store, cfg Config) *Handler {
	t.Helper()
	cfg.Store = st
	if cfg.Corpus == nil {
		cfg.Corpus = StoreCorpus(st)
	}
	h := New(cfg)
	t.Cleanup(func() { h.Close() })
	return h
}

// mint stores a token of role and returns the secret to present.
func mint(t testing.TB, st store.Store, role string) string {
	t.Helper()
	tok, secret, err := NewToken(role, role+" test")
	if err != nil {
		t.Fatal(err)
	}
	if err := st.CreateToken(context.Background(), tok); err != nil {
		t.Fatal(err)
	}
	return secret
}

// call runs one request through h and returns the recorder; the answer of
// every API error is JSON with an "error" message.
func call(t testing.TB, h http.Handler, method, path, token, contentType string, body io.Reader) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, path, body)
	req.Host = "localhost:8080"
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code >= 400 && strings.HasPrefix(path, "/api/") {
		var e errorBody
		if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || e.Error == "" {
			t.Errorf("%s %s: status %d with body %q, want a JSON error", method, path, rec.Code, rec.Body.String())
		}
	}
	return rec
}

// TestTokensAndRoles: with tokens required, no or a bad token is 401, a
// role too low 403, and each role does what it may.
func TestTokensAndRoles(t *testing.T) {
	st := emptyStore(t)
	h := newHandler(t, st, Config{RequireTokens: true, Ingester: testIngester(t)})
	reader, analyst, admin := mint(t, st, store.RoleReader), mint(t, st, store.RoleAnalyst), mint(t, st, store.RoleAdmin)
	revoked := mint(t, st, store.RoleAdmin)
	if err := st.RevokeToken(context.Background(), strings.Split(revoked, "_")[1]); err != nil {
		t.Fatal(err)
	}
	edit := `{"letter":"D","note":"test"}`
	tests := []struct {
		name, method, path, token, body string
		want                            int
	}{
		{"no token", "GET", "/api/stats", "", "", 401},
		{"no token, openapi", "GET", "/api/openapi.json", "", "", 401},
		{"garbage token", "GET", "/api/stats", "nonsense", "", 401},
		{"forged secret", "GET", "/api/stats", reader[:len(reader)-4] + "AAAA", "", 401},
		{"revoked token", "GET", "/api/stats", revoked, "", 401},
		{"reader reads", "GET", "/api/stats", reader, "", 200},
		{"reader reads reliability", "GET", "/api/reliability", reader, "", 200},
		{"reader may not edit", "PUT", "/api/reliability/kind:person", reader, edit, 403},
		{"reader may not upload", "POST", "/api/uploads", reader, "", 403},
		{"reader may not see jobs", "GET", "/api/jobs", reader, "", 403},
		{"analyst edits", "PUT", "/api/reliability/kind:person", analyst, edit, 202},
		{"analyst sees jobs", "GET", "/api/jobs", analyst, "", 200},
		{"analyst may not list tokens", "GET", "/api/tokens", analyst, "", 403},
		{"analyst may not make tokens", "POST", "/api/tokens", analyst, `{"role":"admin"}`, 403},
		{"admin lists tokens", "GET", "/api/tokens", admin, "", 200},
		{"admin makes tokens", "POST", "/api/tokens", admin, `{"role":"reader","name":"n"}`, 201},
		{"admin, bad role", "POST", "/api/tokens", admin, `{"role":"root"}`, 400},
		{"the UI needs no token", "GET", "/", "", "", 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ct := ""
			if tt.body != "" {
				ct = "application/json"
			}
			rec := call(t, h, tt.method, tt.path, tt.token, ct, strings.NewReader(tt.body))
			if rec.Code != tt.want {
				t.Fatalf("status %d (%s), want %d", rec.Code, rec.Body, tt.want)
			}
			if tt.want == 401 && rec.Header().Get("WWW-Authenticate") == "" {
				t.Error("401 without WWW-Authenticate")
			}
		})
	}

	// A token made through the API works at once and only for its role.
	rec := call(t, h, "POST", "/api/tokens", admin, "application/json", strings.NewReader(`{"role":"reader"}`))
	var made createdToken
	if err := json.Unmarshal(rec.Body.Bytes(), &made); err != nil || made.Secret == "" {
		t.Fatalf("created token %s: %v", rec.Body, err)
	}
	if strings.Contains(rec.Body.String(), hashSecret(strings.SplitN(made.Secret, "_", 3)[2])) {
		t.Error("the answer shows the stored hash")
	}
	if rec := call(t, h, "GET", "/api/whoami", made.Secret, "", nil); rec.Code != 200 || !strings.Contains(rec.Body.String(), `"role":"reader"`) {
		t.Errorf("whoami with the new token: %d %s", rec.Code, rec.Body)
	}
	if rec := call(t, h, "DELETE", "/api/tokens/"+made.Token.ID, admin, "", nil); rec.Code != 200 {
		t.Errorf("revoking through the API: %d %s", rec.Code, rec.Body)
	}
	if rec := call(t, h, "GET", "/api/stats", made.Secret, "", nil); rec.Code != 401 {
		t.Errorf("revoked token: %d, want 401", rec.Code)
	}
}

// TestLoopbackMode: no token needed, but only requests addressed to a
// loopback name are answered, a presented token must still be valid, and
// cross-origin writes are refused.
func TestLoopbackMode(t *testing.T) {
	st := emptyStore(t)
	h := newHandler(t, st, Config{LocalHostsOnly: true})
	if rec := call(t, h, "GET", "/api/whoami", "", "", nil); rec.Code != 200 || !strings.Contains(rec.Body.String(), `"role":"admin"`) {
		t.Errorf("loopback whoami: %d %s", rec.Code, rec.Body)
	}
	if rec := call(t, h, "GET", "/api/stats", "isnad_000000000000_nope", "", nil); rec.Code != 401 {
		t.Errorf("a bad token on loopback: %d, want 401", rec.Code)
	}
	for host, want := range map[string]int{"localhost:8080": 200, "127.0.0.1": 200, "[::1]:80": 200, "rebound.example:8080": 421, "127.0.0.1.nip.io": 421} {
		req := httptest.NewRequest("GET", "/api/stats", nil)
		req.Host = host
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != want {
			t.Errorf("Host %s: %d, want %d", host, rec.Code, want)
		}
	}
	req := httptest.NewRequest("PUT", "/api/reliability/kind:person", strings.NewReader(`{"letter":"A"}`))
	req.Host = "localhost:8080"
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != 403 {
		t.Errorf("cross-site PUT: %d, want 403", rec.Code)
	}
}

// TestRateLimit: past its burst a client gets 429 with Retry-After; another
// client, or another token, has its own bucket.
func TestRateLimit(t *testing.T) {
	st := emptyStore(t)
	h := newHandler(t, st, Config{RequireTokens: true, RateLimit: 0.5, RateBurst: 3})
	a, b := mint(t, st, store.RoleReader), mint(t, st, store.RoleReader)
	do := func(remote, token string) *httptest.ResponseRecorder {
		req := httptest.NewRequest("GET", "/api/stats", nil)
		req.RemoteAddr = remote
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec
	}
	for i := range 3 {
		if rec := do("192.0.2.1:1000", a); rec.Code != 200 {
			t.Fatalf("request %d within the burst: %d", i, rec.Code)
		}
	}
	rec := do("192.0.2.1:1000", a)
	if rec.Code != 429 {
		t.Fatalf("request past the burst: %d, want 429", rec.Code)
	}
	if ra := rec.Header().Get("Retry-After"); ra != "2" {
		t.Errorf("Retry-After %q, want 2 (one token at 0.5/s)", ra)
	}
	var e errorBody
	if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || !strings.Contains(e.Error, "too many requests") {
		t.Errorf("429 body %q", rec.Body)
	}
	if rec := do("192.0.2.1:1000", b); rec.Code != 200 {
		t.Errorf("another token from the same address: %d, want 200", rec.Code)
	}
	// Unidentified requests are limited by address, so guessing tokens is too.
	for i := range 3 {
		if rec := do("192.0.2.9:1", "isnad_000000000000_guess"); rec.Code != 401 {
			t.Fatalf("guess %d: %d, want 401", i, rec.Code)
		}
	}
	if rec := do("192.0.2.9:1", "isnad_000000000000_guess"); rec.Code != 429 {
		t.Errorf("guess past the burst: %d, want 429", rec.Code)
	}
}

func TestRateLimiterRefills(t *testing.T) {
	l := newRateLimiter(10, 2)
	t0 := time.Unix(1000, 0)
	for i, want := range []bool{true, true, false} {
		if ok, _ := l.take("c", t0); ok != want {
			t.Errorf("take %d at t0: %v, want %v", i, ok, want)
		}
	}
	if ok, wait := l.take("c", t0); ok || wait != 100*time.Millisecond {
		t.Errorf("empty bucket: ok=%v wait=%v, want false, 100ms", ok, wait)
	}
	if ok, _ := l.take("c", t0.Add(100*time.Millisecond)); !ok {
		t.Error("no token 100 ms later at 10/s")
	}
	l.take("idle", t0)
	l.take("c", t0.Add(2*sweepEvery))
	if _, kept := l.buckets["idle"]; kept {
		t.Error("a full idle bucket survived the sweep")
	}
	if ok, _ := (*rateLimiter)(nil).take("x", t0); !ok {
		t.Error("no limiter refused")
	}
}

// TestMethodNotAllowed: a path served for other methods answers 405 with
// the methods it takes.
func TestMethodNotAllowed(t *testing.T) {
	h := newHandler(t, emptyStore(t), Config{})
	for _, tt := range []struct{ method, path, allow string }{
		{"GET", "/api/uploads", "POST"},
		{"POST", "/api/reliability", "GET, HEAD"},
		{"POST", "/api/reliability/x", "DELETE, PUT"},
		{"PUT", "/api/tokens", "GET, HEAD, POST"},
	} {
		rec := call(t, h, tt.method, tt.path, "", "", nil)
		if rec.Code != 405 || rec.Header().Get("Allow") != tt.allow {
			t.Errorf("%s %s: %d, Allow %q; want 405, %q", tt.method, tt.path, rec.Code, rec.Header().Get("Allow"), tt.allow)
		}
	}
}
