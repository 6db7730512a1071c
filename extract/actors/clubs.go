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
