// Package snn gives isnad's story-linking evaluations and benchmarks the
// SaudiNewsNet corpus as they use it: every article, named "<zip>#<index>"
// (stable across runs), in zip name then array order.
package snn

import (
	"fmt"
	"os"

	"github.com/isnad/isnad/internal/saudinewsnet"
)

// Article is one SaudiNewsNet record.
type Article struct {
	ID      string // "2015-07-21.zip#12"
	Source  string
	URL     string
	Title   string
	Author  string
	Content string
}

// Load reads every article of the corpus folder, in zip name then array order.
func Load(dir string) ([]Article, error) {
	all, err := saudinewsnet.Load(dir, 0)
	if err != nil {
		return nil, err
	}
	out := make([]Article, len(all))
	for i, a := range all {
		out[i] = Article{ID: a.ID(), Source: a.Source, URL: a.URL, Title: a.Title, Author: a.Author, Content: a.Content}
	}
	return out, nil
}

// Open is Load from a folder that must exist: a clear error otherwise.
func Open(dir string) ([]Article, error) {
	if _, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("SaudiNewsNet folder: %w", err)
	}
	return Load(dir)
}
