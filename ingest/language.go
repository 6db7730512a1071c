package ingest

import "unicode"

// language guesses the language from the share of Arabic and Latin letters:
// "ar" when Arabic letters are at least half, "en" when Latin letters are the
// majority (isnad reads Arabic and English news), "" when there are no letters.
func language(s string) string {
	arabicLetters, latin, letters := 0, 0, 0
	for _, r := range s {
		if letters >= 4000 { // enough to tell
			break
		}
		switch {
		case r < 0x80:
			if r|0x20 >= 'a' && r|0x20 <= 'z' {
				letters++
				latin++
			}
		case r >= 0x0621 && r <= 0x064A, r >= 0x0671 && r <= 0x06D3, r >= 0x06FA && r <= 0x06FF,
			r >= 0x0750 && r <= 0x077F, r >= 0x08A0 && r <= 0x08FF, r >= 0xFB50 && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFF:
			letters++ // Arabic letters, main and supplementary blocks and presentation forms
			arabicLetters++
		case r < 0x0250 && unicode.IsLetter(r):
			letters++ // Latin-1 and Latin Extended
			latin++
		case r >= 0x0600 && r <= 0x06FF: // Arabic digits, marks, punctuation
		case unicode.IsLetter(r):
			letters++
		}
	}
	switch {
	case letters == 0:
		return ""
	case arabicLetters*2 >= letters:
		return "ar"
	case latin*2 > letters:
		return "en"
	}
	return ""
}
