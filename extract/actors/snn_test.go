package actors

import (
	"archive/zip"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"testing"

	"github.com/isnad/isnad/internal/testenv"
)

// snnArticle is the part of a SaudiNewsNet record the benchmarks read.
type snnArticle struct {
	Source  string `json:"source"`
	Content string `json:"content"`
}

// readSNN reads the articles of one day of SaudiNewsNet.
func readSNN(tb testing.TB, day string) []snnArticle {
	tb.Helper()
	path := filepath.Join(testenv.Shared(tb), "corpus", "saudinewsnet", day+".zip")
	zr, err := zip.OpenReader(path)
	if err != nil {
		tb.Fatalf("opening %s: %v", path, err)
	}
	defer zr.Close()
	var out []snnArticle
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			tb.Fatalf("reading %s!%s: %v", path, f.Name, err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			tb.Fatalf("reading %s!%s: %v", path, f.Name, err)
		}
		var arts []snnArticle
		if err := json.Unmarshal(b, &arts); err != nil {
			tb.Fatalf("decoding %s!%s: %v", path, f.Name, err)
		}
		out = append(out, arts...)
	}
	return out
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
