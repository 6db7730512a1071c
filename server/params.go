package server

import (
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/isnad/isnad/store"
)

// Limits on query parameters, explicit so that a request cannot ask for
// unbounded work.
const (
	maxOffset     = 10_000_000
	maxQueryBytes = 4096
)

// page reads ?offset=&limit=: integers, offset ≥ 0, 0 < limit ≤
// store.MaxLimit; an absent limit is store.DefaultLimit.
func page(r *http.Request) (store.Page, error) {
	q := r.URL.Query()
	p := store.Page{Limit: store.DefaultLimit}
	if v := q.Get("offset"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > maxOffset {
			return p, badRequest(fmt.Sprintf("offset must be an integer from 0 to %d, not %q", maxOffset, v))
		}
		p.Offset = n
	}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > store.MaxLimit {
			return p, badRequest(fmt.Sprintf("limit must be an integer from 1 to %d, not %q", store.MaxLimit, v))
		}
		p.Limit = n
	}
	return p, nil
}

// filters are the narrowing parameters shared by the listings.
type filters struct {
	store.Filter        // outlet, from, to (YYYY-MM-DD, inclusive)
	Actor        string // entity id
	Grade        int    // Admiralty credibility 1-6; 0: any
}

func readFilters(r *http.Request) (filters, error) {
	q := r.URL.Query()
	f := filters{Filter: store.Filter{Outlet: q.Get("outlet"), From: q.Get("from"), To: q.Get("to")}, Actor: q.Get("actor")}
	for _, d := range []struct{ name, value string }{{"from", f.From}, {"to", f.To}} {
		if d.value == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, d.value); err != nil {
			return f, badRequest(fmt.Sprintf("%s must be a date YYYY-MM-DD, not %q", d.name, d.value))
		}
	}
	if f.From != "" && f.To != "" && f.From > f.To {
		return f, badRequest(fmt.Sprintf("from %s is after to %s", f.From, f.To))
	}
	if v := q.Get("grade"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 6 {
			return f, badRequest(fmt.Sprintf("grade must be an Admiralty credibility from 1 to 6, not %q", v))
		}
		f.Grade = n
	}
	for _, p := range []struct{ name, value string }{{"outlet", f.Outlet}, {"actor", f.Actor}} {
		if len(p.value) > maxQueryBytes {
			return f, badRequest(fmt.Sprintf("%s is longer than %d bytes", p.name, maxQueryBytes))
		}
	}
	return f, nil
}

// inDates reports whether a YYYY-MM-DD… date lies in the filter's range; an
// undated item lies outside any range.
func (f filters) inDates(date string) bool {
	if f.From == "" && f.To == "" {
		return true
	}
	return !f.tooEarly(date) && !f.tooLate(date)
}

// tooEarly reports whether a date lies before the range's start; with any
// range, an undated item counts as too early (it sorts last, newest first).
func (f filters) tooEarly(date string) bool {
	if f.From == "" && f.To == "" {
		return false
	}
	if len(date) < len("2006") {
		return true
	}
	return f.From != "" && date < f.From[:min(len(f.From), len(date))]
}

// tooLate reports whether a date lies after the range's end.
func (f filters) tooLate(date string) bool {
	return f.To != "" && len(date) >= len("2006") && date[:min(len(date), len(f.To))] > f.To
}

// listing is one page of a list and the size of the whole list (-1 when
// unknown, as for search).
type listing[T any] struct {
	Items  []T `json:"items"`
	Total  int `json:"total"`
	Offset int `json:"offset"`
	Limit  int `json:"limit"`
}

// pager collects one page of a filtered list while the list is walked,
// counting every match but building only the items it keeps: over a corpus
// of 30,000 documents most matches are never shown.
type pager[T any] struct {
	page  store.Page
	items []T
	total int
}

// take counts a match and reports whether it falls in the page: the caller
// then builds it and adds it to items.
func (pg *pager[T]) take() bool {
	in := pg.total >= pg.page.Offset && len(pg.items) < pg.page.Limit
	pg.total++
	return in
}

func (pg *pager[T]) listing() listing[T] {
	items := pg.items
	if items == nil {
		items = []T{}
	}
	return listing[T]{Items: items, Total: pg.total, Offset: pg.page.Offset, Limit: pg.page.Limit}
}
