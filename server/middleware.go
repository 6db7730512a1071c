package server

import (
	"fmt"
	"net"
	"net/http"
	"runtime/debug"
	"slices"
	"strings"
)

// contentSecurityPolicy allows only the server's own script, styles and
// requests: no inline script or style, no plug-ins, no framing. Article text
// is untrusted; even if some were ever rendered as markup, it could not run.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; " +
	"img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; " +
	"base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// protect wraps the routes in what every request goes through, outermost
// first: security headers, refusal of cross-origin writes and of foreign
// Host names, panic recovery, identification and rate limiting, and the
// bound on the body.
func (s *server) protect(mux http.Handler) http.Handler {
	h := s.limitBody(mux)
	h = s.access(h)
	h = s.recoverPanics(h)
	if s.cfg.LocalHostsOnly {
		h = localHostsOnly(h)
	}
	h = crossOriginProtection(h)
	return securityHeaders(h)
}

func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		next.ServeHTTP(w, r)
	})
}

// crossOriginProtection refuses a browser's cross-origin POST, PUT or
// DELETE (by Sec-Fetch-Site, else Origin): on loopback nobody logs in, so a
// page from elsewhere must not be able to upload into the store or edit
// reliability through the user's browser. A multipart form post needs no
// CORS preflight, hence this check.
func crossOriginProtection(next http.Handler) http.Handler {
	p := http.NewCrossOriginProtection()
	p.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusForbidden, "cross-origin request refused: changes must come from isnad's own pages")
	}))
	return p.Handler(next)
}

// localHostsOnly answers only requests addressed to a loopback name or
// address: a page on some domain that resolves to 127.0.0.1 (DNS
// rebinding) would otherwise be same-origin with a loopback server.
func localHostsOnly(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !isLocalHost(r.Host) {
			writeError(w, http.StatusMisdirectedRequest,
				fmt.Sprintf("this server answers requests to localhost only, not to %q", r.Host))
			return
		}
		next.ServeHTTP(w, r)
	})
}

func isLocalHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// recoverPanics turns a handler's panic into a logged 500, so that one bad
// request does not take the server down or leak a stack trace.
func (s *server) recoverPanics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("handler panicked", "method", r.Method, "path", r.URL.Path, "panic", v, "stack", string(debug.Stack()))
				writeError(w, http.StatusInternalServerError, "internal error (logged on the server)")
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// unmatched answers API paths that no route takes: 405 (with Allow) when the
// path exists for other methods, 404 otherwise, both as JSON.
func (s *server) unmatched(mux *http.ServeMux) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var allowed []string
		for _, m := range []string{http.MethodGet, http.MethodPost, http.MethodPut, http.MethodDelete} {
			if m == r.Method {
				continue
			}
			probe := r.Clone(r.Context())
			probe.Method = m
			if _, pattern := mux.Handler(probe); pattern != "/api/" && strings.HasPrefix(pattern, m+" /api/") {
				allowed = append(allowed, m)
				if m == http.MethodGet {
					allowed = append(allowed, http.MethodHead)
				}
			}
		}
		if len(allowed) > 0 {
			slices.Sort(allowed)
			w.Header().Set("Allow", strings.Join(allowed, ", "))
			writeError(w, http.StatusMethodNotAllowed, fmt.Sprintf("%s is not allowed on %s", r.Method, r.URL.Path))
			return
		}
		writeError(w, http.StatusNotFound, fmt.Sprintf("no API endpoint %s (see /api/openapi.json)", r.URL.Path))
	})
}
