// Package searchtest gives search and store tests and benchmarks real Arabic
// news text: articles of the SaudiNewsNet corpus in the shared data folder.
package searchtest

import (
	"fmt"
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/internal/saudinewsnet"
	"github.com/isnad/isnad/internal/testenv"
)

// Article is one SaudiNewsNet record as the corpus stores it.
type Article = saudinewsnet.Article

// Articles reads up to n articles (all when n <= 0) from the corpus's day
// files in date order.
func Articles(tb testing.TB, n int) []Article {
	tb.Helper()
	arts, err := saudinewsnet.Load(saudinewsnet.Dir(testenv.Shared(tb)), n)
	if err != nil {
		tb.Fatal(err)
	}
	return arts
}

// Documents turns articles into documents as ingest would, roughly: display
// normalised text and a text-derived id. Good enough for storing and
// searching; ingest proper also removes page chrome and finds metadata.
func Documents(articles []Article) []isnad.Document {
	docs := make([]isnad.Document, len(articles))
	for i, a := range articles {
		text := arabic.Display(a.Content).Text
		docs[i] = isnad.Document{
			ID:            isnad.DocumentID(arabic.Fold(text)),
			Source:        fmt.Sprintf("saudinewsnet#%d", i),
			URL:           a.URL,
			Outlet:        a.Source,
			Published:     a.Day(),
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
