// Package goldset reads the SaudiNewsNet articles that isnad's time and
// quantity gold sets are annotated on, and matches gold mentions to tagger
// output. The gold sets live in testdata/gold/{timex,quantity}; their README
// says how they were made.
package goldset

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"sort"
	"strings"

	"github.com/isnad/isnad/internal/saudinewsnet"
)

// Article is one SaudiNewsNet article.
type Article struct {
	ID      string // "<zip name>#<index in its JSON array>", e.g. 2015-07-21.zip#12
	URL     string
	Anchor  string // the date part of date_extracted: YYYY-MM-DD
	Source  string
	Title   string
	Content string
}

// Region is how much of each article's content (code points) the gold
// annotators read: every time expression and figure inside it is annotated.
const Region = 1200

// Annotated is the part of the content the gold covers, cut at Region code
// points.
func (a Article) Annotated() string {
	n := 0
	for i := range a.Content {
		if n == Region {
			return a.Content[:i]
		}
		n++
	}
	return a.Content
}

// Load reads every article of the SaudiNewsNet zips in dir, in zip-name and
// array order.
func Load(dir string) ([]Article, error) {
	var out []Article
	err := saudinewsnet.Each(context.Background(), dir, func(a saudinewsnet.Article) error {
		out = append(out, fromCorpus(a))
		return nil
	})
	return out, err
}

func loadZip(path string) ([]Article, error) {
	arts, err := saudinewsnet.LoadZip(path)
	out := make([]Article, len(arts))
	for i, a := range arts {
		out[i] = fromCorpus(a)
	}
	return out, err
}

func fromCorpus(a saudinewsnet.Article) Article {
	return Article{ID: a.ID(), URL: a.URL, Anchor: a.Day(), Source: a.Source, Title: a.Title, Content: a.Content}
}

// Sample returns n articles drawn at random with a fixed seed, so that the
// same articles come back on every machine.
func Sample(arts []Article, n int, seed uint64) []Article {
	rng := rand.New(rand.NewPCG(seed, 0x15A4D))
	idx := rng.Perm(len(arts))
	if n > len(idx) {
		n = len(idx)
	}
	out := make([]Article, n)
	for k := range n {
		out[k] = arts[idx[k]]
	}
	return out
}

// Index maps article ids to articles.
func Index(arts []Article) map[string]Article {
	m := make(map[string]Article, len(arts))
	for _, a := range arts {
		m[a.ID] = a
	}
	return m
}

// Seed is the sampling seed of the gold sets.
const Seed = 20260404

// SharedCorpus is the SaudiNewsNet folder under a shared data folder.
func SharedCorpus(shared string) string {
	return saudinewsnet.Dir(shared)
}

// LoadDocs reads only the articles whose ids are listed, opening just the
// zips they live in.
func LoadDocs(dir string, ids []string) (map[string]Article, error) {
	zips := map[string]bool{}
	for _, id := range ids {
		if i := strings.IndexByte(id, '#'); i > 0 {
			zips[id[:i]] = true
		}
	}
	want := map[string]bool{}
	for _, id := range ids {
		want[id] = true
	}
	out := map[string]Article{}
	names := make([]string, 0, len(zips))
	for z := range zips {
		names = append(names, z)
	}
	sort.Strings(names)
	for _, z := range names {
		arts, err := loadZip(filepath.Join(dir, z))
		if err != nil {
			return nil, err
		}
		for _, a := range arts {
			if want[a.ID] {
				out[a.ID] = a
			}
		}
	}
	for id := range want {
		if _, ok := out[id]; !ok {
			return nil, fmt.Errorf("gold article %s is not in %s", id, dir)
		}
	}
	return out, nil
}
