package actors

import (
	"strings"
	"unicode"
)

const tatweel = 'ـ'

// token is a word or punctuation mark of the text being matched, with its
// code-point span and its matching key.
type token struct {
	start, end int
	key        string
	punct      bool
}

// isJoiner reports runes that may sit inside a word without ending it and
// carry nothing for matching: tatweel and invisible format characters
// (zero-width joiners, direction marks, soft hyphen) used to dodge filters.
func isJoiner(r rune) bool {
	return r == tatweel || unicode.Is(unicode.Cf, r)
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) || isJoiner(r)
}

// scanWords splits text into word and punctuation tokens. A word split by
// tatweels around spaces ("داعـ ـش") is read as one word, as arabic.Display
// rejoins it, so the matcher does not depend on text being display-normalised.
func scanWords(rs []rune, out []token) []token {
	out = out[:0]
	var b strings.Builder
	i := 0
	for i < len(rs) {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case isWordRune(r):
			start := i
			b.Reset()
			for i < len(rs) {
				for i < len(rs) && isWordRune(rs[i]) {
					if !isJoiner(rs[i]) {
						b.WriteRune(rs[i])
					}
					i++
				}
				// "داعـ ـش": tatweel, spaces, tatweel continue the word.
				if i > start && rs[i-1] == tatweel {
					j := i
					for j < len(rs) && rs[j] == ' ' {
						j++
					}
					if j > i && j < len(rs) && rs[j] == tatweel {
						i = j
						continue
					}
				}
				break
			}
			end := i
			for end > start && isJoiner(rs[end-1]) {
				end--
			}
			if b.Len() == 0 {
				continue
			}
			out = append(out, token{start: start, end: end, key: wordKey(b.String())})
		default:
			out = append(out, token{start: i, end: i + 1, key: string(r), punct: true})
			i++
		}
	}
	return out
}

// skipLetters returns the code-point offset after n letters of the word that
// starts at start, skipping the marks and joiners that follow each letter:
// the surface start of a stem once its proclitics are cut.
func skipLetters(rs []rune, start, n int) int {
	i := start
	for n > 0 && i < len(rs) {
		i++
		n--
		for i < len(rs) && (unicode.IsMark(rs[i]) || isJoiner(rs[i])) {
			i++
		}
	}
	return i
}

// isQuote reports quotation marks of Arabic and Latin typography, and
// parentheses, which the press uses the same way around names: "(النصرة)".
func isQuote(key string) bool {
	switch key {
	case "\"", "'", "“", "”", "«", "»", "‘", "’", "„", "‹", "›", "(", ")":
		return true
	}
	return false
}
