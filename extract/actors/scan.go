package actors

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
// carry nothing for matching: tatweel and the invisible format characters
// (zero-width space and joiners, direction marks and isolates, word joiner,
// soft hyphen, BOM) used to dodge filters.
func isJoiner(r rune) bool {
	switch {
	case r == tatweel, r == 0xAD, r == 0x61C, r == 0xFEFF:
		return true
	case r < 0x200B:
		return false
	}
	return r <= 0x200F || (r >= 0x202A && r <= 0x202E) || (r >= 0x2060 && r <= 0x206F)
}

func isWordRune(r rune) bool {
	switch {
	case r >= 0x0621 && r <= 0x065F: // Arabic letters and harakat
		return true
	case r < 0x80:
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) || isJoiner(r)
}

func isSpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\v' || r == '\f'
	}
	return unicode.IsSpace(r)
}

// scanWords splits text into word and punctuation tokens with code-point
// offsets. A word split by tatweels around spaces ("داعـ ـش") is read as one
// word, as arabic.Display rejoins it, and joiners inside a word are ignored,
// so the matcher does not depend on text being display-normalised.
func scanWords(text string, out []token) []token {
	if cap(out) == 0 {
		// news text: a token per 6-7 bytes, so one allocation for most texts
		out = make([]token, 0, len(text)/6+1)
	}
	out = out[:0]
	var b strings.Builder
	cp := 0 // code-point offset of byte offset i
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isSpace(r):
			i += size
			cp++
		case isWordRune(r):
			start, startByte := cp, i
			clean := true // no joiner inside: the key is made from a substring
			b.Reset()
			for i < len(text) {
				for i < len(text) {
					r, size = utf8.DecodeRuneInString(text[i:])
					if !isWordRune(r) {
						break
					}
					if isJoiner(r) {
						if clean {
							b.WriteString(text[startByte:i])
							clean = false
						}
					} else if !clean {
						b.WriteRune(r)
					}
					i += size
					cp++
				}
				// "داعـ ـش": tatweel, spaces, tatweel continue the word.
				if prev, _ := utf8.DecodeLastRuneInString(text[:i]); prev == tatweel {
					j, jcp := i, cp
					for j < len(text) && text[j] == ' ' {
						j++
						jcp++
					}
					if next, _ := utf8.DecodeRuneInString(text[j:]); j > i && j < len(text) && next == tatweel {
						if clean {
							b.WriteString(text[startByte:i])
							clean = false
						}
						i, cp = j, jcp
						continue
					}
				}
				break
			}
			word := text[startByte:i]
			if !clean {
				word = b.String()
			}
			end := cp
			for endByte := i; end > start; end-- {
				last, size := utf8.DecodeLastRuneInString(text[:endByte])
				if !isJoiner(last) {
					break
				}
				endByte -= size
			}
			if word == "" || end == start {
				continue
			}
			out = append(out, token{start: start, end: end, key: wordKey(word)})
		default:
			out = append(out, token{start: cp, end: cp + 1, key: text[i : i+size], punct: true})
			i += size
			cp++
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
