package actors

import (
	"strings"

	"github.com/isnad/isnad/arabic"
)

// decide turns lexicon matches and tagger mentions into the document's
// mentions. A weak or ambiguous match needs evidence from the document; a
// lexicon match wins over an overlapping tagger mention, except that a
// person's name may hold a place word (أحمد إبراهيم الخليل holds الخليل).
func (l *linker) decide(matches []Match, ner []Mention) []item {
	strong := map[string]bool{}
	for _, m := range matches {
		if m.Confirmed && !m.Ambiguous {
			strong[m.Actor] = true
		}
	}
	var lexItems []item
	lastClub := -2 // last token of the latest club taken: "فريقي النصر والهلال"
	for k, m := range matches {
		id := m.Actor
		if !m.Confirmed && l.notTheClub(m) {
			continue
		}
		if m.Ambiguous {
			id = l.disambiguate(m, strong)
			if id == "" {
				continue
			}
		} else if !m.Confirmed && !(strong[id] && !l.isOutlet(id)) && !l.nerConfirms(m, ner) && !l.coordinatedPlace(m, matches[:k]) && !l.sportsConfirms(m) &&
			!(m.Proclitics == "و" && m.first == lastClub+1 && l.isClub(id)) {
			// An outlet whose name is a common word (الوطن، سبق، الحرة) counts
			// only where it is quoted or introduced: the word itself is
			// everywhere in an article that also cites the outlet.
			continue
		}
		ai := l.lex.byID[id]
		if l.lex.actors[ai].Type == TypePER && l.afterFiliation(m.first) {
			// "سلطان بن سلمان بن عبدالعزيز": the father's name inside the son's
			continue
		}
		lexItems = append(lexItems, item{start: m.Start, end: m.End, first: m.first, last: m.last,
			typ: l.lex.actors[ai].Type, actor: ai, source: SourceLexicon})
		if l.isClub(id) {
			lastClub = m.last
		}
	}
	dropped := make([]bool, len(lexItems))
	var out []item
	for _, n := range ner {
		first, last, ok := l.tokenRange(n.Start, n.End)
		if !ok || (first == last && l.notAName(first, n.Type)) {
			continue
		}
		over := -1
		contains := true
		for i, it := range lexItems {
			if it.start < n.End && n.Start < it.end {
				over = i
				if !(n.Start <= it.start && it.end <= n.End && (n.End-n.Start) > (it.end-it.start)) || it.typ == TypePER {
					contains = false
				}
			}
		}
		if over >= 0 && !(n.Type == TypePER && contains) {
			continue
		}
		if over >= 0 {
			for i, it := range lexItems {
				if it.start < n.End && n.Start < it.end {
					dropped[i] = true
				}
			}
		}
		model := l.modelNumberAfter(n.End)
		if model {
			// "إم.كيو-9", "إف-16": a model of aircraft or arms, a thing
			// (and no kunya, whatever إم reads as)
			n.Type = TypeMISC
		}
		if n.Type == TypeMISC && !model && l.isKunya(first, last) {
			// "أبو البراء" is a person's by-name whatever the tagger says.
			n.Type = TypePER
		}
		if n.Type == TypePER {
			if l.titleAt(first, last) == last-first+1 {
				continue // a title alone ("ولي العهد") names no one by itself
			}
			first = l.skipCues(first, last)
		}
		it := item{start: n.Start, end: n.End, first: first, last: last, typ: n.Type, actor: -1, source: n.Source}
		if l.toks[first].start > it.start {
			it.start = l.toks[first].start
		}
		it.start = l.cutArticleProclitics(it.first, it.start)
		if it.typ == TypePER {
			it.title = l.titleBefore(first)
		}
		l.lookupMention(&it, strong)
		out = append(out, it)
	}
	for i, it := range lexItems {
		if !dropped[i] {
			out = append(out, it)
		}
	}
	return l.clubs(l.namedBodies(out, strong))
}

// notAName reports a word the tagger marks with typ that notnames.txt says
// is no actor ("الله", "دولار"), read through its proclitics and article.
func (l *linker) notAName(t int, typ string) bool {
	tok := l.toks[t]
	if tok.punct {
		return false
	}
	var cands [4]clitic
	for _, c := range proclitics(tok.key, cands[:0]) {
		for _, k := range [2]string{c.key, strings.TrimPrefix(c.key, "ال")} {
			if n, ok := l.lex.notNames[k]; ok && n.drops(typ) {
				return true
			}
		}
	}
	return false
}

// disambiguate picks the candidate of an ambiguous match that the document
// names elsewhere without doubt, or whose parent it names; "" when none or
// several do.
func (l *linker) disambiguate(m Match, strong map[string]bool) string {
	pick := func(ok func(a *Actor) bool) string {
		found := ""
		for _, id := range m.Candidates {
			a, _ := l.lex.Actor(id)
			if ok(a) {
				if found != "" {
					return ""
				}
				found = id
			}
		}
		return found
	}
	if id := l.sameWriting(m.Candidates, m.Text); id != "" {
		return id
	}
	if id := pick(func(a *Actor) bool { return strong[a.ID] }); id != "" {
		return id
	}
	return pick(func(a *Actor) bool { return a.Parent != "" && strong[a.Parent] })
}

// nerConfirms reports a tagger mention of the actor's type over the match.
func (l *linker) nerConfirms(m Match, ner []Mention) bool {
	a := &l.lex.actors[l.lex.byID[m.Actor]]
	for _, n := range ner {
		if n.Type != a.Type || n.Start >= m.End || m.Start >= n.End {
			continue
		}
		if a.isClub() {
			// the tagger marks "الاتفاق" of a nuclear deal as readily as the
			// club: a club's common-word name needs its own context
			continue
		}
		return true
	}
	return false
}

// coordinatedPlace reports a weak place joined by و to a place just named:
// "كباجب والسخنة".
func (l *linker) coordinatedPlace(m Match, prev []Match) bool {
	if len(prev) == 0 || (m.Proclitics != "و" && m.Proclitics != "") {
		return false
	}
	p := prev[len(prev)-1]
	a := &l.lex.actors[l.lex.byID[m.Actor]]
	pa := &l.lex.actors[l.lex.byID[p.Actor]]
	if a.Type != TypeLOC || pa.Type != TypeLOC || !p.Confirmed {
		return false
	}
	if m.Proclitics == "و" {
		return p.last+1 == m.first
	}
	// "تدمر، الرقة": a comma between two places.
	return p.last+2 == m.first && (l.toks[p.last+1].key == "،" || l.toks[p.last+1].key == ",")
}

// lookupMention reads a tagger mention against the lexicon: titles cut from
// a person's name, then the whole remaining name looked up as an alias.
func (l *linker) lookupMention(it *item, strong map[string]bool) {
	first := it.first
	if it.typ == TypePER {
		var title []string
		first, title = l.stripTitles(it.first, it.last)
		if len(title) > 0 {
			it.title = joinWords(title)
		}
	}
	var keys []string
	for t := first; t <= it.last; t++ {
		if !l.toks[t].punct {
			keys = append(keys, l.toks[t].key)
		}
	}
	if len(keys) == 0 {
		return
	}
	if it.title == "" {
		it.title = l.titleBefore(first)
	}
	it.nameKeys = keys
	refs := l.lex.lookupPhrase(keys)
	switch {
	case len(refs) == 1 && l.lex.actors[refs[0].actor].Type == it.typ:
		if a := &l.lex.actors[refs[0].actor]; refs[0].weak && a.isClub() && !l.clubContext(it, strong[a.ID]) {
			break // the tagger's "الاتفاق" in an article on the nuclear deal is no club
		}
		it.actor = int(refs[0].actor)
	case len(refs) > 1:
		var ids []string
		for _, r := range refs {
			ids = append(ids, l.lex.actors[r.actor].ID)
			if strong[l.lex.actors[r.actor].ID] && l.lex.actors[r.actor].Type == it.typ {
				it.actor = int(r.actor)
			}
		}
		if id := l.sameWriting(ids, string(l.rs[l.toks[first].start:l.toks[it.last].end])); it.actor < 0 && id != "" {
			it.actor = l.lex.byID[id]
		}
	}
	if it.actor >= 0 {
		it.source = SourceNER
	}
}

// skipCues skips the cue words and punctuation a tagger took into the head
// of a person's mention ("بحسب عبدالرحمن"), keeping at least one token.
func (l *linker) skipCues(first, last int) int {
	for first < last {
		if l.toks[first].punct {
			first++
			continue
		}
		n, role := l.titleRoleAt(first, last-1)
		if n == 0 || role != roleCue {
			break
		}
		first += n
	}
	return first
}

// stripTitles skips title, office and cue words (and punctuation) at the
// head of the token range first..last, returning the first name token and
// the title and office words cut.
func (l *linker) stripTitles(first, last int) (int, []string) {
	var cut []string
	for first < last {
		if l.toks[first].punct {
			first++
			continue
		}
		n, role := l.titleRoleAt(first, last-1)
		if n == 0 {
			break
		}
		if role != roleCue {
			for t := first; t < first+n; t++ {
				cut = append(cut, string(l.rs[l.toks[t].start:l.toks[t].end]))
			}
		}
		first += n
	}
	return first, cut
}

// titleAt returns how many tokens from t (not past max) form a title or
// office word, 0 when none.
func (l *linker) titleAt(t, max int) int {
	n, _ := l.titleRoleAt(t, max)
	return n
}

// titleRoleAt is titleAt with the role of the title found. The first word may
// carry proclitics ("وقائد").
func (l *linker) titleRoleAt(t, max int) (int, string) {
	var cands [4]clitic // proclitics gives at most four readings: no allocation
	if max >= len(l.toks) {
		max = len(l.toks) - 1
	}
	for n := l.lex.titleWords; n >= 1; n-- {
		if t+n-1 > max {
			continue
		}
		for _, c := range proclitics(l.toks[t].key, cands[:0]) {
			key := c.key
			for k := t + 1; k < t+n; k++ {
				key += " " + l.toks[k].key
			}
			if role, ok := l.lex.titles[key]; ok {
				return n, role
			}
		}
	}
	return 0, ""
}

// lookupPhrase returns the actors whose alias is exactly keys, the first
// word read with or without its proclitics.
func (l *Lexicon) lookupPhrase(keys []string) []ref {
	var cands [4]clitic // proclitics gives at most four readings: no allocation
	for _, c := range proclitics(keys[0], cands[:0]) {
		n := l.root.child(c.key)
		for _, k := range keys[1:] {
			n = n.child(k)
		}
		if n != nil && len(n.ends) > 0 {
			return n.ends
		}
	}
	return nil
}

func joinWords(ws []string) string {
	s := ""
	for i, w := range ws {
		if i > 0 {
			s += " "
		}
		s += w
	}
	return s
}

func (l *linker) isOutlet(id string) bool {
	a, ok := l.lex.Actor(id)
	return ok && a.isNewsOutlet()
}

// cutArticleProclitics moves a tagger mention's start past the proclitics
// of its first word when they stand before the article ("للميليشيات",
// "والمرصد", "بالحسكة"), so that its span and name read like the matcher's.
// Words that only look so ("والي", "بالي") keep their letters: the stem after
// the article must have three letters or more.
func (l *linker) cutArticleProclitics(t, start int) int {
	tok := l.toks[t]
	if tok.punct || tok.start != start {
		return start
	}
	var cands [4]clitic // proclitics gives at most four readings: no allocation
	for _, c := range proclitics(tok.key, cands[:0])[1:] {
		if rest, ok := strings.CutPrefix(c.key, "ال"); ok && runeLen(rest) >= 3 {
			if s := skipLetters(l.rs, tok.start, c.letters); s < tok.end {
				return s
			}
		}
	}
	return start
}

// sameWriting returns the candidate whose name is written exactly as
// surface, harakat included ("عمّان" is Amman, not Oman), or "".
func (l *linker) sameWriting(candidates []string, surface string) string {
	found := ""
	for _, id := range candidates {
		a, _ := l.lex.Actor(id)
		for _, name := range a.Names() {
			if name == surface && name != arabic.Fold(name) {
				if found != "" && found != id {
					return ""
				}
				found = id
			}
		}
	}
	return found
}

// isKunya reports a mention of two or three words opening with أبو or أم.
func (l *linker) isKunya(first, last int) bool {
	n := last - first + 1
	if n < 2 || n > 3 {
		return false
	}
	k := l.toks[first].key
	return k == "ابو" || k == "ام" || k == "ابي"
}

// titleBefore returns the title word standing right before a person's
// mention, across an opening quote ("الحاج “دهقان”" → الحاج), or "".
func (l *linker) titleBefore(first int) string {
	t := first - 1
	if t >= 0 && isQuote(l.toks[t].key) {
		t--
	}
	if t < 0 || l.toks[t].punct {
		return ""
	}
	if n, role := l.titleRoleAt(t, t); n == 1 && role == roleTitle {
		return string(l.rs[l.toks[t].start:l.toks[t].end])
	}
	return ""
}

// modelNumberAfter reports a hyphen and a digit right after end: the number
// of a model ("إم.كيو-9", "إف-16", "سو-24").
func (l *linker) modelNumberAfter(end int) bool {
	if end+1 >= len(l.rs) || l.rs[end] != '-' {
		return false
	}
	r := l.rs[end+1]
	return (r >= '0' && r <= '9') || (r >= '٠' && r <= '٩')
}

// afterFiliation reports a filiation word (بن, ابن, بنت) right before token
// t: a person named there is the father in someone else's name.
func (l *linker) afterFiliation(t int) bool {
	if t == 0 || l.toks[t-1].punct {
		return false
	}
	switch l.toks[t-1].key {
	case "بن", "ابن", "بنت":
		return true
	}
	return false
}
