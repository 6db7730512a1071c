package search

import (
	"encoding/binary"
	"slices"
	"unicode/utf8"
)

// Spans are a text's terms reduced to what cutting a snippet needs: where
// each term is and a 16-bit hash of what it is. A store keeps them beside
// the text when it indexes it, and a search then cuts its snippets without
// analysing the text again (analysing the twenty bodies of a page was most
// of a search's cost). They take some 3 bytes a term.
//
// Encoding, per term in text order: where it is, then its hash (2 bytes,
// little endian). Where it is is the bytes since the previous term's end
// (gap) and its length in bytes (size): one byte gap<<6 | size when gap < 4
// and size < 64 (a word of up to 31 Arabic letters after a space or a
// comma and a space) but for 0xFF, else 0xFF, gap and size as uvarints.

// AppendSpans appends the spans of terms, the terms Analyze made of text
// (offsets in code points), to dst. It returns nil when the terms do not run
// forward through the text, which Analyze's always do: a caller then keeps no
// spans and cuts snippets by analysing.
func AppendSpans(dst []byte, text string, terms []Term) []byte {
	if dst == nil {
		dst = make([]byte, 0, 4*len(terms))
	}
	runes, at := 0, 0 // code point and byte offsets of the walk through text
	prevEnd := 0      // byte offset of the previous term's end
	seek := func(r int) (int, bool) {
		for runes < r {
			if at >= len(text) {
				return 0, false
			}
			// ASCII and two-byte letters (Arabic) inline: for them
			// utf8.DecodeRuneInString leaves its inlined path, which was
			// most of the cost.
			switch c := text[at]; {
			case c < utf8.RuneSelf:
				at++
			case c >= 0xC2 && c < 0xE0 && at+1 < len(text) && text[at+1]&0xC0 == 0x80:
				at += 2
			default:
				_, size := utf8.DecodeRuneInString(text[at:])
				at += size
			}
			runes++
		}
		return at, runes == r
	}
	for _, t := range terms {
		if t.Start < runes || t.End < t.Start {
			return nil
		}
		start, ok := seek(t.Start)
		if !ok {
			return nil
		}
		end, ok := seek(t.End)
		if !ok {
			return nil
		}
		gap, size := start-prevEnd, end-start
		if b := gap<<6 | size; gap < 4 && size < 64 && b != spanEscape {
			dst = append(dst, byte(b))
		} else {
			dst = append(dst, spanEscape)
			dst = binary.AppendUvarint(dst, uint64(gap))
			dst = binary.AppendUvarint(dst, uint64(size))
		}
		dst = binary.LittleEndian.AppendUint16(dst, termHash(t.Text))
		prevEnd = end
	}
	return dst
}

// spanEscape starts a term's place written as two uvarints.
const spanEscape = 0xFF

// termHash is the 16-bit hash spans keep of a term.
func termHash(term string) uint16 {
	s := uint32(2166136261) // FNV-1a, inline: no allocation per term
	for i := 0; i < len(term); i++ {
		s = (s ^ uint32(term[i])) * 16777619
	}
	return uint16(s ^ s>>16)
}

// SpanSnippet is Snippet cut from spans (AppendSpans of text's terms)
// instead of analysing text: the window of the whole text with the most
// distinct matched terms. A term whose hash is a matched term's is checked
// by analysing that one word, so a hash shared by two terms marks nothing
// wrong. text must be valid UTF-8, as a store's texts are. ok is false
// when spans do not fit text (then analyse).
//
// It reads the spans twice, for the matches and then for the window's
// edges, and counts code points only up to the window's end: a page of
// snippets then costs a few µs a document.
func (a *Analyzer) SpanSnippet(text string, spans []byte, match map[string]bool, words int) (s Snippet, ok bool) {
	words = max(words, 1)
	type sought struct {
		hash uint16
		term string
	}
	var terms []sought // a handful: a scan beats a map
	for m := range match {
		terms = append(terms, sought{termHash(m), m})
	}
	var cands []string
	type hit struct {
		term       string
		start, end int // bytes of text
	}
	var hits []hit
	var at []int // term index of each hit
	n := 0       // terms
	r := spanReader{text: text, spans: spans}
	for {
		start, end, h, more := r.next()
		if !more {
			break
		}
		cands = cands[:0]
		for _, t := range terms {
			if t.hash == h {
				cands = append(cands, t.term)
			}
		}
		if len(cands) > 0 {
			if t := a.confirm(text[start:end], cands); t != "" {
				hits = append(hits, hit{t, start, end})
				at = append(at, n)
			}
		}
		n++
	}
	if r.bad {
		return Snippet{}, false
	}
	if n == 0 {
		return Snippet{}, true
	}
	lo, hi := bestWindowOf(at, func(i int) string {
		j, _ := slices.BinarySearch(at, i)
		return hits[j].term
	}, n, words)
	// The window's edges in bytes.
	from, to := 0, 0
	r = spanReader{text: text, spans: spans}
	for i := 0; i < hi; i++ {
		start, end, _, _ := r.next()
		if i == lo {
			from = start
		}
		to = end
	}
	s = Snippet{
		Text:   text[from:to],
		Start:  runeCount(text[:from]),
		Before: lo > 0,
		After:  hi < n,
	}
	s.End = s.Start + runeCount(s.Text)
	runes, last := 0, from // code points of the snippet before byte last
	for j, h := range hits {
		if at[j] < lo || at[j] >= hi {
			continue
		}
		runes += runeCount(text[last:h.start])
		m := Mark{Start: runes}
		runes += runeCount(text[h.start:h.end])
		m.End = runes
		last = h.end
		s.Marks = append(s.Marks, m)
	}
	return s, true
}

// runeCount is utf8.RuneCountInString for valid UTF-8, which a store's
// texts are: the bytes that start a code point.
func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// spanReader reads spans term by term.
type spanReader struct {
	text  string
	spans []byte
	i, at int  // next byte of spans; end of the last term in text
	bad   bool // spans do not fit text
}

// next is the byte span and hash of the next term; more is false at the
// end of spans or when they do not fit text (bad).
func (r *spanReader) next() (start, end int, hash uint16, more bool) {
	if r.i >= len(r.spans) || r.bad {
		return 0, 0, 0, false
	}
	var gap, size uint64
	if b := r.spans[r.i]; b != spanEscape {
		gap, size = uint64(b>>6), uint64(b&63)
		r.i++
	} else {
		var n, m int
		gap, n = binary.Uvarint(r.spans[r.i+1:])
		if n > 0 {
			size, m = binary.Uvarint(r.spans[r.i+1+n:])
		}
		if n <= 0 || m <= 0 {
			r.bad = true
			return 0, 0, 0, false
		}
		r.i += 1 + n + m
	}
	if r.i+2 > len(r.spans) {
		r.bad = true
		return 0, 0, 0, false
	}
	hash = binary.LittleEndian.Uint16(r.spans[r.i:])
	r.i += 2
	left := uint64(len(r.text) - r.at)
	if gap > left || size > left-gap {
		r.bad = true
		return 0, 0, 0, false
	}
	start = r.at + int(gap)
	r.at = start + int(size)
	return start, r.at, hash, true
}

// confirm is the candidate that word analyses to, or "" when it is none of
// them. A word that does not analyse to exactly one term on its own (a
// split the index saw joined in context) is taken to be the first.
func (a *Analyzer) confirm(word string, cands []string) string {
	term, one := a.termOf(word)
	if !one {
		return cands[0]
	}
	for _, c := range cands {
		if term == c {
			return c
		}
	}
	return ""
}

// termOf is the term a word of a text analyses to on its own, and whether
// it analyses to exactly one. Remembered, as the words of Analyze are: the
// words a search marks recur in every snippet of its page.
func (a *Analyzer) termOf(word string) (term string, one bool) {
	if t, ok := a.spanWords[word]; ok {
		return t, t != ""
	}
	if a.spanWords == nil || len(a.spanWords) >= analyzerWords {
		a.spanWords = make(map[string]string)
	}
	if got := a.Analyze(word); len(got) == 1 && got[0].Text != "" {
		term = got[0].Text
	}
	a.spanWords[word] = term
	return term, term != ""
}
