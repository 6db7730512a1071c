package server

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/isnad/isnad/store"
)

// apiError is an error with the status the client gets; its message is
// shown to the client, so it never carries internal detail.
type apiError struct {
	status  int
	message string
}

func (e *apiError) Error() string { return e.message }

func badRequest(msg string) error { return &apiError{http.StatusBadRequest, msg} }
func notFound(msg string) error   { return &apiError{http.StatusNotFound, msg} }

// apiFunc answers one API request with a value to encode as JSON, or an
// error.
type apiFunc func(r *http.Request) (any, error)

// api adapts an apiFunc: the value is written as JSON; an *apiError with its
// status; a store NotFoundError as 404; anything else as 500, logged.
func (s *server) api(f apiFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		v, err := f(r)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		if st, ok := v.(statused); ok {
			st.header(w.Header())
			writeJSON(w, st.status(), st.body())
			return
		}
		writeJSON(w, http.StatusOK, v)
	})
}

func (s *server) fail(w http.ResponseWriter, r *http.Request, err error) {
	var ae *apiError
	var nf *store.NotFoundError
	switch {
	case errors.As(err, &ae):
		if ae.status == http.StatusServiceUnavailable {
			w.Header().Set("Retry-After", "30") // a queued job takes seconds to minutes
		}
		writeError(w, ae.status, ae.message)
	case errors.As(err, &nf):
		writeError(w, http.StatusNotFound, nf.Error())
	case r.Context().Err() != nil:
		// The client went away; nobody reads the answer.
		s.log.Debug("request cancelled", "path", r.URL.Path, "err", err)
	default:
		s.log.Error("serving the API", "method", r.Method, "path", r.URL.Path, "err", err)
		writeError(w, http.StatusInternalServerError, "internal error (logged on the server)")
	}
}

// statused is an answer other than 200 OK.
type statused interface {
	status() int
	header(http.Header)
	body() any
}

// created is a 201 answer.
type created struct{ v any }

func (c created) status() int        { return http.StatusCreated }
func (c created) header(http.Header) {}
func (c created) body() any          { return c.v }

// accepted is a 202 answer: the work goes on at location.
type accepted struct {
	v        any
	location string
}

func (a accepted) status() int          { return http.StatusAccepted }
func (a accepted) header(h http.Header) { h.Set("Location", a.location) }
func (a accepted) body() any            { return a.v }

// errorBody is every error's JSON.
type errorBody struct {
	Error string `json:"error"`
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, errorBody{Error: msg})
}

// writeJSON writes v as JSON. HTML characters stay escaped (\u003c …): article
// text is untrusted, and a response read as HTML by mistake must not run it.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	_ = enc.Encode(v) // a failed write means the client is gone
}
