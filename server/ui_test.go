package server

import (
	"io"
	"net/http"
	"strings"
	"testing"
)

// TestUIServed: the page and its bundle come from the embedded UI with
// their types; the page is Arabic right to left and not cached stale.
func TestUIServed(t *testing.T) {
	srv, _ := newTestServer(t)
	tests := []struct{ path, contentType, contains string }{
		{"/", "text/html", `dir="rtl"`},
		{"/app.js", "javascript", ""},
		{"/app.css", "text/css", ""},
	}
	for _, tc := range tests {
		resp := get(t, srv, tc.path)
		if resp.StatusCode != http.StatusOK {
			t.Errorf("%s: status %d", tc.path, resp.StatusCode)
			continue
		}
		if ct := resp.Header.Get("Content-Type"); !strings.Contains(ct, tc.contentType) {
			t.Errorf("%s: content type %q, want %s", tc.path, ct, tc.contentType)
		}
		body, err := io.ReadAll(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(body), tc.contains) {
			t.Errorf("%s: body lacks %q", tc.path, tc.contains)
		}
	}
	if cc := get(t, srv, "/").Header.Get("Cache-Control"); cc != "no-cache" {
		t.Errorf("index: Cache-Control %q, want no-cache", cc)
	}
	if resp := get(t, srv, "/nothing.js"); resp.StatusCode != http.StatusNotFound {
		t.Errorf("/nothing.js: status %d, want 404", resp.StatusCode)
	}
}
