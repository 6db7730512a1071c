package search

import (
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad/arabic"
)

// stem is arabic.Stem plus the few repairs that search needs on top of it and
// that matter only for recall, not for the linguistic segmentation other
// stages use.
func stem(folded string) string {
	w := expandLamLam(folded)
	s := arabic.Stem(w)
	if s == "" {
		return folded
	}
	return dropFinalAlefAfterYa(s)
}

// unifyHamzaSeats writes hamza on waw and on ya as a bare hamza before the
// fold, so that the regional spellings مسؤول and مسئول, شؤون and شئون meet
// (the fold alone would make them مسوول and مسيول).
func unifyHamzaSeats(word string) string {
	if !hasHamzaSeat(word) {
		return word
	}
	return strings.Map(func(r rune) rune {
		if r == 'ؤ' || r == 'ئ' {
			return 'ء'
		}
		return r
	}, word)
}

func hasHamzaSeat(word string) bool {
	for _, r := range word {
		if r == 'ؤ' || r == 'ئ' {
			return true
		}
	}
	return false
}

// expandLamLam restores the article that the preposition ل swallows:
// للميليشيات is ل + الميليشيات, and its stem must be that of الميليشيات.
// A leading و or ف conjunction is kept in front.
func expandLamLam(w string) string {
	rest, conj := w, ""
	if strings.HasPrefix(w, "ولل") || strings.HasPrefix(w, "فلل") {
		conj, rest = w[:len("و")], w[len("و"):]
	}
	if strings.HasPrefix(rest, "لل") && utf8.RuneCountInString(rest) >= 5 {
		return conj + "ا" + rest[len("ل"):]
	}
	return w
}

// dropFinalAlefAfterYa makes a singular in -يا meet its plural in -يات once
// the plural ending is gone: ميليشيا and ميليشيات both become ميليشي, and
// سوريا meets سوري and سورية.
func dropFinalAlefAfterYa(s string) string {
	if strings.HasSuffix(s, "يا") && len([]rune(s)) >= 4 {
		return strings.TrimSuffix(s, "ا")
	}
	return s
}
