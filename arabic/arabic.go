// Package arabic is isnad's Arabic text core: normalisation at two levels
// (display and matching) with offsets mapped back to the source, digits,
// tokens with code-point offsets, sentences and light clitic segmentation.
// Every later stage reads text through this package.
//
// PROVISIONAL: this file fixes the package's API so that other packages can
// build against it; the implementations here are first cuts.
package arabic

import (
	"strings"
	"unicode"

	"github.com/isnad/isnad"
)

// Normalized is a text after normalisation together with the way back to the
// code-point offsets of the text it was made from.
type Normalized struct {
	Text string
	// src[i] is the source code-point offset of output code point i;
	// src[len] is the source length, so spans map end-exclusively.
	src []int32
}

// Source maps a code-point offset in n.Text back to the source text.
func (n Normalized) Source(i int) int {
	if len(n.src) == 0 {
		return i
	}
	if i < 0 {
		return 0
	}
	if i >= len(n.src) {
		return int(n.src[len(n.src)-1])
	}
	return int(n.src[i])
}

// SourceSpan maps a span of n.Text back to the source text.
func (n Normalized) SourceSpan(s isnad.Span) isnad.Span {
	return isnad.Span{Start: n.Source(s.Start), End: n.Source(s.End)}
}

const tatweel = 'ـ'

// Display normalises for reading: NFC, tatweel removed, words split to dodge
// filters ("داعـ ـش") rejoined. The result is what isnad shows and stores.
func Display(s string) Normalized {
	var b strings.Builder
	src := make([]int32, 0, len(s)+1)
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r == tatweel {
			// "داعـ ـش": a tatweel, spaces, a tatweel rejoin the word.
			j := i + 1
			for j < len(rs) && rs[j] == ' ' {
				j++
			}
			if j > i+1 && j < len(rs) && rs[j] == tatweel {
				i = j
			}
			continue
		}
		b.WriteRune(r)
		src = append(src, int32(i))
	}
	src = append(src, int32(len(rs)))
	return Normalized{Text: b.String(), src: src}
}

// Fold normalises for matching: Display's repairs, then diacritics dropped,
// alef and hamza forms folded to ا, alef maqsura to ي, ta marbuta to ه, and
// Arabic-Indic and Persian digits to ASCII. Two spellings of one word fold to
// one string.
func Fold(s string) string {
	var b strings.Builder
	for _, r := range Display(s).Text {
		if r2, keep := foldRune(r); keep {
			b.WriteRune(r2)
		}
	}
	return b.String()
}

func foldRune(r rune) (rune, bool) {
	switch {
	case r >= 0x064B && r <= 0x065F, r == 0x0670: // harakat, superscript alef
		return 0, false
	case r == 'أ', r == 'إ', r == 'آ', r == 'ٱ':
		return 'ا', true
	case r == 'ى':
		return 'ي', true
	case r == 'ة':
		return 'ه', true
	case r == 'ؤ':
		return 'و', true
	case r == 'ئ':
		return 'ي', true
	}
	return Digit(r), true
}

// Digit maps an Arabic-Indic or Persian digit to ASCII; other runes pass.
func Digit(r rune) rune {
	switch {
	case r >= '٠' && r <= '٩':
		return '0' + (r - '٠')
	case r >= '۰' && r <= '۹':
		return '0' + (r - '۰')
	}
	return r
}

// ASCIIDigits rewrites every Arabic-Indic and Persian digit in s as ASCII.
func ASCIIDigits(s string) string {
	return strings.Map(Digit, s)
}

// Token is a word, number or punctuation mark with its code-point span.
type Token struct {
	Text       string
	Start, End int
}

// Tokenize splits s into tokens: runs of letters and marks, runs of digits,
// and single punctuation marks. Offsets are code points into s.
func Tokenize(s string) []Token {
	var toks []Token
	start, i := -1, 0
	var cur []rune
	flush := func() {
		if start >= 0 {
			toks = append(toks, Token{Text: string(cur), Start: start, End: i})
			start, cur = -1, cur[:0]
		}
	}
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) || r == tatweel:
			if start < 0 {
				start = i
			}
			cur = append(cur, r)
		case unicode.IsSpace(r):
			flush()
		default:
			flush()
			toks = append(toks, Token{Text: string(r), Start: i, End: i + 1})
		}
		i++
	}
	flush()
	return toks
}

// Sentences splits s into sentence spans (code points).
func Sentences(s string) []isnad.Span {
	var out []isnad.Span
	start, i := 0, 0
	for _, r := range s {
		i++
		if r == '.' || r == '!' || r == '?' || r == '؟' || r == '\n' {
			if strings.TrimSpace(string([]rune(s)[start:i])) != "" {
				out = append(out, isnad.Span{Start: start, End: i})
			}
			start = i
		}
	}
	if start < i && strings.TrimSpace(string([]rune(s)[start:])) != "" {
		out = append(out, isnad.Span{Start: start, End: i})
	}
	return out
}

// Segmented is a word split into proclitics, stem and enclitics.
type Segmented struct {
	Prefixes []string // outermost first: و ف ب ل ك ال
	Stem     string
	Suffixes []string // pronoun suffixes, innermost first
}

// Segment splits a folded word into clitics and stem, lightly: it strips
// what is safe to strip and keeps stems of at least two letters.
func Segment(word string) Segmented {
	var seg Segmented
	w := []rune(word)
	for _, p := range []string{"و", "ف"} {
		if len(w) > 3 && string(w[0]) == p {
			seg.Prefixes = append(seg.Prefixes, p)
			w = w[1:]
			break
		}
	}
	if len(w) > 4 && (w[0] == 'ب' || w[0] == 'ل' || w[0] == 'ك') {
		seg.Prefixes = append(seg.Prefixes, string(w[0]))
		w = w[1:]
	}
	if len(w) > 3 && w[0] == 'ا' && w[1] == 'ل' {
		seg.Prefixes = append(seg.Prefixes, "ال")
		w = w[2:]
	}
	seg.Stem = string(w)
	return seg
}

// Stem is the light stem of a folded word: clitics and common plural and
// feminine endings removed, for search and matching.
func Stem(word string) string {
	s := Segment(word).Stem
	for _, suf := range []string{"ات", "ون", "ين", "ه"} {
		if strings.HasSuffix(s, suf) && len([]rune(s))-len([]rune(suf)) >= 3 {
			return strings.TrimSuffix(s, suf)
		}
	}
	return s
}
