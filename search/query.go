package search

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/isnad/isnad/arabic"
)

// Limits on what a query may ask, so that one request cannot make the
// full-text engine do unbounded work.
const (
	MaxQueryBytes = 1024 // longer queries are refused
	MaxQueryTerms = 32   // terms over all phrases, included and excluded
)

// Errors a query can be refused with. They are the only errors ParseQuery
// returns; a store's Search passes them through so callers can tell a bad
// query (the user's to fix) from a failing store.
var (
	ErrEmptyQuery   = errors.New("the query has no word to search for")
	ErrQueryTooLong = fmt.Errorf("the query is too long (at most %d bytes and %d words)", MaxQueryBytes, MaxQueryTerms)
)

// Phrase is a run of terms that must occur consecutively; a single word is a
// phrase of one term (or of several, when a word like al-Qaeda analyses into
// more than one).
type Phrase []string

// Query is a parsed search: every clause must match, a clause matches when
// any of its phrases occurs, and no excluded phrase may occur.
//
// Syntax, as an analyst types it: words (all must occur), "quoted phrases",
// OR between two words or phrases (either may occur), and -word or -"phrase"
// to exclude. Anything else is a word; no input is a syntax error.
type Query struct {
	Clauses  [][]Phrase
	Excluded []Phrase
}

// Terms is the set of terms the query looks for (exclusions left out): the
// terms a snippet marks.
func (q Query) Terms() map[string]bool {
	set := make(map[string]bool)
	for _, c := range q.Clauses {
		for _, p := range c {
			for _, t := range p {
				set[t] = true
			}
		}
	}
	return set
}

// ParseQuery analyses a query typed by a user. Input that is not valid UTF-8
// is repaired, not refused.
func ParseQuery(input string) (Query, error) {
	if len(input) > MaxQueryBytes {
		return Query{}, ErrQueryTooLong
	}
	if !utf8.ValidString(input) {
		input = strings.ToValidUTF8(input, " ")
	}
	// Display repair first: a query typed as "داعـ ـش" is one word.
	input = arabic.Display(input).Text
	var q Query
	orNext, nterms := false, 0
	for _, it := range lexQuery(input) {
		if it.or {
			orNext = len(q.Clauses) > 0
			continue
		}
		p := analysePhrase(it.text)
		if len(p) == 0 {
			continue // punctuation only: nothing to look for
		}
		if nterms += len(p); nterms > MaxQueryTerms {
			return Query{}, ErrQueryTooLong
		}
		switch {
		case it.exclude:
			q.Excluded = append(q.Excluded, p)
		case orNext:
			last := len(q.Clauses) - 1
			q.Clauses[last] = append(q.Clauses[last], p)
		default:
			q.Clauses = append(q.Clauses, []Phrase{p})
		}
		orNext = false
	}
	if len(q.Clauses) == 0 {
		return Query{}, ErrEmptyQuery
	}
	return q, nil
}

func analysePhrase(text string) Phrase {
	terms := Analyze(text)
	if len(terms) == 0 {
		return nil
	}
	p := make(Phrase, len(terms))
	for i, t := range terms {
		p[i] = t.Text
	}
	return p
}

// queryItem is one lexical item of a query: a word or quoted phrase
// (possibly excluded) or the OR operator.
type queryItem struct {
	text    string
	exclude bool
	or      bool
}

func lexQuery(s string) []queryItem {
	var items []queryItem
	rs := []rune(s)
	for i := 0; i < len(rs); {
		if unicode.IsSpace(rs[i]) {
			i++
			continue
		}
		var it queryItem
		if rs[i] == '-' && i+1 < len(rs) && !unicode.IsSpace(rs[i+1]) {
			it.exclude = true
			i++
		}
		if isQuote(rs[i]) {
			j := i + 1
			for j < len(rs) && !isQuote(rs[j]) {
				j++
			}
			it.text = string(rs[i+1 : min(j, len(rs))])
			i = j + 1
		} else {
			j := i
			for j < len(rs) && !unicode.IsSpace(rs[j]) && !isQuote(rs[j]) {
				j++
			}
			it.text = string(rs[i:j])
			i = j
			it.or = !it.exclude && it.text == "OR"
		}
		items = append(items, it)
	}
	return items
}

// isQuote accepts the quotation marks Arabic keyboards and word processors
// produce as well as the ASCII one.
func isQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '«', '»':
		return true
	}
	return false
}
