package server

import (
	"errors"
	"net/http"

	"github.com/isnad/isnad/search"
	"github.com/isnad/isnad/store"
)

// search runs a full-text query with Arabic matching (?q=, in the syntax of
// `isnad search`); the total is not counted (-1).
func (s *server) search(r *http.Request) (any, error) {
	q := r.URL.Query().Get("q")
	if q == "" {
		return nil, badRequest("q is missing: the words to search for")
	}
	p, err := page(r)
	if err != nil {
		return nil, err
	}
	f, err := readFilters(r)
	if err != nil {
		return nil, err
	}
	hits, err := s.cfg.Store.Search(r.Context(), q, store.SearchOptions{Filter: f.Filter, Page: p})
	if errors.Is(err, search.ErrEmptyQuery) || errors.Is(err, search.ErrQueryTooLong) {
		return nil, badRequest(err.Error())
	}
	if err != nil {
		return nil, err
	}
	if hits == nil {
		hits = []store.Hit{}
	}
	return listing[store.Hit]{Items: hits, Total: -1, Offset: p.Offset, Limit: p.Limit}, nil
}
