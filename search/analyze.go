package search

import (
	"strings"
	"unicode"

	"github.com/isnad/isnad/arabic"
)

// Term is one analysed word and the code-point span, in the analysed text, of
// the word it came from.
type Term struct {
	Text       string
	Start, End int
}

// Analyze reduces text to its search terms, one per word, in text order.
// Punctuation yields no term. Offsets are code points into text as given,
// also where display repair rejoined a word split to dodge filters.
func Analyze(text string) []Term {
	return NewAnalyzer().Analyze(text)
}

// Analyzer analyses many texts, remembering the terms of the words it has
// seen: news text repeats its words, and a remembered word costs a map look-up
// instead of fold and stem. An Analyzer is not safe for concurrent use; give
// each goroutine its own.
type Analyzer struct {
	words     map[string]string
	spanWords map[string]string // words of spans confirmed (spans.go)
}

// analyzerWords bounds an Analyzer's memory: past this many distinct words it
// forgets them all and starts again.
const analyzerWords = 1 << 16

// NewAnalyzer returns an Analyzer with an empty memory.
func NewAnalyzer() *Analyzer {
	return &Analyzer{words: make(map[string]string)}
}

// Analyze is the package's Analyze, with a's memory of words.
func (a *Analyzer) Analyze(text string) []Term {
	display := arabic.Display(text)
	tokens := arabic.Tokenize(display.Text)
	terms := make([]Term, 0, len(tokens))
	for _, tok := range tokens {
		t := a.word(tok.Text)
		if t == "" {
			continue
		}
		terms = append(terms, Term{
			Text:  t,
			Start: display.Source(tok.Start),
			End:   display.Source(tok.End),
		})
	}
	return terms
}

func (a *Analyzer) word(w string) string {
	if t, ok := a.words[w]; ok {
		return t
	}
	if len(a.words) >= analyzerWords {
		clear(a.words)
	}
	t := Word(w)
	a.words[w] = t
	return t
}

// Word analyses one word: the term it is indexed and searched under, or ""
// when it holds no letter or digit.
func Word(word string) string {
	if !hasLetterOrDigit(word) {
		return ""
	}
	folded := indexSafe(strings.ToLower(arabic.Fold(unifyHamzaSeats(word))))
	if folded == "" {
		return ""
	}
	if !hasArabicLetter(folded) {
		return folded
	}
	return stem(folded)
}

// Joined is the terms' texts separated by single spaces: the form a backend
// indexes (each term is one token for a whitespace tokenizer).
func Joined(terms []Term) string {
	var b strings.Builder
	n := 0
	for _, t := range terms {
		n += len(t.Text) + 1
	}
	b.Grow(n)
	for i, t := range terms {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func hasArabicLetter(s string) bool {
	for _, r := range s {
		if r >= 0x0600 && r <= 0x06FF && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
