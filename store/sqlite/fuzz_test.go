package sqlite

import (
	"context"
	"errors"
	"testing"

	"github.com/isnad/isnad/search"
	"github.com/isnad/isnad/store"
)

// FuzzSearchQuery checks that no query string yields an SQL or FTS5 error or
// a panic: every input either searches or is refused as a bad query.
func FuzzSearchQuery(f *testing.F) {
	for _, q := range []string{
		"ميليشيا", `"الحرس الثوري" OR داعش -العراق`, `NEAR("a" "b", 2)`, `title:x`, `a AND OR NOT b`,
		`"`, `""`, `-`, `-""`, `*`, `^a`, `a*`, `(`, `)`, `'`, `\`, "\x00", "\xff", "داعـ ـش", "OR", "-OR a",
		`{title body}: x`, `a + b`, "\u200f\u061c", "ـ",
	} {
		f.Add(q)
	}
	s := openTemp(f)
	put(f, s,
		doc("الحرس الثوري", "okaz", "2015-07-21", "قالت الميليشيات إن الحرس الثوري هاجم داعش"),
		doc("x", "sabq", "2015-07-22", `AND OR NOT NEAR "quoted" a* ^b title:c`),
	)
	f.Fuzz(func(t *testing.T, query string) {
		_, err := s.Search(context.Background(), query, store.SearchOptions{})
		if err != nil && !errors.Is(err, search.ErrEmptyQuery) && !errors.Is(err, search.ErrQueryTooLong) {
			t.Fatalf("Search(%q) = %v", query, err)
		}
	})
}
