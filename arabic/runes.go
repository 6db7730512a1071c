package arabic

// Character classes shared by the normaliser, the tokenizer and the
// segmenter. They are range checks rather than unicode.Is lookups because
// they run once per code point of every text isnad reads.

const (
	tatweel     = '\u0640' // ـ, the kashida used to stretch words
	zwj         = '\u200D' // zero-width joiner, meaningful inside emoji
	replacement = '\uFFFD'
)

// IsArabicLetter reports whether r is a letter of the Arabic script (Arabic,
// Persian and Urdu letters, the Arabic supplements and presentation forms).
// Tatweel, diacritics, digits and punctuation are not letters.
func IsArabicLetter(r rune) bool {
	switch {
	case r < 0x0620:
		return false
	case r <= 0x064A:
		return r != tatweel
	case r <= 0x06FF:
		return r == 0x066E || r == 0x066F || (r >= 0x0671 && r <= 0x06D3) || r == 0x06D5 ||
			r == 0x06EE || r == 0x06EF || (r >= 0x06FA && r <= 0x06FC) || r == 0x06FF
	case r >= 0x0750 && r <= 0x077F, r >= 0x08A0 && r <= 0x08C9:
		return true
	case r >= 0xFB50 && r <= 0xFDFF:
		return (r <= 0xFD3D) || (r >= 0xFD50 && r <= 0xFDC7) || (r >= 0xFDF0 && r <= 0xFDFB)
	case r >= 0xFE70 && r <= 0xFEFC:
		return r >= 0xFE80 || r == 0xFE71 || r == 0xFE77 || r == 0xFE79 || r == 0xFE7B ||
			r == 0xFE7D || r == 0xFE7F
	}
	return false
}

// isArabicMark reports whether r is an Arabic diacritic or Quranic mark: the
// harakat, tanween, shadda, sukun, superscript alef and their relatives.
func isArabicMark(r rune) bool {
	switch {
	case r < 0x0610:
		return false
	case r <= 0x061A:
		return true
	case r >= 0x064B && r <= 0x065F, r == 0x0670:
		return true
	case r >= 0x06D6 && r <= 0x06ED:
		return r != 0x06DD && r != 0x06DE && r != 0x06E5 && r != 0x06E6 && r != 0x06E9
	case r >= 0x08CA && r <= 0x08FF:
		return r != 0x08E2
	}
	return false
}

// isArabicPresentationForm reports whether r is one of the contextual glyph
// forms (FB50-FDFF, FE70-FEFC) that PDF extraction and old encoders leave in
// text instead of the letters they draw.
func isArabicPresentationForm(r rune) bool {
	return (r >= 0xFB50 && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFC)
}

// isHorizontalSpace reports whether r is a space within a line.
func isHorizontalSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\v', '\f', 0x00A0, 0x1680, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// isLineBreak reports whether r ends a line.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', 0x0085, 0x2028, 0x2029:
		return true
	}
	return false
}

func isSpace(r rune) bool { return isHorizontalSpace(r) || isLineBreak(r) }

// isInvisible reports whether r is a character that draws nothing and that
// Display removes: zero-width spaces and non-joiners, directional marks and
// embeddings, the byte-order mark, the soft hyphen. Put inside a word they
// hide it from keyword filters; at its edges they carry nothing. The zero
// width joiner is handled apart because emoji sequences need it.
func isInvisible(r rune) bool {
	switch {
	case r == 0x00AD, r == 0x061C, r == 0x180E, r == 0xFEFF:
		return true
	case r >= 0x200B && r <= 0x200F:
		return r != zwj
	case r >= 0x202A && r <= 0x202E, r >= 0x2060 && r <= 0x2064, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}
