package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/isnad/isnad/arabic"
)

// word is what the features read about one token, computed once per token.
type word struct {
	surface, folded string
	key             string // folded, without a leading conjunction or preposition
	bare            string // key without the article ال
	loose           string // bare, also without a ب ل ك before a non-article word
	stem            string // arabic.Stem of the folded form
	shape           string
	h               wordHashes
	docWord         bool // documentWord, computed once per form
}

// wordHashes are the hashes of a word's forms and affixes, computed once so
// that a word's features, and its neighbours' context features, never hash
// its strings again. An absent affix hashes to 0.
type wordHashes struct {
	surface, folded, stem, shape, key, bare, loose uint64
	affix                                          [10]uint64 // folded prefixes 1-3, suffixes 1-3; bare prefixes 2-3, suffixes 2-3
	// codes are the hashes of the word's codes (WordCodes), ctxCodes those
	// that are features of its neighbours too.
	codes, ctxCodes []uint64
	// stats are the hashes of the word's statistics codes (WordStats).
	stats []uint64
}

func optHash(s string) uint64 {
	if s == "" {
		return 0
	}
	return strHash(s)
}

func (w *word) hashForms() {
	w.h = wordHashes{surface: strHash(w.surface), folded: strHash(w.folded), stem: strHash(w.stem),
		shape: strHash(w.shape), key: strHash(w.key), bare: strHash(w.bare), loose: strHash(w.loose)}
	for n := 1; n <= 3; n++ {
		w.h.affix[n-1] = optHash(prefix(w.folded, n))
		w.h.affix[n+2] = optHash(suffix(w.folded, n))
	}
	for n := 2; n <= 3; n++ {
		w.h.affix[n+4] = optHash(prefix(w.bare, n))
		w.h.affix[n+6] = optHash(suffix(w.bare, n))
	}
}

// padHashes stand for the words before and after a sentence.
func padHashes(pad string) wordHashes {
	h := strHash(pad)
	return wordHashes{surface: h, folded: h, stem: h, shape: h, key: h, bare: h, loose: h}
}

func newWord(tok string) word { return newFoldedWord(tok, arabic.Fold(tok)) }

// newFoldedWord is newWord for a token whose folded form f is known.
func newFoldedWord(tok, f string) word {
	k := stripProclitics(f)
	b := stripArticle(k)
	w := word{surface: tok, folded: f, key: k, bare: b, loose: stripPreposition(b), stem: arabic.Stem(f), shape: shapeOf(f)}
	w.hashForms()
	w.docWord = (w.shape[0] == 'A' || w.shape[0] == 'L') && utf8.RuneCountInString(w.bare) >= 3
	return w
}

// stripPreposition removes a ب ل ك from words of more than four letters:
// بدارفور → دارفور. It also cuts real first letters (بلدة stays, but برلين
// loses its ب), so it only feeds features, never replaces the word.
func stripPreposition(f string) string {
	if utf8.RuneCountInString(f) > 4 && (strings.HasPrefix(f, "ب") || strings.HasPrefix(f, "ل") || strings.HasPrefix(f, "ك")) {
		return f[len("ب"):]
	}
	return f
}

// stripProclitics removes a conjunction (و ف) and a preposition (ب ل ك)
// from a folded word, rewriting لل as ال: وللحرس → الحرس, بالعراق → العراق.
// It leaves at least three letters, so short words keep their first letter.
func stripProclitics(f string) string {
	n := utf8.RuneCountInString(f)
	if n > 3 && (strings.HasPrefix(f, "و") || strings.HasPrefix(f, "ف")) {
		f, n = f[len("و"):], n-1
	}
	switch {
	case n > 4 && strings.HasPrefix(f, "لل"):
		return "ال" + f[len("لل"):]
	case n > 4 && (strings.HasPrefix(f, "بال") || strings.HasPrefix(f, "كال")):
		return f[len("ب"):]
	}
	return f
}

// stripArticle removes a leading ال from words of more than three letters.
func stripArticle(f string) string {
	if strings.HasPrefix(f, "ال") && utf8.RuneCountInString(f) > 3 {
		return f[len("ال"):]
	}
	return f
}

// shapeOf describes the script and length of a folded word: "A4" is an
// Arabic word of four to five letters, "D2" a two-digit number, "L" Latin,
// "P" punctuation, "M" mixed.
func shapeOf(f string) string {
	var arabicL, latin, digit, other bool
	n := 0
	for _, r := range f {
		n++
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case r < 0x80 && unicode.IsLetter(r):
			latin = true
		case r >= 0x0600 && r <= 0x06FF && unicode.IsLetter(r):
			arabicL = true
		default:
			other = true
		}
	}
	kind := "M"
	switch {
	case arabicL && !latin && !digit && !other:
		kind = "A"
	case digit && !arabicL && !latin && !other:
		kind = "D"
	case latin && !arabicL && !digit && !other:
		kind = "L"
	case other && !arabicL && !latin && !digit:
		return "P"
	}
	switch {
	case n <= 2:
		return kind + "1"
	case n == 3:
		return kind + "3"
	case n <= 5:
		return kind + "4"
	case n <= 8:
		return kind + "6"
	}
	return kind + "9"
}

// affix returns the first (or last) n code points of s, or "" when s is not
// longer than n.
func prefix(s string, n int) string {
	i := 0
	for k := 0; k < n; k++ {
		if i >= len(s) {
			return ""
		}
		_, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
	}
	if i >= len(s) {
		return ""
	}
	return s[:i]
}

func suffix(s string, n int) string {
	i := len(s)
	for k := 0; k < n; k++ {
		if i <= 0 {
			return ""
		}
		_, sz := utf8.DecodeLastRuneInString(s[:i])
		i -= sz
	}
	if i <= 0 {
		return ""
	}
	return s[i:]
}

// isKunyaHead reports whether a folded, clitic-stripped word opens a kunya
// or patronymic: أبو محمد, أم كلثوم, ابن تيمية.
func isKunyaHead(key string) bool {
	switch key {
	case "ابو", "ابي", "ابا", "ام", "ابن", "بن", "بنت":
		return true
	}
	return false
}
