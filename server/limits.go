package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"

	"github.com/isnad/isnad/ingest"
)

// Default limits, each overridden by its Config field.
const (
	// DefaultMaxBodyBytes bounds a request body other than an upload (JSON
	// edits are a few hundred bytes).
	DefaultMaxBodyBytes = 1 << 20
	// DefaultMaxUploadBytes bounds one upload request, every file in it.
	DefaultMaxUploadBytes = 256 << 20
	// DefaultMaxUploadFiles bounds the files of one upload.
	DefaultMaxUploadFiles = 1000
	// maxJobsQueued bounds the jobs waiting behind the running one; an
	// upload beyond is refused with 503 and Retry-After.
	maxJobsQueued = 8
	// maxJobsKept is how many finished jobs stay readable.
	maxJobsKept = 100
	// maxJobErrors bounds the errors a job keeps (the count goes on).
	maxJobErrors = 1000
)

func (c Config) withDefaults() Config {
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if c.MaxUploadBytes <= 0 {
		c.MaxUploadBytes = DefaultMaxUploadBytes
	}
	if c.MaxUploadFiles <= 0 {
		c.MaxUploadFiles = DefaultMaxUploadFiles
	}
	if c.MaxFileBytes <= 0 {
		c.MaxFileBytes = ingest.DefaultMaxFileBytes
	}
	if c.RateBurst <= 0 {
		c.RateBurst = max(20, int(2*c.RateLimit))
	}
	return c
}

// bodyLimit is the most a request's body may hold: uploads have their own
// bound, everything else the small one.
func (s *server) bodyLimit(r *http.Request) int64 {
	if r.Method == http.MethodPost && r.URL.Path == uploadPath {
		return s.cfg.MaxUploadBytes
	}
	return s.cfg.MaxBodyBytes
}

// limitBody refuses a request whose declared body is too large and caps the
// body of the others, so that no handler reads more than the limit.
func (s *server) limitBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		limit := s.bodyLimit(r)
		if r.ContentLength > limit {
			writeError(w, http.StatusRequestEntityTooLarge,
				fmt.Sprintf("request body of %d bytes exceeds the limit of %d", r.ContentLength, limit))
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, limit)
		next.ServeHTTP(w, r)
	})
}

// tooLarge turns a body read past the limit into a 413 with the limit.
func tooLarge(err error) error {
	var mb *http.MaxBytesError
	if errors.As(err, &mb) {
		return &apiError{http.StatusRequestEntityTooLarge, fmt.Sprintf("request body exceeds the limit of %d bytes", mb.Limit)}
	}
	return nil
}

// decodeBody reads a JSON request body into v: application/json, one
// object, no unknown fields, within the body limit.
func decodeBody(r *http.Request, v any) error {
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
		return &apiError{http.StatusUnsupportedMediaType, "the body must be JSON (Content-Type: application/json)"}
	}
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		if tl := tooLarge(err); tl != nil {
			return tl
		}
		return badRequest(fmt.Sprintf("the body is not the JSON expected: %v", err))
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		if tl := tooLarge(err); tl != nil {
			return tl
		}
		return badRequest("the body must hold one JSON object and nothing after it")
	}
	return nil
}
