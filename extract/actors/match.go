package actors

import (
	"strings"
	"unicode"
)

// Match is one alias of the lexicon found in a text.
type Match struct {
	Actor string // actor id; for an ambiguous alias, the first candidate
	// Candidates lists every actor an ambiguous alias may name (nil otherwise).
	Candidates []string
	Start, End int    // code points; proclitics left out, a joined head noun kept in
	Text       string // the surface text of the span
	Weak       bool   // matched through a weak alias
	Ambiguous  bool   // matched through an ambiguous alias
	// Confirmed is true when the alias is strong or its context vouches for
	// it: a head noun ("مدينة تدمر"), quotation marks ("«الحرة»"), or a
	// preposition before a place ("في تدمر", "بتدمر").
	Confirmed  bool
	Head       string // head noun joined to the mention ("تنظيم" of "تنظيم داعش"), "" if none
	Proclitics string // proclitics cut from the first word ("و", "ل", "وب" …)

	first, last int // token range of the alias words
}

// placePrepositions are the words after which a weak place alias reads as a
// place: "في تدمر", "من الرقة", "شرق الميادين".
var placePrepositions = map[string]bool{
	"في": true, "من": true, "الي": true, "الى": true, "حتي": true, "قرب": true, "نحو": true,
	"باتجاه": true, "داخل": true, "خارج": true, "حول": true, "محيط": true, "اطراف": true,
	"شرق": true, "غرب": true, "شمال": true, "جنوب": true, "شرقي": true, "غربي": true,
	"شمالي": true, "جنوبي": true, "ريف": true, "مدينتي": true, "بين": true,
}

// Match finds the lexicon's aliases in text, longest match first, left to
// right, without overlaps. Offsets are code points of text.
func (l *Lexicon) Match(text string) []Match {
	toks := scanWords(text, nil)
	return l.matchTokens([]rune(text), toks)
}

func (l *Lexicon) matchTokens(rs []rune, toks []token) []Match {
	var out []Match
	var buf [4]clitic // proclitics gives at most four readings: no allocation
	for i := 0; i < len(toks); {
		if toks[i].punct && !l.root.hasChild(toks[i].key) {
			i++
			continue
		}
		best, bestLast, bestCand := (*node)(nil), -1, clitic{}
		cands := proclitics(toks[i].key, buf[:0])
		for _, c := range cands {
			n := l.root.child(c.key)
			for j := i; n != nil; {
				if len(n.ends) > 0 && j > bestLast {
					best, bestLast, bestCand = n, j, c
				}
				j++
				if j >= len(toks) {
					break
				}
				n = n.child(toks[j].key)
			}
		}
		if best == nil || !taMarbutaAgrees(rs, toks[bestLast], best.ends) || qualifiesNoun(toks, i, bestCand, best.ends) ||
			l.namesAPlace(toks, i, best.ends) {
			i++
			continue
		}
		out = append(out, l.newMatch(rs, toks, i, bestLast, bestCand, best.ends))
		i = bestLast + 1
	}
	for k := range out {
		l.confirm(rs, toks, &out[k], out[:k])
	}
	return out
}

func (n *node) hasChild(k string) bool { return n.child(k) != nil }

func (l *Lexicon) newMatch(rs []rune, toks []token, first, last int, c clitic, ends []ref) Match {
	start := skipLetters(rs, toks[first].start, c.letters)
	m := Match{
		Actor:      l.actors[ends[0].actor].ID,
		Start:      start,
		End:        toks[last].end,
		Weak:       ends[0].weak,
		Ambiguous:  ends[0].ambiguous,
		Proclitics: c.via,
		first:      first,
		last:       last,
	}
	if m.Ambiguous {
		for _, e := range ends {
			m.Candidates = append(m.Candidates, l.actors[e.actor].ID)
		}
	}
	m.Text = string(rs[m.Start:m.End])
	return m
}

// confirm joins a preceding head noun to m and decides whether local
// context vouches for it. prev are the matches before m.
func (l *Lexicon) confirm(rs []rune, toks []token, m *Match, prev []Match) {
	m.Confirmed = !m.Weak && !m.Ambiguous
	l.preferOutlet(toks, m)
	a := &l.actors[l.byID[m.Actor]]
	// Quotation marks around the alias: names are quoted, common words rarely.
	before, after := m.first-1, m.last+1
	quoted := before >= 0 && after < len(toks) && isQuote(toks[before].key) && isQuote(toks[after].key) &&
		m.Proclitics == ""
	if quoted {
		m.Confirmed = true
	}
	// A head noun before the alias, possibly across an opening quote.
	h := before
	acrossQuote := false
	if h >= 0 && isQuote(toks[h].key) {
		h--
		acrossQuote = true
	}
	lastPrev := -1
	if len(prev) > 0 {
		lastPrev = prev[len(prev)-1].last
	}
	if h >= 0 && h > lastPrev && !toks[h].punct && m.Proclitics == "" {
		var cands [4]clitic // proclitics gives at most four readings: no allocation
		for _, c := range proclitics(toks[h].key, cands[:0]) {
			hd, ok := l.heads[c.key]
			if !ok || !l.headsActor(hd, m, a) {
				continue
			}
			m.Head = hd.word
			m.Start = skipLetters(rs, toks[h].start, c.letters)
			if acrossQuote && after < len(toks) && isQuote(toks[after].key) {
				m.End = toks[after].end // "تنظيم “داعش”": keep the quotes paired
			}
			m.Text = string(rs[m.Start:m.End])
			m.Confirmed = true
			m.first = h
			break
		}
	}
	if !m.Confirmed && a.isNewsOutlet() && m.Proclitics == "" && inByline(rs, m.Start, m.End) {
		m.Confirmed = true
	}
	if !m.Confirmed && a.Type == TypeLOC {
		if m.Proclitics == "ب" || m.Proclitics == "وب" || m.Proclitics == "فب" {
			m.Confirmed = true
		} else if before >= 0 && !toks[before].punct && placePrepositions[toks[before].key] {
			m.Confirmed = true
		}
	}
}

// headsActor reports whether head noun hd may introduce m's actor (any
// candidate's kind, for an ambiguous alias).
func (l *Lexicon) headsActor(hd head, m *Match, a *Actor) bool {
	if !m.Ambiguous {
		return hd.heads(a.Kind)
	}
	for _, id := range m.Candidates {
		if c, ok := l.Actor(id); ok && hd.heads(c.Kind) {
			return true
		}
	}
	return false
}

// taMarbutaAgrees rejects a weak alias ending in ta marbuta (حديثة) where the
// text ends in ha (حديثه "his talk"): folding makes them one, but for a word
// that is also common the spelling is the only evidence left.
func taMarbutaAgrees(rs []rune, last token, ends []ref) bool {
	for _, e := range ends {
		if !e.weak || !e.taMarbuta {
			return true
		}
	}
	i := last.end - 1
	for i > last.start && (unicode.IsMark(rs[i]) || isJoiner(rs[i])) {
		i--
	}
	return rs[i] == 'ة'
}

// functionWords are the words after which an adjectival alias still names
// its actor: prepositions, conjunctions and particles, not nouns.
var functionWords = map[string]bool{
	"في": true, "من": true, "الي": true, "الى": true, "علي": true, "عن": true, "مع": true,
	"بين": true, "ان": true, "او": true, "حتي": true, "داخل": true, "خارج": true, "نحو": true,
	"تجاه": true, "ضد": true, "لدي": true, "عبر": true, "قبل": true, "بعد": true, "منذ": true,
	"مثل": true, "غير": true, "لكن": true, "بل": true, "ثم": true, "كما": true, "حيث": true,
	"امام": true, "حول": true, "دون": true, "لان": true, "اما": true, "هي": true, "هو": true,
}

// qualifiesNoun reports an adjectival alias read as an adjective: the word
// before it is a definite noun (for an alias with the article) or any word
// that is not a function word (for one without), and the alias carries no
// proclitic of its own ("والسعودية" starts a new phrase).
func qualifiesNoun(toks []token, i int, c clitic, ends []ref) bool {
	for _, e := range ends {
		if !e.adjectival {
			return false
		}
	}
	if c.via != "" || i == 0 || toks[i-1].punct {
		return false
	}
	prev := toks[i-1].key
	if functionWords[prev] {
		return false
	}
	if !strings.HasPrefix(c.key, "ال") {
		return true
	}
	var cands [4]clitic // proclitics gives at most four readings: no allocation
	for _, p := range proclitics(prev, cands[:0]) {
		if strings.HasPrefix(p.key, "ال") && !functionWords[p.key] {
			return true
		}
	}
	return false
}

// outletHeads are the nouns that introduce a newspaper, channel, agency or
// site by name.
var outletHeads = map[string]bool{"صحيفه": true, "جريده": true, "قناه": true, "وكاله": true, "موقع": true, "مجله": true}

// preferOutlet reads a name that is also an outlet's ("الشرق الأوسط",
// "الرياض") as the outlet when it is quoted or follows an outlet noun:
// "لـ«الشرق الأوسط»", "جريدة «الرياض»".
func (l *Lexicon) preferOutlet(toks []token, m *Match) {
	a := &l.actors[l.byID[m.Actor]]
	if a.isNewsOutlet() {
		return
	}
	before, after := m.first-1, m.last+1
	quoted := before >= 0 && after < len(toks) && isQuote(toks[before].key) && isQuote(toks[after].key)
	h := before
	if h >= 0 && isQuote(toks[h].key) {
		h--
	}
	headed := false
	if h >= 0 && !toks[h].punct {
		var cands [4]clitic // proclitics gives at most four readings: no allocation
		for _, c := range proclitics(toks[h].key, cands[:0]) {
			headed = headed || outletHeads[c.key]
		}
	}
	if !quoted && !headed {
		return
	}
	i, ok := l.outlets[outletKey(m.Text)]
	if !ok {
		return
	}
	m.Actor = l.actors[i].ID
	m.Candidates = nil
	m.Ambiguous = false
	m.Confirmed = true
}

// namesAPlace reports a person's name right after an eponym noun: "مطار
// الملك سلمان" is an airport, not the king.
func (l *Lexicon) namesAPlace(toks []token, i int, ends []ref) bool {
	for _, e := range ends {
		if l.actors[e.actor].Type != TypePER {
			return false
		}
	}
	if i == 0 || toks[i-1].punct {
		return false
	}
	var cands [4]clitic // proclitics gives at most four readings: no allocation
	for _, c := range proclitics(toks[i-1].key, cands[:0]) {
		if l.eponyms[c.key] {
			return true
		}
	}
	return false
}

// bylineRunes bounds the byline read at the head of an article: the
// reporter, the outlet and the place, "عبدالله البرقاوي- سبق- الرياض:".
const bylineRunes = 80

// inByline reports a name in the first line of the text set off by dashes
// on both sides, or opening the line with a dash after it, where the press
// writes its byline ("عوض الفهمي ـ سبق ـ الليث", "سبق - الرياض:"): an outlet
// named there is the outlet, even when its name is a common word (سبق, الوطن).
func inByline(rs []rune, start, end int) bool {
	if start > bylineRunes {
		return false
	}
	line := strings.TrimLeftFunc(string(rs[:start]), unicode.IsSpace)
	if strings.ContainsRune(line, '\n') {
		return false
	}
	return (line == "" || dashBeside(rs, start, -1)) && dashBeside(rs, end, +1)
}

// dashBeside reports a dash (or a tatweel standing alone as one) between
// position at and the next word in direction dir, spaces aside.
func dashBeside(rs []rune, at, dir int) bool {
	i := at
	if dir < 0 {
		i--
	}
	for i >= 0 && i < len(rs) {
		switch r := rs[i]; {
		case r == '-' || r == '–' || r == '—' || r == 'ـ':
			return true
		case r == ' ' || r == '\t':
			i += dir
		default:
			return false
		}
	}
	return false
}
