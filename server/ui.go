package server

import (
	"fmt"
	"io/fs"
	"net/http"
)

// uiHandler serves the web UI's files. The UI routes by the URL's fragment
// (#/claims/…), so every view is index.html.
func uiHandler(files fs.FS) http.Handler {
	fileServer := http.FileServerFS(files)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			writeError(w, http.StatusMethodNotAllowed, fmt.Sprintf("%s is not allowed on %s", r.Method, r.URL.Path))
			return
		}
		if r.URL.Path == "/" || r.URL.Path == "/index.html" {
			// The page names the bundle; a stale page must not outlive a new binary.
			w.Header().Set("Cache-Control", "no-cache")
		}
		fileServer.ServeHTTP(w, r)
	})
}
