package arabic

import (
	"iter"
	"unicode"
	"unicode/utf8"
)

// Token is a word, number or punctuation mark with its code-point span.
type Token struct {
	Text       string
	Start, End int
}

// Kinds of token, as the scanner sees them.
type tokenKind uint8

const (
	kindSpace  tokenKind = iota
	kindWord             // letters (any script) and their marks
	kindNumber           // digits, with . , ٫ ٬ between digits
	kindPunct            // one punctuation mark or symbol, or a run of one
)

// IsWord reports whether t is a word: it starts with a letter or a mark.
func (t Token) IsWord() bool { return kindOf(t.Text) == kindWord }

// IsNumber reports whether t is a number (ASCII, Arabic-Indic or Persian
// digits, with decimal and thousands separators).
func (t Token) IsNumber() bool { return kindOf(t.Text) == kindNumber }

// IsPunct reports whether t is punctuation or a symbol.
func (t Token) IsPunct() bool { return kindOf(t.Text) == kindPunct }

func kindOf(text string) tokenKind {
	r, _ := utf8.DecodeRuneInString(text)
	switch class := classOf(r); class {
	case classArabic, classLatin, classOtherLetter, classMark:
		return kindWord
	case classDigit:
		return kindNumber
	case classSpace:
		return kindSpace
	}
	return kindPunct
}

// Tokenize splits s into tokens with code-point offsets into s:
//
//   - words: runs of Arabic-script letters with their diacritics and
//     tatweels; Latin words, which may go on with digits (F16, H1N1) and keep
//     an inner apostrophe (don't); runs of letters of other scripts;
//   - numbers: runs of digits in any of the three digit sets, with ".", ",",
//     "٫" or "٬" kept when a digit follows (12.5, 2,500, ١٢٫٥);
//   - punctuation and symbols: one token each, except that a run of the same
//     mark is one token ("...", "!!", "؟؟").
//
// A word and a number written together are two tokens ("و15" → "و", "15";
// "10km" → "10", "km"). Whitespace separates tokens and is not returned.
func Tokenize(s string) []Token {
	toks := make([]Token, 0, len(s)/6+1) // news text: a token per 6-7 bytes
	scan(s, func(t Token, k tokenKind) bool {
		if k != kindSpace {
			toks = append(toks, t)
		}
		return true
	})
	return toks
}

// Words yields the word and number tokens of s, without punctuation and
// without building a slice.
func Words(s string) iter.Seq[Token] {
	return func(yield func(Token) bool) {
		scan(s, func(t Token, k tokenKind) bool {
			if k == kindWord || k == kindNumber {
				return yield(t)
			}
			return true
		})
	}
}

// Character classes of the scanner.
type charClass uint8

const (
	classPunct charClass = iota
	classSpace
	classArabic      // Arabic-script letters, tatweel, join controls
	classLatin       // Latin letters
	classOtherLetter // letters of other scripts
	classDigit
	classMark // combining marks: they join the token before them
)

// asciiClass is the class of every ASCII code point.
var asciiClass = func() (t [utf8.RuneSelf]charClass) {
	for c := range utf8.RuneSelf {
		switch {
		case c == ' ' || (c >= '\t' && c <= '\r'):
			t[c] = classSpace
		case c >= '0' && c <= '9':
			t[c] = classDigit
		case (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'):
			t[c] = classLatin
		default:
			t[c] = classPunct
		}
	}
	return t
}()

// arabicClass is the class of every code point of the Arabic block.
var arabicClass = func() (t [256]charClass) {
	for i := range t {
		r := rune(0x0600 + i)
		switch {
		case IsArabicLetter(r), r == tatweel:
			t[i] = classArabic
		case isArabicMark(r):
			t[i] = classMark
		case isDigit(r):
			t[i] = classDigit
		default:
			t[i] = classPunct
		}
	}
	return t
}()

func classOf(r rune) charClass {
	if r < utf8.RuneSelf {
		return asciiClass[r]
	}
	if r >= 0x0600 && r <= 0x06FF {
		return arabicClass[r-0x0600]
	}
	switch {
	case IsArabicLetter(r):
		return classArabic
	case r == zwj, r == 0x200C:
		return classArabic
	case isSpace(r):
		return classSpace
	case unicode.IsMark(r):
		return classMark
	case unicode.Is(unicode.Latin, r):
		return classLatin
	case unicode.IsLetter(r):
		return classOtherLetter
	case unicode.IsDigit(r):
		return classDigit
	case isInvisible(r):
		return classMark // invisible controls stay inside the word they split
	}
	return classPunct
}

// decodeAt returns the code point at byte i of s, its class and its size.
func decodeAt(s string, i int) (rune, charClass, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), asciiClass[c], 1
	}
	if c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		r := rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
		return r, arabicClass[r-0x0600], 2
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return r, classOf(r), size
}

// scan walks s and hands every token, whitespace runs included, to yield.
func scan(s string, yield func(Token, tokenKind) bool) {
	i, cp := 0, 0
	for i < len(s) {
		start, startCP := i, cp
		r, class, size := decodeAt(s, i)
		i += size
		cp++
		kind := kindPunct
		switch class {
		case classSpace:
			kind = kindSpace
			for i < len(s) {
				_, c, n := decodeAt(s, i)
				if c != classSpace {
					break
				}
				i += n
				cp++
			}
		case classArabic, classOtherLetter, classMark:
			kind = kindWord
			for i < len(s) {
				_, c, n := decodeAt(s, i)
				if c != class && c != classMark {
					break
				}
				i += n
				cp++
			}
		case classLatin:
			kind = kindWord
			i, cp = scanLatin(s, i, cp)
		case classDigit:
			kind = kindNumber
			i, cp = scanNumber(s, i, cp)
		default:
			if r == utf8.RuneError && size == 1 {
				break // an invalid byte is a token of its own
			}
			for i < len(s) {
				r2, c, n := decodeAt(s, i)
				if r2 != r || c != classPunct {
					break
				}
				i += n
				cp++
			}
		}
		// Marks after a number or a punctuation mark stay with it.
		for i < len(s) && (kind == kindNumber || kind == kindPunct) {
			_, c, n := decodeAt(s, i)
			if c != classMark {
				break
			}
			i += n
			cp++
		}
		if !yield(Token{Text: s[start:i], Start: startCP, End: cp}, kind) {
			return
		}
	}
}

// scanLatin extends a Latin word from byte i: letters, marks, digits, and an
// apostrophe between letters.
func scanLatin(s string, i, cp int) (int, int) {
	for i < len(s) {
		r, c, n := decodeAt(s, i)
		switch {
		case c == classLatin || c == classMark || (c == classDigit && r < utf8.RuneSelf):
		case (r == '\'' || r == '’') && i+n < len(s):
			if _, c2, _ := decodeAt(s, i+n); c2 != classLatin {
				return i, cp
			}
		default:
			return i, cp
		}
		i += n
		cp++
	}
	return i, cp
}

// scanNumber extends a number from byte i: digits, and one separator at a
// time when a digit follows it.
func scanNumber(s string, i, cp int) (int, int) {
	for i < len(s) {
		r, c, n := decodeAt(s, i)
		switch {
		case c == classDigit:
		case r == '.' || r == ',' || r == '٫' || r == '٬':
			if i+n >= len(s) {
				return i, cp
			}
			if _, c2, _ := decodeAt(s, i+n); c2 != classDigit {
				return i, cp
			}
		default:
			return i, cp
		}
		i += n
		cp++
	}
	return i, cp
}
