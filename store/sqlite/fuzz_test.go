package sqlite

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"testing"

	"github.com/isnad/isnad/export"
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

// FuzzAnalysisRoundTrip stores an analysis whose texts, names and entity
// query come from the fuzzer: it is either refused as invalid or read back
// exactly, and no entity query fails.
func FuzzAnalysisRoundTrip(f *testing.F) {
	for _, in := range [][3]string{
		{"داعش", "قال", "داعش"}, {"%_\\", "'", "%"}, {"\x00", "\xff", "\u200f"}, {"", "", ""}, {"ISIS", "said", "isis"},
	} {
		f.Add(in[0], in[1], in[2])
	}
	s := openTemp(f)
	n := 0
	f.Fuzz(func(t *testing.T, name, cue, query string) {
		n++
		d := doc(fmt.Sprint(n), "okaz", "2015-07-21", fmt.Sprintf("نص رقم %d قال فيه المرصد ما قال", n))
		a := handAnalysis(d, []entitySpec{{id: "e:" + name, typ: "ORG", name: name, aliases: []string{name, cue}, mentions: [][2]int{{0, 2}}}},
			[]claimSpec{{start: 0, end: 10, entities: []string{"e:" + name}, chain: []export.Link{{Name: name, Kind: "person", Cue: cue}}}})
		a.Analysis.Claims[0].Hedges = []string{cue}
		_, err := s.PutAnalyzed(context.Background(), []store.Analyzed{a})
		var inv *store.InvalidDocumentError
		if errors.As(err, &inv) {
			return
		}
		if err != nil {
			t.Fatalf("PutAnalyzed: %v", err)
		}
		got, err := s.Analysis(context.Background(), d.ID)
		if err != nil || !reflect.DeepEqual(got, *a.Analysis) {
			t.Fatalf("read back %+v (%v), want %+v", got, err, *a.Analysis)
		}
		if _, err := s.Entities(context.Background(), store.EntityFilter{Query: query}, store.Page{}); err != nil {
			t.Fatalf("Entities(%q): %v", query, err)
		}
	})
}
