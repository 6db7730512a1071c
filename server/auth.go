package server

import (
	"context"
	"errors"
	"fmt"
	"math"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/isnad/isnad/store"
)

// principal is who makes a request: a token's holder, or the local user
// when tokens are not required.
type principal struct {
	tokenID string // "" for the local user
	name    string // the token's name, "local" for the local user
	role    string
}

// localUser may do everything: on loopback, whoever can reach the server
// already owns the store file.
var localUser = principal{name: "local", role: store.RoleAdmin}

type principalKey struct{}

func principalOf(r *http.Request) principal {
	if p, ok := r.Context().Value(principalKey{}).(principal); ok {
		return p
	}
	return principal{}
}

// errNoToken is a request without a token where one is required.
var errNoToken = unauthorized("this API needs an access token: send \"Authorization: Bearer <token>\" (isnad token create)")

func unauthorized(msg string) error { return &apiError{http.StatusUnauthorized, msg} }

// authenticate finds who makes r. A token that is presented must be valid
// in either mode; without one, the local user when tokens are not required.
func (s *server) authenticate(r *http.Request) (principal, error) {
	h := r.Header.Get("Authorization")
	if h == "" {
		if s.cfg.RequireTokens {
			return principal{}, errNoToken
		}
		return localUser, nil
	}
	scheme, secret, ok := strings.Cut(h, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(secret) == "" {
		return principal{}, unauthorized("the Authorization header must be \"Bearer <token>\"")
	}
	t, err := checkToken(r.Context(), s.cfg.Store, strings.TrimSpace(secret))
	if err != nil {
		return principal{}, err
	}
	return principal{tokenID: t.ID, name: t.Name, role: t.Role}, nil
}

// access identifies the client, spends one of its rate-limit tokens (by
// access token, else by address, so that guessing tokens is limited too),
// then refuses unidentified API requests with 401.
func (s *server) access(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		isAPI := strings.HasPrefix(r.URL.Path, "/api/")
		var p principal
		var authErr error
		if isAPI {
			p, authErr = s.authenticate(r)
		}
		client := "ip:" + remoteIP(r)
		if p.tokenID != "" {
			client = "token:" + p.tokenID
		}
		if ok, wait := s.limiter.take(client, time.Now()); !ok {
			secs := int(math.Ceil(wait.Seconds()))
			w.Header().Set("Retry-After", strconv.Itoa(max(1, secs)))
			writeError(w, http.StatusTooManyRequests,
				fmt.Sprintf("too many requests: at most %.3g a second on average; retry in %d s", s.cfg.RateLimit, max(1, secs)))
			return
		}
		if authErr != nil {
			var ae *apiError
			if errors.As(authErr, &ae) && ae.status == http.StatusUnauthorized {
				w.Header().Set("WWW-Authenticate", `Bearer realm="isnad"`)
			}
			s.fail(w, r, authErr)
			return
		}
		if isAPI {
			r = r.WithContext(context.WithValue(r.Context(), principalKey{}, p))
		}
		next.ServeHTTP(w, r)
	})
}

// allow refuses with 403 a request whose role ranks below role.
func (s *server) allow(role string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := principalOf(r)
		if store.RoleRank(p.role) < store.RoleRank(role) {
			writeError(w, http.StatusForbidden,
				fmt.Sprintf("%s %s needs the %s role; this token is %s", r.Method, r.URL.Path, role, orNone(p.role)))
			return
		}
		next.ServeHTTP(w, r)
	})
}

func orNone(role string) string {
	if role == "" {
		return "no role"
	}
	return role
}

// remoteIP is the client's address without the port. Proxies' headers are
// not trusted: behind a proxy every client shares the proxy's bucket.
func remoteIP(r *http.Request) string {
	if host, _, err := net.SplitHostPort(r.RemoteAddr); err == nil {
		return host
	}
	return r.RemoteAddr
}

// whoami tells the UI who it is and what it may do, so that it shows the
// upload and reliability views only to those who may use them.
func (s *server) whoami(r *http.Request) (any, error) {
	p := principalOf(r)
	return map[string]any{"name": p.name, "role": p.role, "tokens_required": s.cfg.RequireTokens}, nil
}
