package arabic

import (
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
	f, tidy := foldText(Display(s).Text)
	if tidy {
		f = Display(f).Text
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
func foldText(t string) (folded string, tidy bool) {
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
		return t, false
	}
	buf := make([]byte, i, len(t))
	copy(buf, t[:i])
	dropped := false
	for i < len(t) {
		c := t[i]
		if c < utf8.RuneSelf {
			buf = append(buf, c)
			i++
			dropped = false
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		i += size
		f, keep := foldRune(r)
		if !keep {
			if n := len(buf); n == 0 || buf[n-1] == ' ' || buf[n-1] == '\n' {
				tidy = true
			}
			dropped = true
			continue
		}
		if dropped && unicode.IsMark(f) {
			tidy = true
		}
		dropped = false
		buf = utf8.AppendRune(buf, f)
	}
	return string(buf), tidy
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
