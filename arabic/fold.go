package arabic

import (
	"strings"
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
// Fold(s) equals Fold applied to Display(s).Text.
func Fold(s string) string {
	return foldText(Display(s).Text)
}

// FoldNormalized is Fold with the offset map back to s.
func FoldNormalized(s string) Normalized {
	d := Display(s)
	m := offsetMap{src: d.m.src, mapped: true}
	if !d.m.mapped {
		m.src = int32(utf8.RuneCountInString(s))
	}
	cur := sourceCursor{m: &d.m}
	var b strings.Builder
	b.Grow(len(d.Text))
	in := 0
	for _, r := range d.Text {
		if f, keep := foldRune(r); keep {
			b.WriteRune(f)
			m.emit(int32(cur.source(in)), 1)
		}
		in++
	}
	if !d.m.mapped {
		m.src = int32(in)
	}
	return Normalized{Text: b.String(), m: m}
}

// foldText folds an already display-normalised text, returning it unchanged
// (without copying) when nothing in it folds.
func foldText(t string) string {
	i := 0
	for i < len(t) {
		c := t[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		if f, keep := foldRune(r); !keep || f != r {
			break
		}
		i += size
	}
	if i == len(t) {
		return t
	}
	buf := make([]byte, i, len(t))
	copy(buf, t[:i])
	for i < len(t) {
		c := t[i]
		if c < utf8.RuneSelf {
			buf = append(buf, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		i += size
		if f, keep := foldRune(r); keep {
			buf = utf8.AppendRune(buf, f)
		}
	}
	return string(buf)
}

// foldRune is the matching form of one code point, and false when the code
// point is dropped. Every Arabic letter that NFC composes from a base and a
// hamza or madda folds to that base, so folding commutes with NFC.
func foldRune(r rune) (rune, bool) {
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
