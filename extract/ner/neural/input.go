// Package neural is an experimental neural entity tagger for Arabic: word
// vectors learnt by isnad from SaudiNewsNet (the PPMI-SVD vectors the
// tagger's clusters are cut from), embeddings of the training words and of
// their letter affixes, a bidirectional LSTM and a CRF over the BIO tags of
// package ner. It was built to learn whether a model whose errors differ
// from the averaged perceptron's adds to it (data/ner/PROVENANCE.md has
// what was measured); it is pure Go and standard library only.
package neural

import (
	"hash/fnv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/extract/ner"
)

// tagNames are the BIO tags, in package ner's order.
var tagNames = [...]string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"}

const nTags = len(tagNames)

// TagNames returns the tags in the order of Marginals' columns.
func TagNames() []string { return tagNames[:] }

func tagID(tag string) (int, bool) {
	tag = ner.CanonicalTag(tag)
	for i, n := range tagNames {
		if n == tag {
			return i, true
		}
	}
	return 0, false
}

// nShape is the number of word-shape indicators in the input.
const nShape = 8

// token is what the network reads of one word form, computed once per form:
// it depends on the form alone, not on its context.
type token struct {
	vec   int32   // row in the SVD vectors, -1 for none
	word  int32   // row in the word table, 0 for an unknown word
	chars []int32 // rows in the affix table
	shape [nShape]float32
}

// forms are the folded spellings a token's vector is looked up by, in
// order: the word, without conjunction and preposition (keeping ال), its
// clitic-free stem, its light stem.
func forms(folded string) []string {
	seg := arabic.Segment(folded)
	out := []string{folded}
	art := false
	for _, p := range seg.Prefixes {
		art = art || p == "ال"
	}
	if art && seg.Stem != "" {
		out = append(out, "ال"+seg.Stem)
	}
	if seg.Stem != "" {
		out = append(out, seg.Stem)
	}
	return append(out, arabic.Stem(folded))
}

// affixes are the letter prefixes and suffixes (1-3) of the folded word and
// of its clitic-free stem, and the stem itself, as hashed rows of an affix
// table of size buckets.
func affixes(folded string, buckets int) []int32 {
	var out []int32
	add := func(kind string, s string) {
		if s == "" {
			return
		}
		h := fnv.New32a()
		h.Write([]byte(kind))
		h.Write([]byte{0})
		h.Write([]byte(s))
		out = append(out, int32(h.Sum32()%uint32(buckets)))
	}
	stem := arabic.Segment(folded).Stem
	for n := 1; n <= 3; n++ {
		add("p"+string(rune('0'+n)), prefix(folded, n))
		add("s"+string(rune('0'+n)), suffix(folded, n))
		add("P"+string(rune('0'+n)), prefix(stem, n))
		add("S"+string(rune('0'+n)), suffix(stem, n))
	}
	add("stem", stem)
	add("len", string(rune('0'+min(utf8.RuneCountInString(folded), 12))))
	return out
}

func prefix(s string, n int) string {
	i := 0
	for k := 0; k < n; k++ {
		if i >= len(s) {
			return ""
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return s[:i]
}

func suffix(s string, n int) string {
	i := len(s)
	for k := 0; k < n; k++ {
		if i <= 0 {
			return ""
		}
		_, w := utf8.DecodeLastRuneInString(s[:i])
		i -= w
	}
	return s[i:]
}

// shapeOf sets the shape indicators: Arabic letters, Latin letters, digits,
// punctuation only, and four length classes.
func shapeOf(folded string) [nShape]float32 {
	var s [nShape]float32
	punct := true
	for _, r := range folded {
		switch {
		case arabic.IsArabicLetter(r):
			s[0] = 1
		case r < 128 && unicode.IsLetter(r):
			s[1] = 1
		case unicode.IsDigit(r):
			s[2] = 1
		}
		punct = punct && !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}
	if punct {
		s[3] = 1
	}
	n := utf8.RuneCountInString(folded)
	switch {
	case n <= 2:
		s[4] = 1
	case n <= 4:
		s[5] = 1
	case n <= 7:
		s[6] = 1
	default:
		s[7] = 1
	}
	return s
}

// lexicon maps word forms to rows of the model's tables.
type lexicon struct {
	vecIndex  map[string]int32 // folded word → row of the SVD vectors
	wordIndex map[string]int32 // folded word → row of the word table (0 unknown)
	buckets   int
}

func (lx *lexicon) token(tok string) token {
	folded := arabic.Fold(tok)
	t := token{vec: -1, word: lx.wordIndex[folded], chars: affixes(folded, lx.buckets), shape: shapeOf(folded)}
	for _, f := range forms(folded) {
		if r, ok := lx.vecIndex[f]; ok {
			t.vec = r
			break
		}
	}
	return t
}

// cache keeps the tokens of forms already seen.
type cache struct {
	lx *lexicon
	m  map[string]*token
}

func (c *cache) get(tok string) *token {
	if t := c.m[tok]; t != nil {
		return t
	}
	t := c.lx.token(tok)
	c.m[strings.Clone(tok)] = &t
	return &t
}
