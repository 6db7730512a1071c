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

// IDs are the cluster ids of one word: the coarse id groups fine ones; Alt,
// when the set has it, is the word's cluster in a second, independent
// partition.
type IDs struct {
	Coarse, Fine, Alt uint16
}

// Set maps folded words to their clusters.
type Set struct {
	words map[string]IDs
	alt   bool // the Alt ids are meaningful
}

// NewSet builds a set from a word table; alt says whether its Alt ids are
// set.
func NewSet(words map[string]IDs, alt bool) *Set { return &Set{words: words, alt: alt} }

// HasAlt reports whether the words carry a second partition's ids.
func (s *Set) HasAlt() bool { return s != nil && s.alt }

// NoAlt is the Alt id of a word the second partition does not cover.
const NoAlt = 0xFFFF

// WithAlt returns a copy of s whose Alt ids are other's Fine ids: two
// clusterings learnt independently (another k-means draw, another corpus
// read) place a word more precisely together than either alone. Words other
// lacks get NoAlt.
func (s *Set) WithAlt(other *Set) *Set {
	words := make(map[string]IDs, len(s.words))
	for w, ids := range s.words {
		ids.Alt = NoAlt
		if o, ok := other.words[w]; ok {
			ids.Alt = o.Fine
		}
		words[w] = ids
	}
	return &Set{words: words, alt: true}
}

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

// Save writes the set as gzip-compressed TSV lines `word<TAB>coarse<TAB>fine`
// (and `<TAB>alt` when the set has a second partition), sorted by word so the
// file is stable across runs.
func (s *Set) Save(w io.Writer) error {
	zw := gzip.NewWriter(w)
	bw := bufio.NewWriter(zw)
	keys := make([]string, 0, len(s.words))
	for k := range s.words {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if s.alt {
		fmt.Fprintf(bw, "# word\tcoarse\tfine\talt\n")
	} else {
		fmt.Fprintf(bw, "# word\tcoarse\tfine\n")
	}
	for _, k := range keys {
		ids := s.words[k]
		if s.alt {
			fmt.Fprintf(bw, "%s\t%d\t%d\t%d\n", k, ids.Coarse, ids.Fine, ids.Alt)
		} else {
			fmt.Fprintf(bw, "%s\t%d\t%d\n", k, ids.Coarse, ids.Fine)
		}
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
	line, cols := 0, 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if cols == 0 && (len(f) == 3 || len(f) == 4) {
			cols = len(f)
		}
		if len(f) != cols {
			return nil, fmt.Errorf("reading clusters %s line %d: want 3 or 4 tab-separated fields on every line, got %d", name, line, len(f))
		}
		var ids [3]uint16
		for k := 1; k < cols; k++ {
			v, err := strconv.ParseUint(f[k], 10, 16)
			if err != nil {
				return nil, fmt.Errorf("reading clusters %s line %d: cluster ids must be integers below 65536", name, line)
			}
			ids[k-1] = uint16(v)
		}
		words[f[0]] = IDs{Coarse: ids[0], Fine: ids[1], Alt: ids[2]}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading clusters %s: %w", name, err)
	}
	return &Set{words: words, alt: cols == 4}, nil
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
