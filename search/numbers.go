package search

import "strings"

// decimalMark is how every term writes a decimal separator: the Arabic one,
// so that 12.5 and ١٢٫٥ meet, and a non-ASCII character, which the index's
// tokenizer keeps inside the term.
const decimalMark = '٫'

// indexSafe rewrites the ASCII punctuation that the tokenizer leaves inside
// words and numbers, so that a term is one token for the index: thousands
// separators are dropped (2,500 is 2500), decimal separators become ٫
// (12.5 is 12٫5), apostrophes go (don't is dont) and any other ASCII
// non-alphanumeric character goes too.
func indexSafe(term string) string {
	if !hasInnerPunct(term) {
		return term
	}
	rs := []rune(term)
	var b strings.Builder
	b.Grow(len(term))
	for i, r := range rs {
		switch {
		case r == '٬':
			// Arabic thousands separator.
		case r == ',' && thousandsGroupAt(rs, i+1):
		case r == ',' || r == '.' || r == '٫':
			if i > 0 && isASCIIDigit(rs[i-1]) && i+1 < len(rs) && isASCIIDigit(rs[i+1]) {
				b.WriteRune(decimalMark)
			}
		case r < 0x80 && !isASCIIAlnum(r):
			// apostrophe or other ASCII mark: the index would split here
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func hasInnerPunct(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x80 && !isASCIIAlnum(rune(c)) {
			return true
		}
	}
	return strings.ContainsAny(s, "٬٫")
}

// thousandsGroupAt reports whether rs[i:] starts with exactly three digits
// followed by the end or another separator.
func thousandsGroupAt(rs []rune, i int) bool {
	if i+3 > len(rs) {
		return false
	}
	for _, r := range rs[i : i+3] {
		if !isASCIIDigit(r) {
			return false
		}
	}
	return i+3 == len(rs) || !isASCIIDigit(rs[i+3])
}

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }

func isASCIIAlnum(r rune) bool {
	return isASCIIDigit(r) || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z')
}
