package arabic

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/isnad/isnad"
)

// Sentences splits s into sentence spans (code points, trimmed of
// whitespace). The rules, for news text in Arabic and English:
//
//   - . ! ? ؟ … (and runs of them, "؟!", "...") end a sentence when
//     whitespace, the end of the text or, after an Arabic word, another
//     Arabic word follows ("قال.وأضاف", a common typing slip);
//   - closing quotes and brackets right after the stop (” » " ’ ) ]) stay
//     with the sentence they close;
//   - ؛ : and , do not end a sentence;
//   - a "." between two Latin letters spelt in Arabic, with no space on
//     either side, is an acronym's (سي.إن.إن، إم.كيو-9) and ends nothing;
//   - a "." does not end one after an abbreviation (Dr., U.S., د.), after a
//     single letter (initials, "أ."), or after the number or letter that
//     opens a list item ("1. …"); decimals (3.5) are one token already;
//   - a line break ends a sentence, so headings and captions without a stop
//     are sentences of their own, except that a line of English going on in
//     lower case on the next line is one wrapped sentence; blank lines always
//     end sentences.
func Sentences(s string) []isnad.Span {
	toks := make([]scanned, 0, len(s)/8+1)
	breaks := 0 // line breaks in the whitespace before the next token
	spaced := false
	scan(s, func(t Token, k tokenKind) bool {
		if k == kindSpace {
			breaks += lineBreaks(t.Text)
			spaced = true
			return true
		}
		toks = append(toks, scanned{Token: t, kind: k, breaksBefore: uint8(min(breaks, 255)), spaceBefore: spaced})
		breaks, spaced = 0, false
		return true
	})
	lex := lexicon()
	var out []isnad.Span
	start, end := -1, 0
	lineFirst := -1 // index of the first token of the current line
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if t.breaksBefore > 0 {
			if start >= 0 && !(t.breaksBefore == 1 && wrappedEnglish(toks, k)) {
				out = append(out, isnad.Span{Start: start, End: end})
				start = -1
			}
			lineFirst = -1
		}
		if start < 0 {
			start = t.Start
		}
		if lineFirst < 0 {
			lineFirst = k
		}
		end = t.End
		if !isStop(t.Token) {
			continue
		}
		if t.Text == "." && k > 0 && !t.spaceBefore && (acronymDot(toks, k, lex) || !periodEnds(toks, k, lineFirst, lex)) {
			continue
		}
		j := k + 1
		for j < len(toks) && !toks[j].spaceBefore && (isStop(toks[j].Token) || isCloser(toks[j].Token)) {
			end = toks[j].End
			j++
		}
		if j == len(toks) || toks[j].spaceBefore || arabicRunOn(toks, k, j) {
			out = append(out, isnad.Span{Start: start, End: end})
			start = -1
		}
		k = j - 1
	}
	if start >= 0 {
		out = append(out, isnad.Span{Start: start, End: end})
	}
	return out
}

// scanned is a token with what the sentence rules need to know about the
// whitespace before it.
type scanned struct {
	Token
	kind         tokenKind
	breaksBefore uint8 // line breaks before the token (capped)
	spaceBefore  bool  // whitespace of any kind before the token
}

func lineBreaks(space string) int {
	n := 0
	prevCR := false
	for _, r := range space {
		if isLineBreak(r) && !(r == '\n' && prevCR) {
			n++
		}
		prevCR = r == '\r'
	}
	return n
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// isStop reports whether t is a sentence-ending mark or a run of them.
func isStop(t Token) bool {
	switch firstRune(t.Text) {
	case '.', '!', '?', '؟', '…', '۔', '‼', '⁇', '⁈', '⁉':
		return true
	}
	return false
}

// isCloser reports whether t closes a quotation or a parenthesis.
func isCloser(t Token) bool {
	switch firstRune(t.Text) {
	case '"', '\'', '”', '’', '»', '›', ')', ']', '}', '﴿':
		return true
	}
	return false
}

// periodEnds decides whether the "." at toks[k], written right after the
// token before it, ends a sentence.
func periodEnds(toks []scanned, k, lineFirst int, lex *lexiconData) bool {
	prev := toks[k-1]
	n := utf8.RuneCountInString(prev.Text)
	switch prev.kind {
	case kindNumber:
		// "1. " opening a list item.
		return !(k-1 == lineFirst && n <= 3)
	case kindWord:
		if n == 1 && (k-1 == lineFirst || unicode.Is(unicode.Latin, firstRune(prev.Text))) {
			return false // initials, "U.S.", a list item "أ."
		}
		return !lex.abbreviations[strings.ToLower(Fold(prev.Text))]
	}
	return true
}

// acronymDot reports whether the "." at toks[k], written with no space
// before it, joins two letters of an acronym spelt in Arabic: "سي.إن.إن".
func acronymDot(toks []scanned, k int, lex *lexiconData) bool {
	if k+1 >= len(toks) || toks[k+1].spaceBefore || toks[k+1].kind != kindWord || toks[k-1].kind != kindWord {
		return false
	}
	return lex.letterNames[Fold(toks[k-1].Text)] && lex.letterNames[Fold(toks[k+1].Text)]
}

// arabicRunOn reports whether the stop at toks[k:j] sits between two Arabic
// words with no space: "قال.وأضاف".
func arabicRunOn(toks []scanned, k, j int) bool {
	if k == 0 || toks[j].kind != kindWord || toks[k-1].kind != kindWord {
		return false
	}
	return IsArabicLetter(firstRune(toks[j].Text)) && IsArabicLetter(firstRune(toks[k-1].Text)) &&
		utf8.RuneCountInString(toks[k-1].Text) >= 2
}

// wrappedEnglish reports whether the line break before toks[k] only wraps an
// English sentence: the line ends in a word and the next starts in lower case.
func wrappedEnglish(toks []scanned, k int) bool {
	if k == 0 {
		return false
	}
	before, after := toks[k-1], toks[k]
	if before.kind != kindWord || after.kind != kindWord {
		return false
	}
	a, b := firstRune(before.Text), firstRune(after.Text)
	return unicode.Is(unicode.Latin, a) && unicode.IsLower(b) && unicode.Is(unicode.Latin, b)
}
