package actors

import "sort"

// clubs retypes as clubs (ORG) the places that sports reporting names for
// their teams: after a word of clubs.txt ("فريقه برشلونة", "لاعبي روما"),
// and a place joined by و to a club so read ("مباراة برشلونة وروما").
// Countries of the lexicon keep their type: a national team is read by its
// head ("منتخب البرازيل"). A masculine adjective after the place is no sign:
// it agrees as often with the noun before ("معرض الرياض الدولي").
func (l *linker) clubs(items []item) []item {
	sort.SliceStable(items, func(i, j int) bool { return items[i].start < items[j].start })
	prevClub := -1 // last token of the latest club
	for i := range items {
		it := &items[i]
		if it.typ == TypeORG && it.source == SourceNER && prevClub >= 0 && it.first == prevClub+1 {
			prevClub = it.last
		}
		if it.typ != TypeLOC || it.last-it.first > 1 {
			continue
		}
		if it.actor >= 0 && l.lex.actors[it.actor].Kind == "country" {
			continue
		}
		joined := prevClub >= 0 && it.first == prevClub+1 && l.hasPrefix(l.toks[it.first].start, l.toks[it.first].end, "و")
		if !joined && !l.sportsWordBefore(it.first) {
			continue
		}
		it.typ, it.actor = TypeORG, -1
		prevClub = it.last
	}
	return items
}

// sportsWordBefore reports a word of clubs.txt right before token t.
func (l *linker) sportsWordBefore(t int) bool {
	if t == 0 || l.toks[t-1].punct {
		return false
	}
	var cands [4]clitic
	for _, c := range proclitics(l.toks[t-1].key, cands[:0]) {
		if l.lex.clubWords[c.key] {
			return true
		}
	}
	return false
}

// sportsConfirms reports a club of the lexicon named by a common word right
// after a word of sports reporting: "لاعبي الهلال", "مباراة النصر".
func (l *linker) sportsConfirms(m Match) bool {
	return l.isClub(m.Actor) && l.sportsWordBefore(m.first)
}

// notTheClub reports a club's common-word name used as a word of the
// sentence: before a relative adjective it names another body ("الاتحاد
// الكويتي", "الاتحاد الدولي"), after a definite noun it is that noun's
// adjective ("التنظيم الوطني", "الجيش الوطني").
func (l *linker) notTheClub(m Match) bool {
	return l.isClub(m.Actor) && l.wordOfTheSentence(m.first, m.last, m.Proclitics != "")
}

func (l *linker) wordOfTheSentence(first, last int, proclitic bool) bool {
	if k := last + 1; k < len(l.toks) && !l.toks[k].punct && l.definiteAt(k) && l.nisba(k) {
		return true
	}
	k := first - 1
	if k < 0 || l.toks[k].punct || !l.definiteAt(k) || l.sportsWordBefore(first) {
		return false
	}
	// with a proclitic ("والهلال") it is no adjective ("فريقي النصر والهلال"),
	// unless it joins one: "القطاعين الحكومي والأهلي"
	return !proclitic || l.nisba(k)
}

// clubContext reports whether a tagger's mention of a club's common-word
// name may be the club: the club is named for sure elsewhere in the article
// (named), or a word of sports reporting stands before it, and the word is
// not one of the sentence's.
func (l *linker) clubContext(it *item, named bool) bool {
	if !named && !l.sportsWordBefore(it.first) {
		return false
	}
	return !l.wordOfTheSentence(it.first, it.last, it.start > l.toks[it.first].start)
}

func (l *linker) isClub(id string) bool {
	a, ok := l.lex.Actor(id)
	return ok && a.isClub()
}
