package ingest

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/internal/testenv"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

func newReader(tb testing.TB) *Reader {
	tb.Helper()
	r, err := New(Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return r
}

// golden is what a seed's golden file holds.
type golden struct {
	Title         string   `json:"title"`
	Published     string   `json:"published"`
	PublishedFrom string   `json:"published_from"`
	Outlet        string   `json:"outlet"`
	Author        string   `json:"author"`
	Credits       []string `json:"credits"`
	Removed       []string `json:"removed"`
	Text          string   `json:"text"`
}

func readSeed(tb testing.TB, r *Reader, path string) isnad.Document {
	tb.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return r.Document(Record{Source: filepath.Base(path), Text: string(raw)})
}

// TestSeedsGolden compares the cleaned seeds with testdata/golden; run
// `go test ./ingest -run TestSeedsGolden -update` after a deliberate change
// and read the diff.
func TestSeedsGolden(t *testing.T) {
	r := newReader(t)
	paths, _ := filepath.Glob(filepath.Join(testenv.Seeds(t), "*.txt"))
	if len(paths) != 5 {
		t.Fatalf("want 5 seeds, found %d", len(paths))
	}
	for _, p := range paths {
		doc := readSeed(t, r, p)
		got := golden{doc.Title, doc.Published, doc.PublishedFrom, doc.Outlet, doc.Author, doc.Credits, doc.Removed, doc.Text}
		b, _ := json.MarshalIndent(got, "", "  ")
		name := filepath.Join("testdata", "golden", strings.TrimSuffix(filepath.Base(p), ".txt")+".json")
		if *update {
			if err := os.WriteFile(name, append(b, '\n'), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(name)
		if err != nil {
			t.Fatalf("%v (run with -update to create)", err)
		}
		if strings.TrimSpace(string(want)) != string(b) {
			t.Errorf("%s differs from %s; got:\n%s", p, name, b)
		}
	}
}
