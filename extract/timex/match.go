package timex

import (
	"strings"

	"github.com/isnad/isnad/extract/quantity/scan"
)

// lookup finds the lexicon phrase starting at token i, allowing the first
// word to carry the proclitics و ف ب ل ك (وفي، بالربع، لعام، للعام). It
// returns the entry, the index after the phrase and how many letters of
// the first token are clitics (they stay outside the span).
func (lex *Lexicon) lookup(toks []scan.Token, i int) (*entry, int, int) {
	if i >= len(toks) || toks[i].Kind == scan.Number {
		return nil, i, 0
	}
	k := toks[i].Key
	if !lex.filter.HasHash(toks[i].Hash) {
		return nil, i, 0 // no form of any phrase, with or without clitics
	}
	if e, end := lex.phraseAt(toks, i, k); e != nil {
		return e, end, 0
	}
	if toks[i].Kind != scan.Word || len(k) < 4 {
		return nil, i, 0
	}
	// one conjunction, then one preposition
	stripped, n := k, 0
	if strings.HasPrefix(stripped, "و") || strings.HasPrefix(stripped, "ف") {
		stripped, n = stripped[2:], 1
		if e, end := lex.phraseAt(toks, i, stripped); e != nil && len(stripped) >= 2 {
			return e, end, n
		}
	}
	if len(stripped) >= 4 && (strings.HasPrefix(stripped, "ب") || strings.HasPrefix(stripped, "ل") || strings.HasPrefix(stripped, "ك")) {
		if strings.HasPrefix(stripped, "لل") {
			// للعام = ل + العام with the article's alef elided
			if e, end := lex.phraseAt(toks, i, "ا"+stripped[2:]); e != nil {
				return e, end, n + 1
			}
		}
		if e, end := lex.phraseAt(toks, i, stripped[2:]); e != nil {
			return e, end, n + 1
		}
	}
	return nil, i, 0
}

func (lex *Lexicon) phraseAt(toks []scan.Token, i int, first string) (*entry, int) {
	list, ok := lex.phrases[first]
	if !ok {
		return nil, i
	}
next:
	for k := range list {
		p := &list[k]
		if i+len(p.Rest) >= len(toks) && len(p.Rest) > 0 {
			continue
		}
		for j, w := range p.Rest {
			if toks[i+1+j].Key != w {
				continue next
			}
		}
		return &p.Info, i + 1 + len(p.Rest)
	}
	return nil, i
}

// is reports whether token i is a lexicon word of class c (clitics allowed),
// returning the entry and the index after it.
func (lex *Lexicon) is(toks []scan.Token, i int, c class) (*entry, int, bool) {
	e, end, _ := lex.lookup(toks, i)
	if e.has(c) {
		return e, end, true
	}
	return nil, i, false
}

// isBare is like is but without clitics: the word must stand alone.
func (lex *Lexicon) isBare(toks []scan.Token, i int, c class) (*entry, int, bool) {
	if i >= len(toks) || toks[i].Kind == scan.Number || !lex.filter.HasHash(toks[i].Hash) {
		return nil, i, false
	}
	e, end := lex.phraseAt(toks, i, toks[i].Key)
	if e.has(c) {
		return e, end, true
	}
	return nil, i, false
}

func isPunct(toks []scan.Token, i int, marks string) bool {
	return i < len(toks) && toks[i].Kind == scan.Punct && strings.Contains(marks, toks[i].Key)
}
