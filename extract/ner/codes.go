package ner

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// WordCodes are further facts about frequent words learnt from unlabelled
// text, as short codes per folded word: the word's clusters at several
// granularities (`h2000:17`) and its quantised vector dimensions (`d5+`).
// They feed the `vectors` feature family.
type WordCodes struct {
	words map[string][]string
}

// NewWordCodes builds word codes from a table.
func NewWordCodes(words map[string][]string) *WordCodes { return &WordCodes{words: words} }

// Lookup returns the codes of a folded word.
func (c *WordCodes) Lookup(folded string) []string {
	if c == nil {
		return nil
	}
	return c.words[folded]
}

// Words lists the coded words, sorted.
func (c *WordCodes) Words() []string {
	out := make([]string, 0, len(c.words))
	for w := range c.words {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

// LoadWordCodes reads a gzip TSV file of `word<TAB>code code …` lines.
func LoadWordCodes(path string) (*WordCodes, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading word codes: %w", err)
	}
	defer f.Close()
	return ReadWordCodes(f, path)
}

// ReadWordCodes reads what LoadWordCodes reads from r; name labels errors.
func ReadWordCodes(r io.Reader, name string) (*WordCodes, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("reading word codes %s: %w", name, err)
	}
	defer zr.Close()
	words := map[string][]string{}
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		w, codes, ok := strings.Cut(sc.Text(), "\t")
		if !ok || w == "" {
			return nil, fmt.Errorf("reading word codes %s: line %d: want word<TAB>codes", name, n)
		}
		words[w] = strings.Fields(codes)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading word codes %s: %w", name, err)
	}
	return &WordCodes{words: words}, nil
}
