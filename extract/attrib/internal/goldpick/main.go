// Command goldpick draws the SaudiNewsNet articles of the attribution gold
// set: a fixed-seed random sample among short articles that carry at least
// one attribution cue, printed as JSON lines (zip, index, url, content) for a
// person to annotate by hand. Short articles keep the hand annotation honest:
// every sentence of every picked article is read and its chain written down.
//
//	go run ./extract/attrib/internal/goldpick -corpus ../shared/corpus/saudinewsnet -n 40
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad/internal/saudinewsnet"
)

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
	var pool []pick
	err := saudinewsnet.Each(context.Background(), dir, func(a saudinewsnet.Article) error {
		l := utf8.RuneCountInString(a.Content)
		if l >= minLen && l <= maxLen && hasCue(a.Content) {
			pool = append(pool, pick{Zip: a.Zip, Index: a.Index, URL: a.URL, Source: a.Source, Content: a.Content})
		}
		return nil
	})
	if err != nil {
		return err
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
