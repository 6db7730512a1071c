package judge

import (
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad/arabic"
)

// word is one token of a claim as the judge compares it: its matching key
// (folded light stem with the commonest verb inflections dropped) and its
// place among the claim's tokens.
type word struct {
	key     string
	start   int32 // code points in the claim text (int32: a whole feed holds millions of words)
	number  bool
	negator bool
}

// negators are the particles that negate the verb after them, and the
// words that negate the noun or adjective after them (غير آمنة، عدم
// الاعتراف، دون عوائق). They are grammar, not a lexicon of the news. ما is
// left out: it is as often "what" (ما يعرف بـ) as "not"; غير أن ("however")
// negates only a function word, which no comparison counts.
var negators = map[string]bool{"لم": true, "لن": true, "لا": true, "ليس": true, "ليست": true, "غير": true, "عدم": true, "دون": true, "بدون": true, "بلا": true, "not": true, "no": true, "never": true}

// keyOf is the matching key of a word: folded, light-stemmed, and with the
// feminine past ending and one imperfect prefix dropped so that بدأ/بدأت and
// استهدفت/تستهدف meet.
func keyOf(w string) string {
	s := arabic.Fold(arabic.Stem(w))
	if s == "" {
		s = arabic.Fold(w)
	}
	n := utf8.RuneCountInString(s)
	if n >= 4 && strings.HasSuffix(s, "ت") {
		s = strings.TrimSuffix(s, "ت")
		n--
	}
	if n >= 5 {
		r, size := utf8.DecodeRuneInString(s)
		switch r {
		case 'ا', 'ت', 'ي', 'ن':
			s = s[size:]
		}
	}
	return strings.ToLower(s)
}

// words tokenizes a claim into comparable words, punctuation dropped.
func words(text string) []word {
	var out []word
	for t := range arabic.Words(text) {
		f := arabic.Fold(t.Text)
		w := word{start: int32(t.Start), number: t.IsNumber(), negator: negators[f] || negators[strings.TrimPrefix(f, "و")]}
		if w.number {
			w.key = arabic.ASCIIDigits(t.Text)
		} else {
			w.key = keyOf(t.Text)
		}
		out = append(out, w)
	}
	return out
}

// isContent reports whether a word carries meaning for matching: not a
// function word (stop list in the data) and not a bare letter or two.
func (s *stopwords) isContent(w word) bool {
	if w.number {
		return true
	}
	if utf8.RuneCountInString(w.key) < 2 {
		return false
	}
	return !s.set[w.key]
}

type stopwords struct{ set map[string]bool }
