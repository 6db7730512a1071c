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
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		switch {
		case unicode.Is(unicode.Arabic, r):
			arabicLetters++
		case unicode.Is(unicode.Latin, r):
			latin++
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
