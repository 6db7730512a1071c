// Package clusters learns word clusters from unlabelled Arabic text and
// stores them as a word → (coarse, fine) cluster table. The named-entity
// tagger uses the ids as features: words used in the same contexts (names of
// cities, of ministries, of months) share a cluster even when the tagger never
// saw them in its training data.
package clusters

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// IDs is the pair of cluster ids of one word: the coarse id groups fine ones.
type IDs struct {
	Coarse, Fine uint16
}

// Set maps folded words to their clusters.
type Set struct {
	words map[string]IDs
}

// NewSet builds a set from a word table.
func NewSet(words map[string]IDs) *Set { return &Set{words: words} }

// Lookup returns the clusters of a folded word.
func (s *Set) Lookup(folded string) (IDs, bool) {
	if s == nil {
		return IDs{}, false
	}
	ids, ok := s.words[folded]
	return ids, ok
}

// Len is the number of words in the set.
func (s *Set) Len() int {
	if s == nil {
		return 0
	}
	return len(s.words)
}

// maxLineBytes bounds one line of a cluster file.
const maxLineBytes = 1 << 16

// Save writes the set as gzip-compressed TSV lines `word<TAB>coarse<TAB>fine`,
// sorted by word so the file is stable across runs.
func (s *Set) Save(w io.Writer) error {
	zw := gzip.NewWriter(w)
	bw := bufio.NewWriter(zw)
	keys := make([]string, 0, len(s.words))
	for k := range s.words {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Fprintf(bw, "# word\tcoarse\tfine\n")
	for _, k := range keys {
		ids := s.words[k]
		fmt.Fprintf(bw, "%s\t%d\t%d\n", k, ids.Coarse, ids.Fine)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing clusters: %w", err)
	}
	return zw.Close()
}

// Load reads a set written by Save. name is used in error messages.
func Load(r io.Reader, name string) (*Set, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("reading clusters %s: %w", name, err)
	}
	defer zr.Close()
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 4096), maxLineBytes)
	words := make(map[string]IDs, 1<<16)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("reading clusters %s line %d: want 3 tab-separated fields, got %d", name, line, len(f))
		}
		c, err1 := strconv.ParseUint(f[1], 10, 16)
		fi, err2 := strconv.ParseUint(f[2], 10, 16)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("reading clusters %s line %d: cluster ids must be integers below 65536", name, line)
		}
		words[f[0]] = IDs{Coarse: uint16(c), Fine: uint16(fi)}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading clusters %s: %w", name, err)
	}
	return &Set{words: words}, nil
}

// Words lists the clustered words, sorted.
func (s *Set) Words() []string {
	if s == nil {
		return nil
	}
	out := make([]string, 0, len(s.words))
	for w := range s.words {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}
