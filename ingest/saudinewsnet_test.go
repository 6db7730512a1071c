package ingest

import (
	"archive/zip"
	"context"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/isnad/isnad/internal/testenv"
)

// snnArticle is one SaudiNewsNet record as the corpus stores it.
type snnArticle struct {
	Source, URL, Title, Author, Content string
	DateExtracted                       string `json:"date_extracted"`
}

func snnZips(tb testing.TB) []string {
	tb.Helper()
	zips, _ := filepath.Glob(filepath.Join(testenv.Shared(tb), "corpus", "saudinewsnet", "*.zip"))
	if len(zips) == 0 {
		tb.Fatal("no SaudiNewsNet zips in the shared corpus")
	}
	sort.Strings(zips)
	return zips
}

// snnRecords decodes a zip with encoding/json directly: the reference the
// streaming reader is checked against.
func snnRecords(tb testing.TB, path string) []snnArticle {
	tb.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer zr.Close()
	var all []snnArticle
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			tb.Fatal(err)
		}
		var arts []snnArticle
		if err := json.NewDecoder(rc).Decode(&arts); err != nil {
			tb.Fatal(err)
		}
		rc.Close()
		all = append(all, arts...)
	}
	return all
}

func readAll(tb testing.TB, r *Reader, paths ...string) ([]Item, []error) {
	tb.Helper()
	var items []Item
	var errs []error
	err := r.Read(context.Background(), paths, func(it Item) error {
		if it.Err != nil {
			errs = append(errs, it.Err)
		} else {
			items = append(items, it)
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return items, errs
}

func TestSaudiNewsNetZip(t *testing.T) {
	r := newReader(t)
	path := snnZips(t)[2]
	want := snnRecords(t, path)
	items, errs := readAll(t, r, path)
	if len(items)+len(errs) != len(want) {
		t.Fatalf("%s: %d documents + %d errors, want %d articles", path, len(items), len(errs), len(want))
	}
	empty := 0
	for _, a := range want {
		if strings.TrimSpace(a.Content) == "" {
			empty++
		}
	}
	if len(errs) != empty {
		t.Errorf("%d articles failed, want %d (the articles without content)", len(errs), empty)
	}
	for _, err := range errs {
		if !errors.Is(err, ErrNoArticle) {
			t.Errorf("unexpected error %v", err)
		}
	}
	byURL := map[string]snnArticle{}
	for _, a := range want {
		byURL[a.URL] = a
	}
	for i, it := range items {
		d := it.Doc
		a, ok := byURL[d.URL]
		if !ok {
			t.Fatalf("document %d: URL %q not in the zip", i, d.URL)
		}
		if d.Published != a.DateExtracted[:10] || d.PublishedFrom != "metadata" {
			t.Errorf("%s: published %q from %q, want %q from metadata", d.Source, d.Published, d.PublishedFrom, a.DateExtracted[:10])
		}
		if d.Outlet == "" || d.Outlet == a.Source {
			t.Errorf("%s: outlet %q not resolved from source id %q", d.Source, d.Outlet, a.Source)
		}
		if d.Title == "" || d.Language != "ar" || !strings.HasPrefix(d.ID, "d:") {
			t.Errorf("%s: title %q language %q id %q", d.Source, d.Title, d.Language, d.ID)
		}
		if !strings.Contains(d.Source, ".zip!") || !strings.Contains(d.Source, "#") {
			t.Errorf("source %q does not name the member and the record", d.Source)
		}
	}
}

// TestSaudiNewsNetSampleChrome cleans a fixed random sample of 300 articles
// from the whole corpus, logs every removed line (read them: they must be
// chrome, bylines, datelines or tags, never body text) and bounds the share
// of characters removed.
func TestSaudiNewsNetSampleChrome(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the whole SaudiNewsNet corpus")
	}
	r := newReader(t)
	var all []snnArticle
	for _, z := range snnZips(t) {
		all = append(all, snnRecords(t, z)...)
	}
	rng := rand.New(rand.NewPCG(2015, 7))
	rng.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	sample := all[:300]
	var in, removedChars, docsTouched int
	for _, a := range sample {
		doc := r.Document(Record{Source: a.URL, Title: a.Title, Text: a.Content, Outlet: a.Source, Author: a.Author, Published: a.DateExtracted, URL: a.URL})
		in += utf8.RuneCountInString(strings.Join(strings.Fields(a.Content), " "))
		if len(doc.Removed) > 0 {
			docsTouched++
		}
		for _, l := range doc.Removed {
			removedChars += utf8.RuneCountInString(l)
			t.Logf("%-12s removed: %s", a.Source, l)
		}
	}
	share := float64(removedChars) / float64(in)
	t.Logf("sample 300: %d of %d characters removed (%.3f%%), %d documents touched", removedChars, in, 100*share, docsTouched)
	if share > 0.01 {
		t.Errorf("%.2f%% of the characters removed: more than bylines and tags, body text is going", 100*share)
	}
}
