package search

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// SnippetWords is how many words a snippet shows.
const SnippetWords = 30

// Snippet is a stretch of a document's text around the best cluster of
// matched words. Marks are code-point spans in Text of the matched words, for
// a UI to highlight; Start and End locate Text in the document, in code
// points. Before and After say whether text was cut on either side.
type Snippet struct {
	Text   string `json:"text"`
	Marks  []Mark `json:"marks"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Before bool   `json:"cut_before"` // text precedes Text
	After  bool   `json:"cut_after"`  // text follows Text
}

// Mark is a matched word in a snippet: code points of the snippet's Text,
// end exclusive.
type Mark struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Marked is the snippet's text with every mark enclosed in open and close, and
// an ellipsis where text was cut.
func (s Snippet) Marked(open, close string) string {
	var b strings.Builder
	if s.Before {
		b.WriteString("… ")
	}
	rs := []rune(s.Text)
	at := 0
	for _, m := range s.Marks {
		if m.Start < at || m.End > len(rs) || m.Start > m.End {
			continue // not a mark of this text
		}
		b.WriteString(string(rs[at:m.Start]))
		b.WriteString(open)
		b.WriteString(string(rs[m.Start:m.End]))
		b.WriteString(close)
		at = m.End
	}
	b.WriteString(string(rs[at:]))
	if s.After {
		b.WriteString(" …")
	}
	return b.String()
}

// Plain is the snippet for a terminal: on one line, matches between « and ».
func (s Snippet) Plain() string {
	return strings.Join(strings.Fields(s.Marked("«", "»")), " ")
}

// MakeSnippet cuts from text the window of at most words words holding the
// most distinct matched terms (then the most matches), centred on them. With
// no match it is the head of the text.
func MakeSnippet(text string, match map[string]bool, words int) Snippet {
	return NewAnalyzer().Snippet(text, match, words)
}

// Snippet is MakeSnippet with a's memory of words.
//
// Analysing a text is most of what a search costs (some 0.25 CPU ms per
// article, twenty articles a page), and the words sought are often in the
// first lines: the text is analysed a piece at a time (see Partial), and
// the rest is left once the part read holds a window with every term sought
// and room after it to centre the window. The window shown is then the best
// of that part, which is the best of the text but when a later window would
// hold the same terms more often.
func (a *Analyzer) Snippet(text string, match map[string]bool, words int) Snippet {
	var p Partial
	a.Extend(&p, text, match, words)
	return p.Snippet(text, match, words)
}

// Partial is the terms of the beginning of a text, analysed a piece at a
// time by Extend: a store can keep it and extend it when a later search
// needs more of the text. A Partial that is kept and shared must not be
// extended in place; extend a Clone.
type Partial struct {
	Terms []Term // the terms of text[:Read], offsets in code points of the text
	Read  int    // bytes of the text analysed
	Runes int    // code points of text[:Read]
}

// Clone is a copy of p that Extend may change without touching p.
func (p *Partial) Clone() *Partial {
	return &Partial{Terms: slices.Clip(p.Terms), Read: p.Read, Runes: p.Runes}
}

// Complete reports whether p holds the terms of the whole of text.
func (p *Partial) Complete(text string) bool { return p.Read >= len(text) }

// Enough reports whether p holds what a snippet of text for match needs:
// the whole text, or a window of words terms with every term of match and
// room to centre it. Extend leaves such a p as it is.
func (p *Partial) Enough(text string, match map[string]bool, words int) bool {
	return p.Read > 0 && (p.Complete(text) || holdsAll(p.Terms, match, max(words, 1)))
}

// Extend analyses the pieces of text after what p holds until p is Enough.
func (a *Analyzer) Extend(p *Partial, text string, match map[string]bool, words int) {
	words = max(words, 1)
	if p.Enough(text, match, words) {
		return
	}
	for p.Read < len(text) {
		end := pieceEnd(text, p.Read)
		piece := text[p.Read:end]
		for _, t := range a.Analyze(piece) {
			t.Start += p.Runes
			t.End += p.Runes
			p.Terms = append(p.Terms, t)
		}
		p.Runes += utf8.RuneCountInString(piece)
		p.Read = end
		if p.Read < len(text) && holdsAll(p.Terms, match, words) {
			return
		}
	}
}

// Snippet cuts the snippet of text from the terms p holds (Extend's for
// match and words).
func (p *Partial) Snippet(text string, match map[string]bool, words int) Snippet {
	if len(p.Terms) == 0 {
		return Snippet{}
	}
	lo, hi := bestWindow(p.Terms, match, max(words, 1))
	s := cutSnippet(text, p.Terms, match, lo, hi)
	if !s.After && p.Read < len(text) {
		s.After = hasLetterOrDigit(text[p.Read:])
	}
	return s
}

// snippetPiece is about how many bytes of text Snippet analyses at a time:
// a paragraph or two of Arabic news.
const snippetPiece = 1536

// pieceEnd is where the piece of text starting at from ends: after the last
// line break within snippetPiece bytes, else after the last space, else at
// the next space (a piece never ends inside a word, nor, when it can help
// it, inside a line, where display repair may rejoin a split word).
func pieceEnd(text string, from int) int {
	if len(text)-from <= snippetPiece {
		return len(text)
	}
	window := text[from : from+snippetPiece]
	if i := strings.LastIndexByte(window, '\n'); i > 0 {
		return from + i + 1
	}
	if i := strings.LastIndexByte(window, ' '); i > 0 {
		return from + i + 1
	}
	if i := strings.IndexByte(text[from+snippetPiece:], ' '); i >= 0 {
		return from + snippetPiece + i + 1
	}
	return len(text)
}

// holdsAll reports whether terms hold a window of words terms with every
// term of match, followed by enough terms to centre it.
func holdsAll(terms []Term, match map[string]bool, words int) bool {
	if len(match) == 0 {
		return len(terms) >= words
	}
	last := map[string]int{} // term → index of its last match so far
	for i, t := range terms {
		if !match[t.Text] {
			continue
		}
		last[t.Text] = i
		if len(last) < len(match) {
			continue
		}
		first := i
		for _, j := range last {
			first = min(first, j)
		}
		if i-first < words && i+words <= len(terms) {
			return true
		}
	}
	return false
}

// bestWindow returns the term range [lo, hi) to show.
func bestWindow(terms []Term, match map[string]bool, words int) (lo, hi int) {
	var hits []int // indexes of matched terms
	for i, t := range terms {
		if match[t.Text] {
			hits = append(hits, i)
		}
	}
	return bestWindowOf(hits, func(i int) string { return terms[i].Text }, len(terms), words)
}

// bestWindowOf is bestWindow given the indexes of the matched terms among
// n, and the text of the term at an index.
func bestWindowOf(hits []int, text func(i int) string, n, words int) (lo, hi int) {
	if len(hits) == 0 {
		return 0, min(words, n)
	}
	// Slide over the hits: the window starting at hits[a] covers hits[a..b).
	bestA, bestB, bestDistinct := 0, 1, 0
	count := make(map[string]int)
	distinct, b := 0, 0
	for a := range hits {
		for b < len(hits) && hits[b]-hits[a] < words {
			if count[text(hits[b])]++; count[text(hits[b])] == 1 {
				distinct++
			}
			b++
		}
		if distinct > bestDistinct || (distinct == bestDistinct && b-a > bestB-bestA) {
			bestA, bestB, bestDistinct = a, b, distinct
		}
		if count[text(hits[a])]--; count[text(hits[a])] == 0 {
			distinct--
		}
	}
	// Centre the cluster in the window, within the text.
	first, last := hits[bestA], hits[bestB-1]
	lo = first - (words-(last-first+1))/2
	lo = max(0, min(lo, n-words))
	return lo, min(lo+words, n)
}

func cutSnippet(text string, terms []Term, match map[string]bool, lo, hi int) Snippet {
	start, end := terms[lo].Start, terms[hi-1].End
	s := Snippet{
		Text:   runeSlice(text, start, end),
		Start:  start,
		End:    end,
		Before: lo > 0,
		After:  hi < len(terms),
	}
	for _, t := range terms[lo:hi] {
		if match[t.Text] {
			s.Marks = append(s.Marks, Mark{Start: t.Start - start, End: t.End - start})
		}
	}
	return s
}

// runeSlice is s[start:end] in code points.
func runeSlice(s string, start, end int) string {
	i, from := 0, -1
	for byteAt := range s {
		if i == start {
			from = byteAt
		}
		if i == end {
			return s[from:byteAt]
		}
		i++
	}
	if from < 0 {
		return ""
	}
	return s[from:]
}
