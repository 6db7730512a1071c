package arabic

import "strings"

// Stem is the light stem of a word, folded or not, for search and matching,
// in the manner of Larkey's light10 stemmer:
//
//  1. Segment removes the clitics (والميليشيات → ميليشيات);
//  2. at most one plural, feminine or nisba-feminine ending goes: ات ون ين
//     يه ه (ه is the folded ة);
//  3. when step 2 removed nothing, a final ا goes (ميليشيا, سوريا: the
//     singular of a plural in -يات);
//  4. a final ي goes (the nisba: سوري, إيراني).
//
// Each step leaves at least three letters. Stems whose ون or ين belongs to
// the word (قانون, فلسطين, البحرين) are listed under data/arabic, and so
// are function words that Stem leaves whole (الذي, بعدما, الله). So
// ميليشيا, الميليشيات, ميليشيات and والميليشيات all stem to ميليش; سوريا,
// سوري, سورية, السوريين to سور; إيران, الإيرانية, إيراني to ايران.
//
// The result is folded; words not in Arabic script are returned folded and
// otherwise unchanged.
func Stem(word string) string {
	folded := Fold(word)
	lex := lexicon()
	if lex.stemWhole[folded] {
		return folded
	}
	s := segment(folded, nil, sameKey)
	if !IsArabicLetter(firstRune(s)) || lex.stemWhole[s] {
		return s
	}
	stripped := false
	for _, end := range [...]string{"ات", "ون", "ين", "يه", "ه"} {
		if strings.HasSuffix(s, end) && runeLen(s)-runeLen(end) >= minStemAfterClitic {
			if (end == "ون" || end == "ين") && lex.keepEnding[s] {
				break
			}
			s = s[:len(s)-len(end)]
			stripped = true
			break
		}
	}
	if !stripped && strings.HasSuffix(s, "ا") && runeLen(s) > minStemAfterClitic {
		s = s[:len(s)-len("ا")]
	}
	if strings.HasSuffix(s, "ي") && runeLen(s) > minStemAfterClitic {
		s = s[:len(s)-len("ي")]
	}
	return s
}
