package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or a punctuation mark of the document with its folded form.
// isnad's arabic.Fold works on whole strings; the extractor folds each token once, in
// one pass, because it runs on every word of every document.
type token struct {
	fold       string // matching form: see foldRune
	start, end int    // code points in the document text
	punct      rune   // the mark for punctuation tokens, 0 for words
	para       int    // paragraph number (lines separated by a newline)
}

func (t token) word() bool { return t.punct == 0 }

// tokenize splits text into words and single punctuation marks with code-point offsets.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/6)
	// every folded word goes into one buffer; tokens slice one string made from it
	buf := make([]byte, 0, len(text))
	spans := make([][2]int, 0, cap(toks)) // buffer range of each word token, by token index (-1 for marks)
	start, i, para, from := -1, 0, 0, 0
	flush := func() {
		if start >= 0 {
			if len(buf) > from {
				toks = append(toks, token{start: start, end: i, para: para})
				spans = append(spans, [2]int{from, len(buf)})
			}
			from = len(buf)
			start = -1
		}
	}
	for _, r := range text {
		switch {
		case r == 'ـ' || r == '\u200c' || r == '\u200d' || r == '\u200f' || r == '\u200e':
			// tatweel and joiners inside a word: part of the word, not of its folded form
			if start < 0 {
				start = i
			}
		case r >= 0x0621 && r <= 0x064A, r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9',
			r > 0x7f && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)):
			if start < 0 {
				start = i
			}
			if f, keep := foldRune(r); keep {
				buf = utf8.AppendRune(buf, f)
			}
		default:
			flush()
			if r == '\n' {
				para++
			} else if !unicode.IsSpace(r) {
				toks = append(toks, token{punct: r, start: i, end: i + 1, para: para})
				spans = append(spans, [2]int{-1, -1})
			}
		}
		i++
	}
	flush()
	all := string(buf)
	for k, sp := range spans {
		if sp[0] >= 0 {
			toks[k].fold = all[sp[0]:sp[1]]
		}
	}
	return toks
}

// foldRune is the matching normalisation of one rune: diacritics dropped, alef and hamza
// forms to ا, alef maqsura to ي, ta marbuta to ه, Arabic-Indic digits to ASCII, Latin
// lower-cased.
func foldRune(r rune) (rune, bool) {
	switch {
	case r >= 0x064B && r <= 0x065F, r == 0x0670:
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
	case r == 'ی':
		return 'ي', true
	case r == 'ک':
		return 'ك', true
	case r >= '٠' && r <= '٩':
		return '0' + (r - '٠'), true
	case r >= '۰' && r <= '۹':
		return '0' + (r - '۰'), true
	case r < utf8.RuneSelf:
		return unicode.ToLower(r), true
	}
	return r, true
}

// foldString folds a whole string, keeping spaces between words.
func foldString(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r == 'ـ' {
			continue
		}
		if f, keep := foldRune(r); keep {
			b.WriteRune(f)
		}
	}
	return b.String()
}

func isQuote(r rune) bool {
	switch r {
	case '"', '«', '»', '“', '”', '„', '‟', '″', '\'', '‘', '’':
		return true
	}
	return false
}

// opensQuote and closesQuote tell directed quotation marks apart; a straight " is both.
func opensQuote(r rune) bool  { return r == '«' || r == '“' || r == '„' || r == '"' }
func closesQuote(r rune) bool { return r == '»' || r == '”' || r == '"' }

func isComma(r rune) bool { return r == '،' || r == ',' || r == '؛' || r == ';' }

// stripClitic removes a leading و or ف from a folded word of more than three letters.
func stripClitic(w string) (string, bool) {
	if len(w) > 6 && (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) {
		return w[len("و"):], true
	}
	return "", false
}

// stripConj removes a leading و or ف from a folded word of three letters or more, for
// matching phrases whose first word is short (ولم يتسن، وقد يؤدي، ومن المستحيل).
func stripConj(w string) string {
	if len(w) > 4 && (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) {
		return w[len("و"):]
	}
	return w
}

// stripLam removes a leading لـ (لل → ال) from a folded word.
func stripLam(w string) string {
	switch {
	case strings.HasPrefix(w, "لل") && utf8.RuneCountInString(w) > 3:
		return "ال" + w[len("لل"):]
	case strings.HasPrefix(w, "ل") && utf8.RuneCountInString(w) > 2:
		return w[len("ل"):]
	}
	return w
}

// stripAl removes the article ال (and a و، ب or ل joined before it).
func stripAl(w string) string {
	for _, p := range []string{"وال", "بال", "لل", "فال", "ال"} {
		if strings.HasPrefix(w, p) && utf8.RuneCountInString(w)-utf8.RuneCountInString(p) >= 2 {
			return w[len(p):]
		}
	}
	return w
}

func hasAl(w string) bool {
	return strings.HasPrefix(w, "ال") || strings.HasPrefix(w, "وال") || strings.HasPrefix(w, "بال") || strings.HasPrefix(w, "لل")
}
