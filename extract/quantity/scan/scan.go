// Package scan splits text into the folded tokens that isnad's time and
// quantity taggers match against their lexicons. It is one pass over the
// text with no regular expressions: taggers run over whole corpora, so the
// scanner allocates one key buffer per text and nothing per token.
package scan

import (
	"unicode"
	"unicode/utf8"
)

// Kind says what a token is made of.
type Kind uint8

const (
	Word   Kind = iota + 1 // letters (Arabic or Latin)
	Number                 // digits, with internal separators such as 12,000 or ١٢٫٥
	Punct                  // one punctuation mark or symbol
)

// Token is one word, number or mark with its code-point span in the text.
type Token struct {
	// Key is the matching form: diacritics and tatweel dropped, أ إ آ ٱ → ا,
	// ى → ي, ة → ه, ؤ → و, ئ → ي, Latin lowered, digits ASCII, the Arabic
	// thousands and decimal marks as ',' and '.'.
	Key           string
	Start, End    int // code points, end exclusive
	Byte, ByteEnd int // the same span in bytes, for slicing the text
	// For numbers: the value read with the separators interpreted and the
	// count of digits before any decimal mark.
	Value     float64
	IntDigits int32
	Hash      uint32 // KeyHash(Key), for KeySet tests without rehashing
	Kind      Kind
	Glued     bool // no space between this token and the one before
	Separated bool // a number written with a separator (12,000 or 12.5)
}

// Scan splits text into tokens. Offsets count code points.
func Scan(text string) []Token {
	var s Scanner
	return s.Scan(text)
}

// Scanner scans text after text reusing its memory: a worker that tags many
// documents keeps one Scanner, and the tokens of one call are valid until
// the next. The zero Scanner is ready to use; it is not safe for concurrent
// use.
type Scanner struct {
	toks []Token
	buf  []byte
}

// Scan is the package's Scan with the Scanner's memory.
func (s *Scanner) Scan(text string) []Token {
	toks := s.toks[:0]
	if cap(toks) < len(text)/9+4 {
		toks = make([]Token, 0, len(text)/9+4) // about one token per 9 bytes of Arabic news
	}
	buf := s.buf[:0]
	if cap(buf) < len(text) {
		buf = make([]byte, 0, len(text))
	}
	defer func() { s.toks, s.buf = toks[:0], buf[:0] }()
	// Keys are appended to buf in token order, so token k's key runs from
	// its own start offset (kept in Hash until the end) to the next one's.

	pos := 0 // code-point index of the next rune
	glued := false
	cur := -1 // index of the token being extended, -1 when none
	for i := 0; i < len(text); {
		at := i
		r, size := rune(text[i]), 1
		if c := text[i]; c >= 0xC2 && c <= 0xDF && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
			r, size = rune(c&0x1F)<<6|rune(text[i+1]&0x3F), 2 // two-byte runes: all of Arabic
		} else if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		i += size
		switch cls := classify(r); cls {
		case clsSpace:
			cur, glued = -1, false
		case clsMark:
			// diacritics and tatweel: part of the word, absent from the key
			if cur >= 0 && toks[cur].Kind == Word {
				toks[cur].End, toks[cur].ByteEnd = pos+1, i
			}
		case clsLetter, clsDigit:
			kind := Word
			if cls == clsDigit {
				kind = Number
			}
			if cur < 0 || toks[cur].Kind != kind {
				toks = append(toks, Token{Kind: kind, Start: pos, Byte: at, Glued: glued && len(toks) > 0, Hash: uint32(len(buf))})
				cur = len(toks) - 1
			}
			if f := fold(r); f < utf8.RuneSelf {
				buf = append(buf, byte(f))
			} else if f < 0x800 {
				buf = append(buf, byte(0xC0|f>>6), byte(0x80|f&0x3F))
			} else {
				buf = utf8.AppendRune(buf, f)
			}
			toks[cur].End, toks[cur].ByteEnd = pos+1, i
			glued = true
		default: // punctuation; a separator between digits joins the number
			if cur >= 0 && toks[cur].Kind == Number && isNumberSeparator(r) && i < len(text) && startsWithDigit(text[i:]) {
				buf = utf8.AppendRune(buf, fold(r))
				toks[cur].End, toks[cur].ByteEnd = pos+1, i
				break
			}
			toks = append(toks, Token{Kind: Punct, Start: pos, End: pos + 1, Byte: at, ByteEnd: i, Glued: glued && len(toks) > 0, Hash: uint32(len(buf))})
			buf = utf8.AppendRune(buf, fold(r))
			cur, glued = -1, true
		}
		pos++
	}
	all := string(buf)
	for k := range toks {
		end := len(all)
		if k+1 < len(toks) {
			end = int(toks[k+1].Hash)
		}
		toks[k].Key = all[toks[k].Hash:end]
		toks[k].Hash = KeyHash(toks[k].Key)
		if toks[k].Kind == Number {
			readNumber(&toks[k])
		}
	}
	return toks
}

type class uint8

const (
	clsSpace class = iota
	clsLetter
	clsDigit
	clsMark
	clsPunct
)

func classify(r rune) class {
	if r >= 0x0600 && r < 0x0700 {
		return arabicClass[r-0x0600]
	}
	return classifySlow(r)
}

// arabicClass classifies the Arabic block (U+0600..U+06FF) by table.
var arabicClass = func() (t [256]class) {
	for i := range t {
		t[i] = classifySlow(rune(0x0600 + i))
	}
	return t
}()

func classifySlow(r rune) class {
	switch {
	case r < utf8.RuneSelf:
		switch {
		case r >= '0' && r <= '9':
			return clsDigit
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
			return clsLetter
		case r == ' ', r == '\n', r == '\t', r == '\r', r == '\f', r == '\v':
			return clsSpace
		}
		return clsPunct
	case r >= 0x0621 && r <= 0x063A, r >= 0x0641 && r <= 0x064A:
		return clsLetter
	case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640:
		return clsMark
	case r >= '٠' && r <= '٩', r >= '۰' && r <= '۹':
		return clsDigit
	case r == 0x200C || r == 0x200D || r == 0x200E || r == 0x200F || r == 0xFEFF:
		return clsMark // joiners and direction marks: invisible inside words
	case unicode.IsSpace(r):
		return clsSpace
	case unicode.IsMark(r):
		return clsMark
	case unicode.IsDigit(r):
		return clsPunct // other scripts' digits are not read as numbers
	case unicode.IsLetter(r):
		return clsLetter
	}
	return clsPunct
}

func fold(r rune) rune {
	switch {
	case r >= 'A' && r <= 'Z':
		return r + ('a' - 'A')
	case r >= '٠' && r <= '٩':
		return '0' + (r - '٠')
	case r >= '۰' && r <= '۹':
		return '0' + (r - '۰')
	}
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا'
	case 'ى', 'ی':
		return 'ي'
	case 'ة':
		return 'ه'
	case 'ؤ':
		return 'و'
	case 'ئ':
		return 'ي'
	case 'ک':
		return 'ك'
	case '٬':
		return ','
	case '٫':
		return '.'
	case '٪':
		return '%'
	case '،':
		return ','
	case '؛':
		return ';'
	case '؟':
		return '?'
	case '–', '—':
		return '-'
	}
	return r
}

func isNumberSeparator(r rune) bool {
	return r == ',' || r == '.' || r == '٬' || r == '٫'
}

func startsWithDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return classify(r) == clsDigit
}

// readNumber interprets a digit run's separators: groups of three after
// commas (or after several dots) are thousands, a single dot or a comma
// before other than three digits is a decimal mark.
func readNumber(t *Token) {
	k := t.Key
	commas, dots := 0, 0
	groupOK := true // every group after a separator has exactly 3 digits
	run := -1
	for i := 0; i < len(k); i++ {
		switch k[i] {
		case ',':
			commas++
			if run >= 0 && run != 3 {
				groupOK = false
			}
			run = 0
		case '.':
			dots++
			if run >= 0 && run != 3 {
				groupOK = false
			}
			run = 0
		default:
			if run >= 0 {
				run++
			}
		}
	}
	if run >= 0 && run != 3 {
		groupOK = false
	}
	t.Separated = commas+dots > 0
	thousands := byte(0)
	decimal := byte(0)
	switch {
	case commas > 0 && dots == 0 && groupOK:
		thousands = ','
	case commas == 0 && dots > 1 && groupOK:
		thousands = '.'
	case commas > 0 && dots == 1:
		thousands, decimal = ',', '.'
	case commas == 1 && dots == 0:
		decimal = ','
	case dots == 1 && commas == 0:
		decimal = '.'
	}
	var v float64
	scale := 0.0
	var intDigits int32
	for i := 0; i < len(k); i++ {
		c := k[i]
		switch {
		case c >= '0' && c <= '9':
			d := float64(c - '0')
			if scale > 0 {
				v += d * scale
				scale /= 10
			} else {
				v = v*10 + d
				intDigits++
			}
		case c == decimal && scale == 0:
			scale = 0.1
		case c == thousands:
		default:
			// an unexpected separator ends the readable part
			i = len(k)
		}
	}
	t.Value, t.IntDigits = v, intDigits
}
