package server

import (
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// decode reads a JSON response into a generic value.
func decode(t *testing.T, resp *http.Response) map[string]any {
	t.Helper()
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("%s: content type %q, want JSON", resp.Request.URL.Path, ct)
	}
	var v map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&v); err != nil {
		t.Fatalf("%s: decoding: %v", resp.Request.URL.Path, err)
	}
	return v
}

func decodeInto(t *testing.T, resp *http.Response, v any) {
	t.Helper()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("%s: status %d", resp.Request.URL, resp.StatusCode)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatalf("%s: decoding: %v", resp.Request.URL, err)
	}
}

// TestRoutes: every route answers 200 with the fields its clients read.
func TestRoutes(t *testing.T) {
	srv, a := newTestServer(t)
	claimID := a.corpus.Claims[0].ID
	docID := a.batch[0].Doc.ID
	entityID := a.corpus.Entities[0].ID
	tests := []struct {
		path   string
		fields []string
	}{
		{"/api/stats", []string{"documents", "outlets", "days", "top_actors", "counts"}},
		{"/api/documents", []string{"items", "total", "offset", "limit"}},
		{"/api/documents/" + docID, []string{"document", "analysis", "claims", "stories"}},
		{"/api/search?q=" + url.QueryEscape("ميليشيا"), []string{"items", "total"}},
		{"/api/claims", []string{"items", "total"}},
		{"/api/claims/" + claimID, []string{"claim", "group", "others", "contradictions", "document"}},
		{"/api/entities", []string{"items", "total"}},
		{"/api/entities/" + entityID, []string{"entity", "mentions", "claims", "events"}},
		{"/api/groups", []string{"items", "total"}},
		{"/api/contradictions", []string{"items", "total"}},
		{"/api/stories", []string{"items", "total"}},
		{"/api/graph", []string{"nodes", "edges"}},
		{"/api/timeline", []string{"items", "total"}},
		{"/api/openapi.json", []string{"openapi", "paths", "components"}},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			resp := get(t, srv, tc.path)
			if resp.StatusCode != http.StatusOK {
				body, _ := io.ReadAll(resp.Body)
				t.Fatalf("status %d, want 200: %s", resp.StatusCode, body)
			}
			v := decode(t, resp)
			for _, f := range tc.fields {
				if _, ok := v[f]; !ok {
					t.Errorf("no field %q in %v", f, keys(v))
				}
			}
			if items, ok := v["items"]; ok {
				if _, isList := items.([]any); !isList {
					t.Errorf("items is %T, want a list (never null)", items)
				}
			}
		})
	}
}

// TestListingsAreFilled: the seeds give something in every listing the
// dashboard reads, and stats count what was stored.
func TestListingsAreFilled(t *testing.T) {
	srv, a := newTestServer(t)
	for _, path := range []string{"/api/documents", "/api/claims", "/api/entities", "/api/timeline"} {
		v := decode(t, get(t, srv, path))
		if n := len(v["items"].([]any)); n == 0 {
			t.Errorf("%s: no items", path)
		}
	}
	v := decode(t, get(t, srv, "/api/stats"))
	if got := int(v["documents"].(float64)); got != len(a.batch) {
		t.Errorf("stats: %d documents, want %d", got, len(a.batch))
	}
	g := decode(t, get(t, srv, "/api/graph"))
	if len(a.corpus.Events) > 0 && len(g["nodes"].([]any)) == 0 {
		t.Errorf("graph: no nodes from %d events", len(a.corpus.Events))
	}
}

// TestPaging: limit and offset cut the listing; the total stays.
func TestPaging(t *testing.T) {
	srv, a := newTestServer(t)
	all := decode(t, get(t, srv, "/api/claims?limit=500"))
	total := int(all["total"].(float64))
	if total != len(a.corpus.Claims) || len(all["items"].([]any)) != total {
		t.Fatalf("claims: total %v with %d items, want %d", all["total"], len(all["items"].([]any)), len(a.corpus.Claims))
	}
	if total < 3 {
		t.Fatalf("only %d claims in the seeds: too few to test paging", total)
	}
	second := decode(t, get(t, srv, "/api/claims?offset=1&limit=2"))
	items := second["items"].([]any)
	if len(items) != 2 || int(second["total"].(float64)) != total {
		t.Fatalf("offset=1&limit=2: %d items, total %v", len(items), second["total"])
	}
	want := all["items"].([]any)[1].(map[string]any)["id"]
	if got := items[0].(map[string]any)["id"]; got != want {
		t.Errorf("offset=1 starts with %v, want %v", got, want)
	}
	past := decode(t, get(t, srv, "/api/claims?offset=100000"))
	if n := len(past["items"].([]any)); n != 0 {
		t.Errorf("offset past the end: %d items", n)
	}
	docs := decode(t, get(t, srv, "/api/documents?limit=2"))
	if n := len(docs["items"].([]any)); n != 2 || int(docs["total"].(float64)) != len(a.batch) {
		t.Errorf("documents limit=2: %d items, total %v", n, docs["total"])
	}
}

// TestFilters: outlet, dates, actor and grade narrow the listings.
func TestFilters(t *testing.T) {
	srv, a := newTestServer(t)
	count := func(path string) int {
		t.Helper()
		resp := get(t, srv, path)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("%s: status %d", path, resp.StatusCode)
		}
		return int(decode(t, resp)["total"].(float64))
	}
	all := count("/api/claims")
	outlet := "<b>outlet</b>"
	hostile := 0
	for _, c := range a.corpus.Claims {
		if c.Doc == a.batch[len(a.batch)-1].Doc.ID {
			hostile++
		}
	}
	if got := count("/api/claims?outlet=" + url.QueryEscape(outlet)); got != hostile {
		t.Errorf("claims of outlet %q: %d, want %d", outlet, got, hostile)
	}
	if got := count("/api/claims?from=2100-01-01"); got != 0 {
		t.Errorf("claims from 2100: %d, want 0", got)
	}
	if got := count("/api/claims?from=1900-01-01&to=2100-01-01"); got > all {
		t.Errorf("claims in a wide range: %d > all %d", got, all)
	}
	if got := count("/api/documents?outlet=" + url.QueryEscape(outlet)); got != 1 {
		t.Errorf("documents of outlet %q: %d, want 1", outlet, got)
	}
	if got := count("/api/claims?actor=e:nobody"); got != 0 {
		t.Errorf("claims of an unknown actor: %d", got)
	}
	graded := 0
	for g := 1; g <= 6; g++ {
		graded += count("/api/claims?grade=" + string(rune('0'+g)))
	}
	if graded > all {
		t.Errorf("claims over the six grades: %d > all %d", graded, all)
	}
}

// TestErrors: bad input, unknown ids and methods get JSON errors with the
// right status.
func TestErrors(t *testing.T) {
	srv, _ := newTestServer(t)
	tests := []struct {
		method, path string
		status       int
	}{
		{"GET", "/api/claims?limit=0", 400},
		{"GET", "/api/claims?limit=501", 400},
		{"GET", "/api/claims?limit=x", 400},
		{"GET", "/api/claims?offset=-1", 400},
		{"GET", "/api/claims?from=2024-13-01", 400},
		{"GET", "/api/claims?from=2024-02-01&to=2024-01-01", 400},
		{"GET", "/api/claims?grade=7", 400},
		{"GET", "/api/entities?type=FOO", 400},
		{"GET", "/api/search", 400},
		{"GET", "/api/search?q=" + url.QueryEscape("-"), 400},
		{"GET", "/api/documents/d:0000000000000000", 404},
		{"GET", "/api/claims/c:nothing", 404},
		{"GET", "/api/entities/e:nothing", 404},
		{"GET", "/api/nothing", 404},
		{"POST", "/api/claims", 405},
		{"DELETE", "/api/documents/d:0000000000000000", 405},
		{"POST", "/", 405},
	}
	for _, tc := range tests {
		t.Run(tc.method+" "+tc.path, func(t *testing.T) {
			req, err := http.NewRequest(tc.method, srv.URL+tc.path, nil)
			if err != nil {
				t.Fatal(err)
			}
			resp, err := srv.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			if resp.StatusCode != tc.status {
				t.Fatalf("status %d, want %d", resp.StatusCode, tc.status)
			}
			v := decode(t, resp)
			if msg, _ := v["error"].(string); msg == "" {
				t.Errorf("no error message in %v", v)
			}
		})
	}
}

// TestBodyLimit: a body over the limit is refused with 413 before any
// handler reads it.
func TestBodyLimit(t *testing.T) {
	srv, _ := newTestServer(t)
	body := strings.NewReader(strings.Repeat("x", DefaultMaxBodyBytes+1))
	resp, err := srv.Client().Post(srv.URL+"/api/claims", "text/plain", body)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Fatalf("status %d, want 413", resp.StatusCode)
	}
	decode(t, resp)
}

// TestSecurityHeaders: API answers and UI pages carry the strict policy.
func TestSecurityHeaders(t *testing.T) {
	srv, _ := newTestServer(t)
	for _, path := range []string{"/", "/api/stats", "/api/nothing"} {
		h := get(t, srv, path).Header
		csp := h.Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "object-src 'none'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("%s: CSP %q lacks %q", path, csp, want)
			}
		}
		if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "unsafe-eval") {
			t.Errorf("%s: CSP %q allows inline or eval", path, csp)
		}
		if got := h.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("%s: X-Content-Type-Options %q", path, got)
		}
		if got := h.Get("Referrer-Policy"); got != "no-referrer" {
			t.Errorf("%s: Referrer-Policy %q", path, got)
		}
	}
}

// TestHostileDocumentIsData: markup in an article comes back as JSON string
// data, with < and > escaped so that no reader can take it for HTML.
func TestHostileDocumentIsData(t *testing.T) {
	srv, a := newTestServer(t)
	id := a.batch[len(a.batch)-1].Doc.ID
	resp := get(t, srv, "/api/documents/"+id)
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"<script>", "<img", "<b>"} {
		if strings.Contains(string(raw), bad) {
			t.Errorf("response carries %q unescaped", bad)
		}
	}
	var v struct {
		Document struct{ Text, Title string } `json:"document"`
	}
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	if v.Document.Text != hostileText || v.Document.Title != "<script>alert(3)</script>" {
		t.Errorf("the text did not come back as data: %q / %q", v.Document.Title, v.Document.Text)
	}
}

func keys(m map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
