package arabic

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold normalises for matching: Display's repairs, then
//
//   - diacritics (harakat, tanween, shadda, sukun, superscript alef, Quranic
//     marks) dropped;
//   - أ إ آ ٱ → ا; ى and Persian ی → ي; ة and the Persian and Urdu heh forms
//     → ه; ؤ → و; ئ → ي; Persian ک → ك;
//   - Arabic-Indic and Persian digits → ASCII, the Arabic decimal and
//     thousands separators ٫ ٬ → . , and ٪ → %.
//
// Two spellings of one word fold to one string. Latin letters keep their
// case (callers that want case-insensitive matching lower the result).
// Fold is idempotent, and Fold(s) equals Fold(Display(s).Text).
func Fold(s string) string {
	f, tidy := foldText(displayText(s))
	if tidy {
		f = displayText(f)
	}
	return f
}

// FoldNormalized is Fold with the offset map back to s.
func FoldNormalized(s string) Normalized {
	d := Display(s)
	folded := foldMapped(d)
	if _, tidy := foldText(d.Text); tidy {
		again := Display(folded.Text)
		folded = Normalized{Text: again.Text, m: composeMaps(&again.m, &folded.m)}
	}
	return folded
}

// foldMapped folds the display form d, carrying d's map back to its source.
func foldMapped(d Normalized) Normalized {
	srcLen := d.m.src
	if !d.m.mapped {
		srcLen = int32(utf8.RuneCountInString(d.Text))
	}
	m := offsetMap{src: srcLen, mapped: true}
	cur := sourceCursor{m: &d.m}
	buf := make([]byte, 0, len(d.Text))
	in := 0
	for _, r := range d.Text {
		if f, keep := foldRune(r); keep {
			buf = utf8.AppendRune(buf, f)
			m.emit(int32(cur.source(in)), 1)
		}
		in++
	}
	return Normalized{Text: string(buf), m: m}
}

// composeMaps is the map of outer (which maps into a text) followed by inner
// (which maps that text back to its source).
func composeMaps(outer, inner *offsetMap) offsetMap {
	m := offsetMap{src: inner.src, mapped: true}
	in := sourceCursor{m: inner}
	out := sourceCursor{m: outer}
	for i := range int(outer.out) {
		m.emit(int32(in.source(out.source(i))), 1)
	}
	return m
}

// foldText folds an already display-normalised text, returning it unchanged
// (without copying) when nothing in it folds. tidy reports that dropping a
// mark may have left the text untidy for Display: a mark standing after a
// space or at the start (leaving spaces to collapse), or a mark between a
// letter and another mark (leaving a sequence to compose).
//
// Unchanged stretches are copied whole; Arabic code points are decoded and
// looked up in arabicFold without a call.
func foldText(t string) (folded string, tidy bool) {
	var b strings.Builder
	copied := 0 // t[:copied] is in b
	dropped := false
	i := 0
	for i < len(t) {
		c := t[i]
		if c < utf8.RuneSelf {
			i++
			dropped = false
			continue
		}
		var r rune
		size := 2
		if c >= 0xD8 && c <= 0xDB && i+1 < len(t) && t[i+1]&0xC0 == 0x80 {
			r = rune(c&0x1F)<<6 | rune(t[i+1]&0x3F)
		} else {
			r, size = utf8.DecodeRuneInString(t[i:])
		}
		f, keep := foldRune(r)
		if keep && f == r {
			if dropped && unicode.IsMark(r) {
				tidy = true
			}
			dropped = false
			i += size
			continue
		}
		if copied == 0 && b.Cap() == 0 {
			b.Grow(len(t))
		}
		b.WriteString(t[copied:i])
		i += size
		copied = i
		if !keep {
			if n := b.Len(); n == 0 || t[i-size-1] == ' ' || t[i-size-1] == '\n' {
				tidy = true
			}
			dropped = true
			continue
		}
		dropped = false
		b.WriteRune(f)
	}
	if copied == 0 && b.Cap() == 0 {
		return t, tidy
	}
	b.WriteString(t[copied:])
	return b.String(), tidy
}

// arabicFold is foldRune over the Arabic block U+0600-U+06FF: 0 for a code
// point that stays, -1 for one that is dropped, else the replacement.
var arabicFold = func() (table [256]rune) {
	for i := range table {
		r := rune(0x0600 + i)
		switch f, keep := foldRuneSlow(r); {
		case !keep:
			table[i] = -1
		case f != r:
			table[i] = f
		}
	}
	return table
}()

// foldRune is the matching form of one code point, and false when the code
// point is dropped.
func foldRune(r rune) (rune, bool) {
	if r < 0x0600 {
		return r, true
	}
	if r <= 0x06FF {
		switch f := arabicFold[r-0x0600]; f {
		case 0:
			return r, true
		case -1:
			return 0, false
		default:
			return f, true
		}
	}
	if isArabicMark(r) {
		return 0, false
	}
	return r, true
}

// foldRuneSlow defines the fold of one code point, and false when the code
// point is dropped. Every Arabic letter that NFC composes from a base and a
// hamza or madda folds to that base, so folding commutes with NFC.
func foldRuneSlow(r rune) (rune, bool) {
	if r < 0x0610 {
		return r, true
	}
	if r <= 0x06FF {
		switch r {
		case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ':
			return 'ا', true
		case 'ى', 'ی', 'ئ', 'ې':
			return 'ي', true
		case 'ة', 'ۀ', 'ە', 'ھ', 'ہ', 'ۂ', 'ۃ':
			return 'ه', true
		case 'ؤ':
			return 'و', true
		case 'ک', 'ڪ':
			return 'ك', true
		case 'ۓ':
			return 'ے', true
		case '٫':
			return '.', true
		case '٬':
			return ',', true
		case '٪':
			return '%', true
		}
		if isArabicMark(r) {
			return 0, false
		}
		return Digit(r), true
	}
	if isArabicMark(r) {
		return 0, false
	}
	return r, true
}
