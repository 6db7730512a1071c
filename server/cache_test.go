package server

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/isnad/isnad/store"
)

// TestResponseCacheKeys: an answer is served again only to a request that
// would get the same one — same path and query, language and role — and
// only a GET's 200 is kept.
func TestResponseCacheKeys(t *testing.T) {
	s := &server{cfg: Config{Store: emptyStore(t)}, cache: newResponseCache(1 << 20)}
	calls := 0
	h := s.cached(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls++
		if r.URL.Query().Get("missing") != "" {
			writeError(w, http.StatusNotFound, "no such thing")
			return
		}
		writeJSON(w, http.StatusOK, map[string]any{"n": calls, "lang": r.URL.Query().Get("lang"),
			"accept": r.Header.Get("Accept-Language"), "role": principalOf(r).role})
	}))
	type req struct {
		method, target, accept, role string
	}
	do := func(q req) (int, string) {
		r := httptest.NewRequest(q.method, q.target, nil)
		if q.accept != "" {
			r.Header.Set("Accept-Language", q.accept)
		}
		r = r.WithContext(context.WithValue(r.Context(), principalKey{}, principal{role: q.role}))
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		return rec.Code, rec.Body.String()
	}
	tests := []struct {
		name      string
		req       req
		wantCalls int // the handler's calls after the request
	}{
		{"first", req{"GET", "/api/x?a=1", "", store.RoleReader}, 1},
		{"again: kept", req{"GET", "/api/x?a=1", "", store.RoleReader}, 1},
		{"other query", req{"GET", "/api/x?a=2", "", store.RoleReader}, 2},
		{"lang=en", req{"GET", "/api/x?a=1&lang=en", "", store.RoleReader}, 3},
		{"lang=en again", req{"GET", "/api/x?a=1&lang=en", "", store.RoleReader}, 3},
		{"Accept-Language en", req{"GET", "/api/x?a=1", "en", store.RoleReader}, 4},
		{"Accept-Language en again", req{"GET", "/api/x?a=1", "en", store.RoleReader}, 4},
		{"other role", req{"GET", "/api/x?a=1", "", store.RoleAdmin}, 5},
		{"no role", req{"GET", "/api/x?a=1", "", ""}, 6},
		{"HEAD not served from the cache", req{"HEAD", "/api/x?a=1", "", store.RoleReader}, 7},
		{"404", req{"GET", "/api/x?missing=1", "", store.RoleReader}, 8},
		{"404 not kept", req{"GET", "/api/x?missing=1", "", store.RoleReader}, 9},
	}
	answers := map[string]string{}
	for _, tt := range tests {
		code, body := do(tt.req)
		if calls != tt.wantCalls {
			t.Errorf("%s: handler called %d times in all, want %d", tt.name, calls, tt.wantCalls)
		}
		if tt.req.method != "GET" || code != http.StatusOK {
			continue
		}
		k := fmt.Sprint(tt.req)
		if prev, ok := answers[k]; ok && prev != body {
			t.Errorf("%s: answer %s, first answered %s", tt.name, body, prev)
		}
		answers[k] = body
		for other, b := range answers {
			if other != k && b == body {
				t.Errorf("%s: got the answer of %s", tt.name, other)
			}
		}
	}
}

// TestResponseCacheBound: the least recently used answers go when the
// bound is reached, and an answer too large for it is not kept.
func TestResponseCacheBound(t *testing.T) {
	c := newResponseCache(16 * 1024)
	body := make([]byte, 700)
	for i := range 40 {
		c.put("v", &cachedAnswer{key: fmt.Sprint(i), body: body})
		if c.bytes > c.maxBytes {
			t.Fatalf("after %d answers: %d bytes kept, bound %d", i+1, c.bytes, c.maxBytes)
		}
	}
	if _, ok := c.get("v", "39"); !ok {
		t.Error("the last answer is not kept")
	}
	if _, ok := c.get("v", "0"); ok {
		t.Error("the first answer is still kept past the bound")
	}
	if _, ok := c.get("w", "39"); ok {
		t.Error("an answer is served at another version")
	}
	c.put("v", &cachedAnswer{key: "big", body: make([]byte, 2*1024)})
	if _, ok := c.get("v", "big"); ok {
		t.Error("an answer larger than a sixteenth of the bound is kept")
	}
	c.put("w", &cachedAnswer{key: "new", body: body})
	if _, ok := c.get("w", "39"); ok || len(c.at) != 1 {
		t.Errorf("a new version keeps %d answers of the old", len(c.at)-1)
	}
}

// TestResponseCacheSeesNewDocuments: documents stored after an answer was
// kept (by an upload, or another process on the same file) show in the
// counts, the document, the listings and search at once.
func TestResponseCacheSeesNewDocuments(t *testing.T) {
	_, a := newTestHandler(t) // the analysed seeds
	st := emptyStore(t)
	ctx := t.Context()
	rest, last := a.batch[1:], a.batch[0] // a seed article; the last is the hostile one
	if _, err := st.PutAnalyzed(ctx, rest); err != nil {
		t.Fatal(err)
	}
	h := newHandler(t, st, Config{})
	word := ""
	for _, w := range strings.Fields(last.Doc.Title) {
		if len([]rune(w)) >= 4 {
			word = w
			break
		}
	}
	if word == "" {
		t.Fatalf("no word to search for in the title %q", last.Doc.Title)
	}
	docPath := "/api/documents/" + url.PathEscape(last.Doc.ID)
	searchPath := "/api/search?q=" + url.QueryEscape(word)
	stats := func() string {
		rec := call(t, h, "GET", "/api/stats", "", "", nil)
		return rec.Body.String()
	}
	searched := func() string { return call(t, h, "GET", searchPath, "", "", nil).Body.String() }
	statsBefore, searchBefore := stats(), searched()
	if stats() != statsBefore || searched() != searchBefore {
		t.Fatal("the same store answers differently twice")
	}
	if rec := call(t, h, "GET", docPath, "", "", nil); rec.Code != http.StatusNotFound {
		t.Fatalf("GET %s before it is stored: %d", docPath, rec.Code)
	}
	if _, err := st.PutAnalyzed(ctx, []store.Analyzed{last}); err != nil {
		t.Fatal(err)
	}
	if stats() == statsBefore {
		t.Error("/api/stats still answers as before the document was stored")
	}
	if got := searched(); got == searchBefore || !strings.Contains(got, last.Doc.ID) {
		t.Errorf("search for %q after storing %s: %s", word, last.Doc.ID, got)
	}
	if rec := call(t, h, "GET", docPath, "", "", nil); rec.Code != http.StatusOK {
		t.Errorf("GET %s after it is stored: %d", docPath, rec.Code)
	}
}

// TestResponseCacheBehindAuth: an answer kept for a reader is never served
// to a request the server refuses — no token, a bad or revoked one, a role
// too low for the route.
func TestResponseCacheBehindAuth(t *testing.T) {
	_, a := newTestHandler(t)
	st := emptyStore(t)
	if _, err := st.PutAnalyzed(t.Context(), a.batch); err != nil {
		t.Fatal(err)
	}
	h := newHandler(t, st, Config{RequireTokens: true})
	reader := mint(t, st, store.RoleReader)
	revoked := mint(t, st, store.RoleReader)
	paths := []string{"/api/stats", "/api/documents/" + url.PathEscape(a.batch[0].Doc.ID), "/api/search?q=" + url.QueryEscape("الوزارة")}
	for _, p := range paths {
		for range 2 {
			if rec := call(t, h, "GET", p, reader, "", nil); rec.Code != http.StatusOK {
				t.Fatalf("reader GET %s: %d", p, rec.Code)
			}
			if rec := call(t, h, "GET", p, revoked, "", nil); rec.Code != http.StatusOK {
				t.Fatalf("GET %s before the token is revoked: %d", p, rec.Code)
			}
		}
	}
	if err := st.RevokeToken(t.Context(), strings.Split(revoked, "_")[1]); err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		for _, tok := range []struct{ name, secret string }{
			{"no token", ""}, {"garbage", "nonsense"}, {"forged", reader[:len(reader)-4] + "AAAA"}, {"revoked", revoked},
		} {
			if rec := call(t, h, "GET", p, tok.secret, "", nil); rec.Code != http.StatusUnauthorized {
				t.Errorf("%s, GET %s after a reader's: %d, want 401", tok.name, p, rec.Code)
			}
		}
	}
	if rec := call(t, h, "GET", "/api/tokens", reader, "", nil); rec.Code != http.StatusForbidden {
		t.Errorf("reader GET /api/tokens: %d, want 403", rec.Code)
	}
}
