package arabic

import (
	"strings"
	"unicode/utf8"
)

// Segmented is a word split into proclitics, stem and enclitics.
type Segmented struct {
	Prefixes []string // outermost first: و ف, then ب ك ل, then ال
	Stem     string
	Suffixes []string // pronoun suffixes, innermost first
}

// Shortest stems left behind, in code points. A single-letter proclitic or
// a pronoun suffix is removed only when three letters stay, the article when
// two stay (الحرب → حرب, but not التي → تي, which the word list protects).
const (
	minStemAfterClitic  = 3
	minStemAfterArticle = 2
)

// pronounSuffixes are the enclitic pronouns Segment removes, longest first.
// The one-letter pronouns ه ي ك are left on: in folded text ه is also the
// ta marbuta, ي the nisba ending of adjectives, ك the end of ذلك, ملك,
// بنك. Stem removes final ه and ي as endings instead.
var pronounSuffixes = [...]string{"هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا"}

// Segment splits a word, folded (see Fold) or not, into clitics and stem,
// lightly: it removes what is safe to remove and keeps the rest.
//
//   - the conjunctions و ف, when three letters stay;
//   - then the prepositions ب ك ل with the article (بال كال لل, ل+ال
//     written لل) or alone when three letters stay;
//   - then the article ال, when two letters stay;
//   - then one pronoun suffix of two or more letters (ها هم هما هن كم كما
//     كن نا), when three letters stay.
//
// Words whose first or last letters only look like clitics (وزارة, كبير,
// لجنة, كورونا; names: لبنان, بريطانيا, فيينا; الله, التي) are listed under
// data/arabic, most of them derived from how SaudiNewsNet uses them (see
// arabic/internal/lexgen), and keep those letters. Words not in Arabic script come back whole.
func Segment(word string) Segmented {
	var seg Segmented
	seg.Stem = segment(word, &seg, foldKey)
	return seg
}

// segment is Segment returning only the stem; it records the clitics in rec
// when rec is not nil, and looks words up in the lexicon under key(word).
// Stem calls it without rec, on a folded word, and allocates nothing.
func segment(word string, rec *Segmented, key func(string) string) string {
	if !IsArabicLetter(firstRune(word)) {
		return word
	}
	lex := lexicon()
	w := word
	k := key(w)
	if lex.whole[k] {
		return w
	}
	if c := firstRune(w); (c == 'و' || c == 'ف') && runeLen(w)-1 >= minStemAfterClitic && !lex.keepInitial[k] {
		rec.addPrefix(w[:2])
		w = w[2:]
	}
	k = key(w)
	if lex.whole[k] {
		return w
	}
	w = splitArticle(w, lex.keepInitial[k], rec)
	k = key(w)
	if lex.keepFinal[k] || lex.whole[k] {
		return w
	}
	for _, suf := range pronounSuffixes {
		if strings.HasSuffix(w, suf) && runeLen(w)-runeLen(suf) >= minStemAfterClitic {
			if rec != nil {
				rec.Suffixes = append(rec.Suffixes, suf)
			}
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

func (seg *Segmented) addPrefix(p ...string) {
	if seg != nil {
		seg.Prefixes = append(seg.Prefixes, p...)
	}
}

// splitArticle removes a preposition and the article from w, recording them
// in rec, and returns what stays. keepInitial says the first letter of w
// belongs to the word.
func splitArticle(w string, keepInitial bool, rec *Segmented) string {
	n := runeLen(w)
	switch {
	case strings.HasPrefix(w, "لل") && n-2 >= minStemAfterArticle:
		// ل + ال, the article's alef not written: للحكومة.
		rec.addPrefix("ل", "ال")
		return w[len("لل"):]
	case (strings.HasPrefix(w, "بال") || strings.HasPrefix(w, "كال")) && n-3 >= minStemAfterArticle:
		rec.addPrefix(w[:2], "ال")
		return w[len("بال"):]
	case strings.HasPrefix(w, "ال") && n-2 >= minStemAfterArticle:
		rec.addPrefix("ال")
		return w[len("ال"):]
	case hasPreposition(w) && n-1 >= minStemAfterClitic && !keepInitial:
		rec.addPrefix(w[:2])
		return w[2:]
	}
	return w
}

func hasPreposition(w string) bool {
	c := firstRune(w)
	return c == 'ب' || c == 'ل' || c == 'ك'
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }

// sameKey is the lexicon key of a word already folded.
func sameKey(w string) string { return w }

// foldKey is the folded form of a word, for lexicon lookups.
func foldKey(w string) string { return Fold(w) }
