package actors

import "strings"

// samePerson returns the one person already named in the document whose
// name the given name shortens or lengthens: a surname (حبيب → كمال حبيب),
// a first name (أفضال → أفضال أشرف), or the same name spelt with other word
// breaks (عبدالرحمن → رامي عبد الرحمن). Words are compared folded and
// without spaces. Nil when no person or more than one fits.
func (l *linker) samePerson(keys []string) *docEntity {
	var found *docEntity
	for _, e := range l.ents {
		if e.Type != TypePER || len(e.nameKeys) == 0 {
			continue
		}
		if !nameFits(keys, e.nameKeys) && !nameFits(e.nameKeys, keys) {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

// nameFits reports whether short, written without spaces, equals a run of
// words at the start or the end of long (or all of it).
func nameFits(short, long []string) bool {
	s := strings.Join(short, "")
	if !meaningfulName(s) {
		return false
	}
	for i := 1; i <= len(long); i++ {
		if strings.Join(long[:i], "") == s || strings.Join(long[len(long)-i:], "") == s {
			return true
		}
	}
	return false
}

// meaningfulName rejects name parts that say nothing alone: the kunya and
// filiation words, and one- or two-letter scraps.
func meaningfulName(s string) bool {
	switch s {
	case "ابو", "ام", "بن", "ابن", "بنت", "عبد", "ال", "الحاج", "الشيخ":
		return false
	}
	return runeLen(s) >= 3
}
