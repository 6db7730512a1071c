// Package searchtest gives search and store tests and benchmarks real Arabic
// news text: articles of the SaudiNewsNet corpus in the shared data folder.
// It reads the corpus's zip files itself (one JSON array per day) so that
// these tests depend on nothing but the data.
package searchtest

import (
	"archive/zip"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/internal/testenv"
)

// Article is one SaudiNewsNet record as the corpus stores it.
type Article struct {
	Source  string `json:"source"`
	URL     string `json:"url"`
	Date    string `json:"date_extracted"`
	Title   string `json:"title"`
	Author  string `json:"author"`
	Content string `json:"content"`
}

// maxMemberBytes bounds how much one zip member may inflate to.
const maxMemberBytes = 256 << 20

// Articles reads up to n articles (all when n <= 0) from the corpus's day
// files in date order.
func Articles(tb testing.TB, n int) []Article {
	tb.Helper()
	dir := filepath.Join(testenv.Shared(tb), "corpus", "saudinewsnet")
	zips, err := filepath.Glob(filepath.Join(dir, "*.zip"))
	if err != nil || len(zips) == 0 {
		tb.Fatalf("no SaudiNewsNet zip in %s (%v)", dir, err)
	}
	sort.Strings(zips)
	var out []Article
	for _, path := range zips {
		day, err := readZip(path)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, day...)
		if n > 0 && len(out) >= n {
			return out[:n]
		}
	}
	return out
}

func readZip(path string) ([]Article, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	defer zr.Close()
	var out []Article
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("opening %s!%s: %w", path, f.Name, err)
		}
		var day []Article
		err = json.NewDecoder(io.LimitReader(rc, maxMemberBytes)).Decode(&day)
		rc.Close()
		if err != nil {
			return nil, fmt.Errorf("decoding %s!%s: %w", path, f.Name, err)
		}
		out = append(out, day...)
	}
	return out, nil
}

// Documents turns articles into documents as ingest would, roughly: display
// normalised text and a text-derived id. Good enough for storing and
// searching; ingest proper also removes page chrome and finds metadata.
func Documents(articles []Article) []isnad.Document {
	docs := make([]isnad.Document, len(articles))
	for i, a := range articles {
		text := arabic.Display(a.Content).Text
		published := a.Date
		if len(published) >= 10 {
			published = published[:10]
		}
		docs[i] = isnad.Document{
			ID:            isnad.DocumentID(arabic.Fold(text)),
			Source:        fmt.Sprintf("saudinewsnet#%d", i),
			URL:           a.URL,
			Outlet:        a.Source,
			Published:     published,
			PublishedFrom: isnad.FromMetadata,
			Language:      "ar",
			Title:         arabic.Display(a.Title).Text,
			Author:        a.Author,
			Text:          text,
		}
	}
	return docs
}

// Bytes is the total size of the articles' text in bytes, for MB/s figures.
func Bytes(articles []Article) int64 {
	var n int64
	for _, a := range articles {
		n += int64(len(a.Title) + len(a.Content))
	}
	return n
}
