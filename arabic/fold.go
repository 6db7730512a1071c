package arabic

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
//
// Fold runs in the same pass as Display, folding as it goes.
func Fold(s string) string { return normalizeText(s, true) }

// FoldNormalized is Fold with the offset map back to s.
func FoldNormalized(s string) Normalized { return normalize(s, true) }

// foldLetters folds a short run of letters (a presentation form's
// decomposition).
func foldLetters(s string) string {
	b := make([]rune, 0, len(s))
	for _, r := range s {
		if f, keep := foldRune(r); keep {
			b = append(b, f)
		}
	}
	return string(b)
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
