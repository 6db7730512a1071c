package ner

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/internal/wordlist"
)

// CommonPath is the list of common definite nouns inside data.NER.
const CommonPath = "ner/common.txt"

// shippedCommon is data/ner/common.txt, read once.
var shippedCommon = sync.OnceValues(func() (map[string]bool, error) {
	return wordlist.ReadFS(data.NER, CommonPath, "data/"+CommonPath)
})

func mustCommon() map[string]bool {
	words, err := shippedCommon()
	if err != nil {
		panic(err)
	}
	return words
}

// dropCommonNounPhrases tags O a place of two words that is a common noun
// and a relative adjective — "ساحات القتال السورية" (the Syrian
// battlefields), "الثورة السورية", "الحارس السوفياتي" — where the noun is
// one of the common words (data/ner/common.txt: definite words the tagger
// seldom puts in a name) and no head of place names (الحدود، المنطقة،
// العاصمة: triggers.tsv), which name places with such an adjective
// (الحدود الشمالية), and the phrase must not be a place of the gazetteers
// (the actor lexicon lists الأراضي الفلسطينية). ANERcorp tags no such phrase as a place: a common
// noun with a relative adjective stands 77 times in its training file
// (العاصمة السورية، الأراضي الفلسطينية …), always outside a name.
func (m *Model) dropCommonNounPhrases(doc [][]string, ids [][]int, common map[string]bool) {
	bLOC, _ := tagID("B-LOC")
	iLOC, _ := tagID("I-LOC")
	for s, sent := range ids {
		for i := 0; i+1 < len(sent); i++ {
			if sent[i] != bLOC || sent[i+1] != iLOC || (i+2 < len(sent) && sent[i+2] == iLOC) {
				continue
			}
			w := newWord(doc[s][i])
			adj := arabic.Fold(doc[s][i+1])
			if !common[w.key] || m.isPlaceHead(w) || !isRelativeAdjective(adj) ||
				slices.Contains(m.feat.gaz.Lookup(w.key+" "+adj), LOC) {
				continue
			}
			sent[i], sent[i+1] = tagO, tagO
		}
	}
}

// isPlaceHead reports a head of place names (LOC-head in triggers.tsv).
func (m *Model) isPlaceHead(w word) bool {
	if m.feat.res.Triggers == nil {
		return false
	}
	return slices.Contains(lookupForms(m.feat.res.Triggers, w.folded, w.key, w.bare), "LOC-head")
}

// isRelativeAdjective reports a folded definite word ending in ي or يه, the
// nisba: السوريه، العربي، السوفياتي.
func isRelativeAdjective(f string) bool {
	return strings.HasPrefix(f, "ال") && utf8.RuneCountInString(f) > 4 && (strings.HasSuffix(f, "ي") || strings.HasSuffix(f, "يه"))
}

// CountDefiniteWords adds, for every definite word of a document (its
// folded form without و ف ب ل ك), one to seen and, when the tagger put it
// inside a name, one to inside. The tags are the tagger's before the
// decoding rules, so that the list they make does not depend on itself.
// `nertool common` makes data/ner/common.txt from these counts over
// SaudiNewsNet.
func (m *Model) CountDefiniteWords(doc [][]string, seen, inside map[string]int) {
	ids := m.tagIDs(doc)
	for s, sent := range doc {
		for i, tok := range sent {
			w := newWord(tok)
			if !strings.HasPrefix(w.key, "ال") || utf8.RuneCountInString(w.key) < 4 {
				continue
			}
			seen[w.key]++
			if ids[s][i] != tagO {
				inside[w.key]++
			}
		}
	}
}

// PlaceWords returns the keys (as CountDefiniteWords reads them) of the
// words inside the places of annotated sentences: `nertool common` leaves
// them out of the common nouns, so that the rule above cuts no place a
// training file marks (ANERcorp marks «والأراضي الفلسطينية» twice, and
// leaves الأراضي + adjective outside a name 11 times).
func PlaceWords(sents []Sentence) map[string]bool {
	out := map[string]bool{}
	for _, s := range sents {
		for i, tok := range s.Tokens {
			if t := CanonicalTag(s.Tags[i]); t == "B-LOC" || t == "I-LOC" {
				out[newWord(tok).key] = true
			}
		}
	}
	return out
}
