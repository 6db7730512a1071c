package actors

import (
	"fmt"
	"path/filepath"
	"sort"
	"testing"

	"github.com/isnad/isnad/internal/saudinewsnet"
	"github.com/isnad/isnad/internal/testenv"
)

// readSNN reads the articles of one day of SaudiNewsNet.
func readSNN(tb testing.TB, day string) []saudinewsnet.Article {
	tb.Helper()
	arts, err := saudinewsnet.LoadZip(filepath.Join(saudinewsnet.Dir(testenv.Shared(tb)), day+".zip"))
	if err != nil {
		tb.Fatal(err)
	}
	return arts
}

// TestSaudiNewsNetMatches runs the matcher and the linker over one day of
// SaudiNewsNet: spans must hold their text, the feed id of every article
// must resolve to an outlet, and the run prints what it found most, for a
// reviewer to read.
func TestSaudiNewsNetMatches(t *testing.T) {
	if testing.Short() {
		t.Skip("reads a day of SaudiNewsNet")
	}
	lex := testLexicon(t)
	arts := readSNN(t, "2015-07-21")
	counts := map[string]int{}
	for _, a := range arts {
		if _, ok := lex.Outlet(a.Source); !ok {
			t.Errorf("feed id %q resolves to no outlet", a.Source)
		}
		rs := []rune(a.Content)
		for _, e := range Link(a.Content, nil, lex) {
			for _, m := range e.Mentions {
				if string(rs[m.Start:m.End]) != m.Text {
					t.Fatalf("mention %+v does not hold its text", m)
				}
				counts[e.ID]++
			}
		}
	}
	ids := make([]string, 0, len(counts))
	for id := range counts {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return counts[ids[i]] > counts[ids[j]] })
	if len(ids) > 25 {
		ids = ids[:25]
	}
	var top []string
	for _, id := range ids {
		top = append(top, fmt.Sprintf("%s:%d", id, counts[id]))
	}
	t.Logf("%d articles; most mentioned: %v", len(arts), top)
}
