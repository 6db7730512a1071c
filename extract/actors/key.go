package actors

import (
	"strings"
	"unicode"

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
	return arabic.Fold(w)
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
// shorter than two letters are not offered.
func proclitics(key string, out []clitic) []clitic {
	out = append(out[:0], clitic{key: key})
	if !startsArabic(key) {
		return out
	}
	type base struct {
		s       string
		letters int
		via     string
	}
	bases := []base{{key, 0, ""}}
	if r, size := firstRune(key); (r == 'و' || r == 'ف') && runeLen(key) > 2 {
		bases = append(bases, base{key[size:], 1, string(r)})
		out = append(out, clitic{key: key[size:], letters: 1, via: string(r)})
	}
	for _, b := range bases {
		r, size := firstRune(b.s)
		if r != 'ب' && r != 'ل' && r != 'ك' {
			continue
		}
		rest := b.s[size:]
		if r == 'ل' && strings.HasPrefix(rest, "ل") && runeLen(rest) > 2 {
			// لل: the preposition ل before the article, whose alef is dropped.
			out = append(out, clitic{key: "ا" + rest, letters: b.letters + 1, via: b.via + "ل"})
			continue
		}
		if runeLen(rest) >= 2 {
			out = append(out, clitic{key: rest, letters: b.letters + 1, via: b.via + string(r)})
		}
	}
	return out
}

func startsArabic(s string) bool {
	r, _ := firstRune(s)
	return r >= 0x0600 && r <= 0x06FF
}

func firstRune(s string) (rune, int) {
	for i, r := range s {
		_ = i
		return r, len(string(r))
	}
	return 0, 0
}

func runeLen(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

// phraseKeys splits a name into the keys of its words, the same way the
// matcher reads running text.
func phraseKeys(s string) []string {
	rs := []rune(s)
	toks := scanWords(rs, nil)
	keys := make([]string, len(toks))
	for i, t := range toks {
		keys[i] = t.key
	}
	return keys
}
