// Package minhash turns article text into compact, reproducible MinHash
// signatures over word shingles of its matching form, so that near-duplicate
// and rewritten articles can be found among millions without comparing texts.
package minhash

import (
	"slices"
	"strings"
	"unicode"

	"github.com/isnad/isnad/arabic"
)

// Words returns the matching form of every word of text, in order: the
// text folded (arabic.Fold), split into runs of letters and digits with
// punctuation dropped, each word stripped of a leading conjunction و and
// article ال so that "والحرس" and "الحرس" match. arabic.Stem would also
// catch plural and pronoun endings but costs more than the rest of a
// signature together, and the index reads millions of documents; the same
// form serves the alignment so that word frequencies apply to it.
func Words(text string) []string {
	folded := arabic.Fold(text)
	var words []string
	start := -1
	for i, r := range folded {
		inWord := isWordRune(r)
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			words = append(words, stripClitics(folded[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		words = append(words, stripClitics(folded[start:]))
	}
	return words
}

// stripClitics drops a leading و then ال when enough of the word remains
// (byte lengths: Arabic letters are two bytes).
func stripClitics(w string) string {
	if len(w) > 6 && strings.HasPrefix(w, "و") {
		w = w[len("و"):]
	}
	if len(w) > 8 && strings.HasPrefix(w, "ال") {
		w = w[len("ال"):]
	}
	return w
}

// WordHashes hashes each word once; shingles are built from these.
func WordHashes(words []string) []uint64 {
	hs := make([]uint64, len(words))
	for i, w := range words {
		hs[i] = fnv1a64(w)
	}
	return hs
}

// Shingles returns the sorted, distinct hashes of the k-word shingles of a
// sequence of word hashes. A text shorter than k words yields one shingle of
// all its words, so that short texts still have a signature.
func Shingles(wordHashes []uint64, k int) []uint64 {
	if k < 1 {
		k = 1
	}
	n := len(wordHashes)
	if n == 0 {
		return nil
	}
	if n < k {
		k = n
	}
	out := make([]uint64, 0, n-k+1)
	for i := 0; i+k <= n; i++ {
		h := uint64(k)
		for _, w := range wordHashes[i : i+k] {
			h = mix64(h ^ w)
		}
		out = append(out, h)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// TextShingles is Shingles(WordHashes(Words(text)), k).
func TextShingles(text string, k int) []uint64 {
	return Shingles(WordHashes(Words(text)), k)
}

// Jaccard is the exact Jaccard similarity of two sorted distinct sets.
func Jaccard(a, b []uint64) float64 {
	inter := Intersection(a, b)
	union := len(a) + len(b) - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

// Containment is the share of a that is also in b (sorted distinct sets).
func Containment(a, b []uint64) float64 {
	if len(a) == 0 {
		return 0
	}
	return float64(Intersection(a, b)) / float64(len(a))
}

// Intersection counts the elements two sorted distinct sets share.
func Intersection(a, b []uint64) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// isWordRune: letters and digits, with fast paths for the folded Arabic
// letters and ASCII that make up almost all of isnad's text.
func isWordRune(r rune) bool {
	switch {
	case r >= 'ء' && r <= 'ي', r >= '0' && r <= '9', r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		return true
	case r < 0x80 || r == ' ' || r == '،' || r == '«' || r == '»':
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
