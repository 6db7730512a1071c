package arabic

import (
	"unicode"
	"unicode/utf8"
)

// Share of letters that decides a language, and the fewest letters worth a
// guess.
const (
	languageShare      = 0.5
	languageMinLetters = 3
)

// ArabicShare is the fraction of the letters of s that are Arabic-script
// letters, and 0 when s has no letter.
func ArabicShare(s string) float64 {
	arabic, latin, other := countLetters(s)
	total := arabic + latin + other
	if total == 0 {
		return 0
	}
	return float64(arabic) / float64(total)
}

// Language guesses the language of a document from its letters: "ar" when
// most are Arabic-script letters, "en" when most are Latin letters (isnad's
// sources in Latin script are overwhelmingly English), "" when neither or
// when s has fewer than three letters.
func Language(s string) string {
	arabic, latin, other := countLetters(s)
	total := arabic + latin + other
	switch {
	case total < languageMinLetters:
		return ""
	case float64(arabic) > languageShare*float64(total):
		return "ar"
	case float64(latin) > languageShare*float64(total):
		return "en"
	}
	return ""
}

func countLetters(s string) (arabic, latin, other int) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c|0x20) >= 'a' && (c|0x20) <= 'z' {
				latin++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case IsArabicLetter(r):
			arabic++
		case unicode.Is(unicode.Latin, r):
			latin++
		case unicode.IsLetter(r):
			other++
		}
	}
	return arabic, latin, other
}
