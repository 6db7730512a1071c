package actors

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/isnad/isnad/arabic"
)

// wordKey is the matching form of one word: arabic.Fold for Arabic; Latin is
// lowercased except short all-capital acronyms (IS, UN, AP), which must keep
// their case so that they do not match the English words "is", "un", "ap".
func wordKey(w string) string {
	if isASCII(w) {
		if isAcronym(w) {
			return w
		}
		return strings.ToLower(w)
	}
	if plainArabic(w) {
		return w
	}
	if k, ok := foldArabicWord(w); ok {
		return k
	}
	return arabic.Fold(w)
}

// foldArabicWord folds a word made only of Arabic letters and harakat the
// way arabic.Fold does, without its offset bookkeeping: harakat dropped,
// أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي. ok is false for any other word,
// which goes to arabic.Fold (TestFoldShortcutAgreesWithFold checks both).
func foldArabicWord(w string) (string, bool) {
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		switch {
		case r >= 0x064B && r <= 0x065F, r == 0x0670:
			continue
		case r == 'أ', r == 'إ', r == 'آ', r == 'ٱ':
			r = 'ا'
		case r == 'ى':
			r = 'ي'
		case r == 'ة':
			r = 'ه'
		case r == 'ؤ':
			r = 'و'
		case r == 'ئ':
			r = 'ي'
		case r == tatweel || r < 0x0621 || r > 0x064A:
			return "", false
		}
		b.WriteRune(r)
	}
	return b.String(), true
}

// plainArabic reports a word of Arabic letters that arabic.Fold leaves as
// it is: no harakat, no digits, none of the alef, hamza, alef-maqsura and
// ta-marbuta forms that folding rewrites. Most words of news text are plain,
// and skipping Fold for them is the matcher's main saving
// (TestPlainWordsFoldToThemselves keeps the two in step).
func plainArabic(w string) bool {
	for _, r := range w {
		switch r {
		case 'أ', 'إ', 'آ', 'ى', 'ة', 'ؤ', 'ئ', tatweel:
			return false
		}
		if r < 0x0621 || r > 0x064A {
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func isAcronym(w string) bool {
	if len(w) > 5 {
		return false
	}
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			letters++
		}
	}
	return letters > 0
}

// clitic is one reading of a word with its proclitics taken off: the stem's
// key and how many letters (not code points: marks may follow them) were cut.
type clitic struct {
	key     string
	letters int
	// via names the cut proclitics, e.g. "و", "ب", "ل", "وب": the linker
	// reads them as context (ب before a place name).
	via string
}

// proclitics lists the readings of a folded word: the word itself first, then
// the word without و/ف, without ب/ل/ك, and with لل read as ل + ال. Stems
// shorter than two letters are not offered. out is reused.
func proclitics(key string, out []clitic) []clitic {
	out = append(out[:0], clitic{key: key})
	if !startsArabic(key) {
		return out
	}
	type base struct {
		s       string
		letters int
		conj    rune
	}
	var bases [2]base
	nb := 1
	bases[0] = base{key, 0, 0}
	if r, size := firstRune(key); (r == 'و' || r == 'ف') && runeLen(key) > 2 {
		bases[1] = base{key[size:], 1, r}
		nb = 2
		out = append(out, clitic{key: key[size:], letters: 1, via: viaOf(r, 0)})
	}
	for _, b := range bases[:nb] {
		r, size := firstRune(b.s)
		if r != 'ب' && r != 'ل' && r != 'ك' {
			continue
		}
		rest := b.s[size:]
		if r == 'ل' && strings.HasPrefix(rest, "ل") && runeLen(rest) > 2 {
			// لل: the preposition ل before the article, whose alef is dropped.
			out = append(out, clitic{key: "ا" + rest, letters: b.letters + 1, via: viaOf(b.conj, r)})
			continue
		}
		if runeLen(rest) >= 2 {
			out = append(out, clitic{key: rest, letters: b.letters + 1, via: viaOf(b.conj, r)})
		}
	}
	return out
}

// viaOf names a conjunction and a preposition cut from a word ("وب"), as
// constant strings so that reading clitics allocates nothing.
func viaOf(conj, prep rune) string {
	switch {
	case conj == 0 && prep == 0:
		return ""
	case prep == 0 && conj == 'و':
		return "و"
	case prep == 0:
		return "ف"
	}
	switch conj {
	case 'و':
		switch prep {
		case 'ب':
			return "وب"
		case 'ل':
			return "ول"
		default:
			return "وك"
		}
	case 'ف':
		switch prep {
		case 'ب':
			return "فب"
		case 'ل':
			return "فل"
		default:
			return "فك"
		}
	}
	switch prep {
	case 'ب':
		return "ب"
	case 'ل':
		return "ل"
	}
	return "ك"
}

func startsArabic(s string) bool {
	r, _ := firstRune(s)
	return r >= 0x0600 && r <= 0x06FF
}

func firstRune(s string) (rune, int) {
	if s == "" {
		return 0, 0
	}
	return utf8.DecodeRuneInString(s)
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }

// phraseKeys splits a name into the keys of its words, the same way the
// matcher reads running text.
func phraseKeys(s string) []string {
	toks := scanWords(s, nil)
	keys := make([]string, len(toks))
	for i, t := range toks {
		keys[i] = t.key
	}
	return keys
}
