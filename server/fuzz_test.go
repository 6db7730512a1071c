package server

import (
	"net/http/httptest"
	"testing"
	"time"

	"github.com/isnad/isnad/store"
)

// FuzzQueryParameters: any query string either gives paging and filters
// within their documented bounds or a 400, never a panic.
func FuzzQueryParameters(f *testing.F) {
	for _, seed := range []string{
		"", "offset=10&limit=20", "limit=500", "limit=501", "offset=-1", "limit=abc",
		"from=2024-01-01&to=2024-02-01", "from=2024-13-40", "grade=3", "grade=0", "outlet=%D8%A7%D9%84%D8%AD%D8%B1%D8%A9",
		"actor=e:isis&grade=6", "offset=99999999999999999999", "from=2024-02-01&to=2024-01-01",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, query string) {
		r := httptest.NewRequest("GET", "/api/claims", nil)
		r.URL.RawQuery = query
		p, err := page(r)
		if err == nil {
			if p.Offset < 0 || p.Offset > maxOffset || p.Limit < 1 || p.Limit > store.MaxLimit {
				t.Errorf("%q: page %+v out of bounds", query, p)
			}
		} else if _, ok := err.(*apiError); !ok {
			t.Errorf("%q: error %T is not a client error", query, err)
		}
		fl, err := readFilters(r)
		if err != nil {
			if _, ok := err.(*apiError); !ok {
				t.Errorf("%q: error %T is not a client error", query, err)
			}
			return
		}
		for _, d := range []string{fl.From, fl.To} {
			if _, perr := time.Parse(time.DateOnly, d); d != "" && perr != nil {
				t.Errorf("%q: accepted date %q", query, d)
			}
		}
		if fl.Grade < 0 || fl.Grade > 6 {
			t.Errorf("%q: accepted grade %d", query, fl.Grade)
		}
	})
}
