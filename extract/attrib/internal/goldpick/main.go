// Command goldpick draws the SaudiNewsNet articles of the attribution gold
// set: a fixed-seed random sample among short articles that carry at least
// one attribution cue, printed as JSON lines (zip, index, url, content) for a
// person to annotate by hand. Short articles keep the hand annotation honest:
// every sentence of every picked article is read and its chain written down.
//
//	go run ./extract/attrib/internal/goldpick -corpus ../shared/corpus/saudinewsnet -n 40
package main

import (
	"archive/zip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

type article struct {
	Source  string `json:"source"`
	URL     string `json:"url"`
	Content string `json:"content"`
}

type pick struct {
	Zip     string `json:"zip"`
	Index   int    `json:"index"`
	URL     string `json:"url"`
	Source  string `json:"source"`
	Content string `json:"content"`
}

// cues are the attribution words an article must contain to be eligible.
var cues = []string{"بحسب", "وفقا ل", "وفقاً ل", "نقلا عن", "نقلاً عن", "قال", "أكد", "أوضح", "أشار", "أفاد", "ذكر", "أعلن", "كشف", "مصادر", "مصدر"}

func main() {
	dir := flag.String("corpus", "../shared/corpus/saudinewsnet", "folder of SaudiNewsNet zips")
	n := flag.Int("n", 40, "articles to draw")
	minLen := flag.Int("min", 250, "shortest article in code points")
	maxLen := flag.Int("max", 1100, "longest article in code points")
	seed := flag.Uint64("seed", 5, "random seed")
	flag.Parse()
	if err := run(*dir, *n, *minLen, *maxLen, *seed); err != nil {
		slog.Error("goldpick", "err", err)
		os.Exit(1)
	}
}

func run(dir string, n, minLen, maxLen int, seed uint64) error {
	zips, err := filepath.Glob(filepath.Join(dir, "*.zip"))
	if err != nil {
		return fmt.Errorf("listing %s: %w", dir, err)
	}
	sort.Strings(zips)
	var pool []pick
	for _, z := range zips {
		arts, err := readZip(z)
		if err != nil {
			return err
		}
		for i, a := range arts {
			l := utf8.RuneCountInString(a.Content)
			if l < minLen || l > maxLen || !hasCue(a.Content) {
				continue
			}
			pool = append(pool, pick{Zip: filepath.Base(z), Index: i, URL: a.URL, Source: a.Source, Content: a.Content})
		}
	}
	r := rand.New(rand.NewPCG(seed, seed))
	r.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
	enc := json.NewEncoder(os.Stdout)
	for _, p := range pool[:min(n, len(pool))] {
		if err := enc.Encode(p); err != nil {
			return fmt.Errorf("writing pick: %w", err)
		}
	}
	return nil
}

func hasCue(s string) bool {
	for _, c := range cues {
		if strings.Contains(s, c) {
			return true
		}
	}
	return false
}

func readZip(path string) ([]article, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	defer zr.Close()
	var out []article
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("opening %s!%s: %w", path, f.Name, err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, fmt.Errorf("reading %s!%s: %w", path, f.Name, err)
		}
		var arts []article
		if err := json.Unmarshal(b, &arts); err != nil {
			return nil, fmt.Errorf("decoding %s!%s: %w", path, f.Name, err)
		}
		out = append(out, arts...)
	}
	return out, nil
}
