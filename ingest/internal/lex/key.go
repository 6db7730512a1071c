// Package lex holds what the ingest stage's lexicons share: the folded key
// under which a phrase is looked up, and the reader of the sectioned lexicon
// files in data/ingest.
package lex

import (
	"strings"
	"unicode"

	"github.com/isnad/isnad/arabic"
)

// Key is the form a line or phrase is compared in: matching-folded (letter
// forms, diacritics, digits), lower case, every run of non-letters turned
// into one space, trimmed. Digits go too, so "0 تعليقات" keys as "تعليقات".
func Key(s string) string {
	folded := arabic.Fold(s)
	var b strings.Builder
	b.Grow(len(folded))
	space := false
	for _, r := range folded {
		if unicode.IsLetter(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		space = true
	}
	return b.String()
}

// KeyWithDigits is Key keeping digits: outlet names such as "فرانس 24" and
// domains such as "7al.net" need them.
func KeyWithDigits(s string) string {
	folded := arabic.Fold(s)
	folded = strings.TrimPrefix(strings.ToLower(strings.TrimSpace(folded)), "www.")
	var b strings.Builder
	b.Grow(len(folded))
	space := false
	for _, r := range folded {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		space = true
	}
	return b.String()
}
