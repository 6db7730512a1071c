package ner

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad/arabic"
)

// notFamilyNames are ال-words that follow a name without being its family
// name, folded: ordinals and epithets, which belong to it only at times
// (عبد الله الثاني), and words of time (الرئيس تمام سلام اليوم،).
var notFamilyNames = []string{"الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع",
	"الثامن", "التاسع", "العاشر", "الاكبر", "الاصغر", "الابن", "الاب",
	"اليوم", "الاخير", "الاخيره", "السابق", "السابقه", "الجديد", "الجديده", "الماضي", "الماضيه", "الحالي", "الحاليه"}

// continueTitledNames extends a person's name to the family name the
// tagger left out: a title (العميد، الشيخ، الدكتور) then two given names or
// more (أحمد إبراهيم, عبدالرحمن بن عبدالله: words of the gazetteer's
// person list without the article, بن, or the part after عبد) then one
// word with the article and a punctuation mark or the end of the sentence
// is one name with that word — "العميد أحمد إبراهيم الخليل،". The word
// must carry no proclitic, not end in ية (an adjective: الإسلامية), and be
// no trigger word (الرئيس), ordinal, word of time (اليوم) or word of
// nonNameWords; and the title
// must not follow the head of an institution's name (مركز الأمير فهد بن
// سلطان الرياضي). Counts in PROVENANCE.md.
func (m *Model) continueTitledNames(doc [][]string, ids [][]int) {
	trig := m.feat.res.Triggers
	if trig == nil {
		return
	}
	hasLabel := func(tok string, labels ...string) bool {
		w := newWord(tok)
		for _, l := range lookupForms(trig, w.folded, w.key, w.bare) {
			if slices.Contains(labels, l) {
				return true
			}
		}
		return false
	}
	isTitle := func(tok string) bool { return hasLabel(tok, "PER-title") }
	isInstitutionHead := func(tok string) bool { return hasLabel(tok, "ORG-head", "LOC-head") }
	nonName := nonNameWords()
	for s, sent := range ids {
		for i := 0; i < len(sent); i++ {
			if tagNames[sent[i]] != "B-PER" {
				continue
			}
			j := i + 1
			for j < len(sent) && tagNames[sent[j]] == "I-PER" {
				j++
			}
			start := i
			i = j - 1
			if j-start < 2 || j >= len(sent) || start == 0 {
				continue
			}
			before := start - 1
			if before > 0 && isQuoteToken(doc[s][before]) {
				before--
			}
			if !isTitle(doc[s][before]) || (before > 0 && isInstitutionHead(doc[s][before-1])) {
				continue
			}
			if !m.givenNames(doc[s][start:j]) {
				continue
			}
			if j+1 < len(sent) && hasLetterOrDigit(doc[s][j+1]) {
				continue // not at a clause boundary
			}
			if sent[j] != tagO {
				continue
			}
			f := arabic.Fold(doc[s][j])
			if !strings.HasPrefix(f, "ال") || utf8.RuneCountInString(f) < 4 || strings.HasSuffix(f, "يه") || nonName[f] || slices.Contains(notFamilyNames, f) {
				continue
			}
			w := newWord(doc[s][j])
			if len(lookupForms(trig, w.folded, w.key, w.bare)) > 0 {
				continue
			}
			sent[j] = sent[start] + 1 // I-PER
			i = j
		}
	}
}

// givenNames reports a chain of given names: each word in the gazetteer's
// person list and without the article, or بن/ابن, or the word after عبد
// or ابو (عبد الله).
func (m *Model) givenNames(toks []string) bool {
	gaz := m.feat.res.Gazetteer
	if gaz == nil {
		return false
	}
	prev := ""
	for _, tok := range toks {
		f := arabic.Fold(tok)
		switch {
		case f == "بن" || f == "ابن":
		case prev == "عبد" || prev == "ابو":
		case strings.HasPrefix(f, "ال") || !slices.Contains(gaz.Lookup(f), PER):
			return false
		}
		prev = f
	}
	return true
}

func isQuoteToken(tok string) bool {
	switch tok {
	case "\"", "“", "”", "«", "»", "'":
		return true
	}
	return false
}

func hasLetterOrDigit(tok string) bool {
	for _, r := range tok {
		if r >= '0' && r <= '9' || r >= '٠' && r <= '٩' {
			return true
		}
	}
	return hasLetter(tok)
}
