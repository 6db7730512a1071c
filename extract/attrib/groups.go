package attrib

import "strings"

// group is one attribution found in a sentence: the cue, the source phrase it
// introduces and the chain that source stands for.
type group struct {
	c              cue
	cueFrom, cueTo int    // the cue's tokens
	start, end     int    // tokens the whole attribution covers (a subject before the verb included)
	chain          []Link // outer → inner; nil for a pronoun subject
	recipients     []Link // outlets the words were told to (في اتصال هاتفي مع موقع الحرة)
	pronoun        bool   // no subject of its own: continues the previous source
	nested         int    // index of the group whose reported content holds this one, -1
	markerEnd      int    // token after the content marker (أن، :، a quote), -1 when none
	indep          bool   // opens a clause of its own (after a comma, و or وكان)
	srcEnd         int    // token after the source phrase(s), before any content marker
}

// post says whether the attribution closes content that precedes it in the clause
// starting at from ("…، بحسب المرصد"): at least three words come before its cue.
func (g group) post(d *docRun, from int) bool {
	if g.c.class == classPrep && d.toks[g.cueFrom].fold != g.c.words[0] {
		return false // "…، وبحسب المعلومات، فإن …": a joined و opens what follows
	}
	n := 0
	for k := from; k < g.start; k++ {
		if d.toks[k].word() {
			n++
		}
	}
	return n >= 3
}

// matchCue returns the longest cue starting at token k and its length in tokens.
func (d *docRun) matchCue(k, b int) (cue, int, bool) {
	t := d.toks[k]
	if !t.word() {
		return cue{}, 0, false
	}
	for _, first := range []string{t.fold, stripOne(t.fold)} {
		for _, c := range d.x.lex.cues[first] {
			if k+len(c.words) > b {
				continue
			}
			ok := true
			for i := 1; i < len(c.words); i++ {
				if !d.toks[k+i].word() || d.toks[k+i].fold != c.words[i] {
					ok = false
					break
				}
			}
			if ok {
				return c, len(c.words), true
			}
		}
		if first == stripOne(t.fold) {
			break
		}
	}
	return cue{}, 0, false
}

// findGroups finds the attributions of sentence tokens [a,b).
func (d *docRun) findGroups(a, b int) []group {
	var gs []group
	for k := a; k < b; k++ {
		c, n, ok := d.matchCue(k, b)
		if !ok {
			continue
		}
		var g group
		var found bool
		switch c.class {
		case classPrep, classIn:
			g, found = d.prepGroup(c, k, n, a, b)
		default:
			g, found = d.verbGroup(c, k, n, a, b, gs)
		}
		if !found {
			continue
		}
		g.nested = -1
		d.nest(&g, gs)
		if g.pronoun && g.nested < 0 && c.class == classPrep {
			// "على حد تعبيره" closing a sentence: it hedges the source already named
			for i := len(gs) - 1; i >= 0; i-- {
				if gs[i].nested < 0 {
					g.nested = i
					break
				}
			}
		}
		gs = append(gs, g)
		k = max(k+n, g.srcEnd) - 1
	}
	return gs
}

// nest links g to the group whose reported content it opens: "أن مصادر قالت" right
// after a marker, or "نقلاً عن" right after another source.
func (d *docRun) nest(g *group, gs []group) {
	for i := len(gs) - 1; i >= 0; i-- {
		o := gs[i]
		if o.nested >= 0 {
			continue
		}
		if o.markerEnd >= 0 && g.start == o.markerEnd {
			g.nested = i
			return
		}
		if g.c.an && g.start-o.srcEnd <= 1 && g.start >= o.srcEnd {
			g.nested = i
			return
		}
		if g.c.class != classPrep && !g.pronoun && !g.indep && o.markerEnd >= 0 && g.start >= o.markerEnd {
			g.nested = i // "أوضح أن الجهات الأمنية رصدت …": a report inside the report
			return
		}
	}
}

// prepGroup reads "بحسب X"، "وفقاً لـ X"، "نقلاً عن X"، "بحسب ما ذكره X"، "جاء في X".
func (d *docRun) prepGroup(c cue, k, n, a, b int) (group, bool) {
	g := group{c: c, cueFrom: k, cueTo: k + n, start: k, markerEnd: -1}
	j := k + n
	lam := false
	if c.lam {
		if j < b && d.toks[j].fold == "ل" {
			j++
		} else {
			lam = true
		}
	}
	if c.an && j < b && d.toks[j].fold == "عن" {
		j++
	}
	last := c.words[len(c.words)-1]
	if j < b && d.toks[j].fold == "ما" {
		j++
		last = "ما"
	}
	if last == "ما" || last == "حسبما" || last == "بحسبما" || last == "وفقما" {
		if j < b && d.toks[j].word() {
			j++ // the verb: ذكره، أفاد، كشف
		}
		if j < b && (d.toks[j].fold == "عنه" || d.toks[j].fold == "عنها" || d.toks[j].fold == "به" || d.toks[j].fold == "بها" || d.toks[j].fold == "فيه") {
			j++
		}
	}
	if c.hedge && (j >= b || !d.toks[j].word() || d.x.isStopWord(d.toks[j].fold)) {
		g.pronoun, g.end, g.srcEnd = true, j, j
		return g, true
	}
	e := d.readPhrase(j, b)
	if e <= j {
		return g, false
	}
	l, ok := d.nameSource(j, e, lam)
	if !ok {
		return g, false
	}
	if l.Kind == KindUnknown {
		return g, false // "حسب الحاجة"، "حسب وضعها الحالي": no head, title or name
	}
	if l.guessed && d.wordsIn(j, e) > 2 {
		if _, ok := d.lookup(l, j, e); !ok {
			return g, false // "حسب احتياج سوق العمل": a long bare phrase is no name
		}
	}
	l.Cue = d.span(k, k+n)
	g.chain = d.resolve(l, j, e)
	g.end, g.srcEnd = e, e
	return g, true
}

func stripLamIf(f string, lam bool) string {
	if lam {
		return stripLam(f)
	}
	return f
}

// verbGroup reads a speech or document verb with its subject after it (قال مصدر …),
// before it (المرصد ذكر …) or implied (وأضاف أن …), and, for نقل, the source after عن.
func (d *docRun) verbGroup(c cue, k, n, a, b int, prev []group) (group, bool) {
	g := group{c: c, cueFrom: k, cueTo: k + n, start: k, nested: -1, markerEnd: -1}
	if k > a && relatives[d.toks[k-1].fold] {
		return g, false // "على عكس ما تدعي الحكومة", "التي أكدت فيها": a relative clause, not a report
	}
	j, recips := d.adjuncts(k+n, b)
	g.recipients = recips
	g.indep = k == d.firstWord(a, b) || d.clauseOpener(k-1) || stripOne(d.toks[k].fold) != d.toks[k].fold
	var src Link
	haveSrc := false
	after := j
	if j < b && d.toks[j].word() && d.x.lex.is("pronoun", d.toks[j].fold) {
		// an honorific pronoun (وقال معاليه): the last person so addressed
		if l, ok := d.honorificAntecedent(d.toks[j].fold, j); ok {
			l.Cue = d.span(k, k+n)
			src, haveSrc = l, true
		}
		after = j + 1
		j = b
	} else if j < b && !d.x.isStopWord(d.toks[j].fold) || j < b && isQuote(d.toks[j].punct) && d.quotedIsName(j, b) {
		if e := d.readPhrase(j, b); e > j {
			if l, ok := d.nameSource(j, e, false); ok {
				src, haveSrc, after = l, true, e
				src.Cue = d.span(k, k+n)
			}
		}
	}
	after, more := d.adjuncts(after, b)
	g.recipients = append(g.recipients, more...)
	var deeper []Link
	if c.class == classRelay && after < b && d.toks[after].fold == "عن" {
		e := d.readPhrase(after+1, b)
		if l, ok := d.nameSource(after+1, e, false); ok && e > after+1 {
			l.Cue = "عن"
			deeper = []Link{d.resolveNested(l, after+1, e)}
			after = e
		}
		for after < b && d.toks[after].word() && (strings.HasPrefix(d.toks[after].fold, "قول") || strings.HasPrefix(d.toks[after].fold, "تاكيد")) {
			after++
		}
	} else if after < b && d.toks[after].fold == "عن" && (haveSrc || k == d.firstWord(a, b)) {
		// كشف X عن وثائق: the documents X revealed speak too
		e := d.readPhrase(after+1, b)
		if e > after+1 && d.x.headKind(stripAl(d.toks[after+1].fold)) == KindDocument || e > after+1 && docModifiers[stripAl(d.toks[after+1].fold)] && e > after+2 && d.x.headKind(d.toks[after+2].fold) == KindDocument {
			if l, ok := d.nameSource(after+1, e, false); ok && l.Kind == KindDocument {
				l.Cue = d.span(k, k+n) + " عن"
				deeper = []Link{l}
			}
		}
	}
	if c.class == classRelay && deeper == nil {
		return g, false // نقل without عن is the noun "transport"
	}
	g.srcEnd = after
	g.markerEnd = d.markerAt(after, b, c)
	g.end = max(after, k+n)
	if g.markerEnd > g.end {
		g.end = g.markerEnd
	}
	unknownAfterSpeaker := haveSrc && src.Kind == KindUnknown && c.cont && d.last != nil && d.atClauseStart(a, k) && len(recips) == 0
	if haveSrc && c.class != classRelay && (!d.validSubject(c, src, g.markerEnd) || unknownAfterSpeaker) {
		// "ويهيب بجميع قائدي المركبات", "أظهرت تراجع الهجمات": what follows the verb
		// was no subject; the subject stands before it or is the previous speaker
		haveSrc, deeper = false, nil
		g.srcEnd = j
		g.markerEnd = d.markerAt(j, b, c)
		g.end = max(j, k+n, g.markerEnd)
	}
	if !haveSrc {
		if s, e, ok := d.preSubject(a, k); ok {
			if l, ok := d.nameSource(s, e, false); ok && l.Kind != KindUnknown {
				l.Cue = d.span(k, k+n)
				src, haveSrc = l, true
				g.start = s
				if d.clauseOpener(s - 1) {
					g.indep = true
					if d.toks[s-1].word() {
						g.start = s - 1
					}
				}
				g.indep = g.indep || s == d.firstWord(a, b)
			}
		}
	}
	if !haveSrc {
		if (c.cont || c.hedge || len(recips) > 0) && d.atClauseStart(a, k) && (g.markerEnd >= 0 || !c.weak) {
			g.pronoun = true
			g.chain = nil
			return g, true
		}
		return g, false
	}
	if !g.indep && g.start > a && (c.weak || g.markerEnd < 0 && c.class != classDoc) && len(prev) > 0 && prev[len(prev)-1].markerEnd >= 0 {
		return g, false // a weak verb inside reported content reports nothing of its own
	}
	if !d.validSubject(c, src, g.markerEnd) || src.guessed && c.weak && g.markerEnd > g.srcEnd+3 && g.start >= k && !speechParticiples[d.toks[g.markerEnd-1].fold] {
		return g, false // a guessed name needs its content marker right after it
	}
	chain := d.resolve(src, g.start, g.end)
	if g.start < k { // the subject stood before the verb
		chain = d.resolve(src, g.start, k)
	}
	g.chain = dedupe(append(append(append([]Link{}, g.recipients...), chain...), deeper...))
	return g, true
}

// validSubject says whether a subject read after a verb makes the verb an attribution.
func (d *docRun) validSubject(c cue, src Link, marker int) bool {
	switch {
	case c.weak && marker < 0, marker < 0 && src.Kind == KindUnknown:
		return false
	case marker < 0 && src.guessed && (c.cont || c.weak || c.hedge || c.class != classSay):
		return false
	case c.class == classDoc && (src.guessed || marker < 0 && (src.Kind == KindPerson || src.Kind == KindUnknown)):
		return false
	}
	return true
}

// honorificAntecedent finds the person an honorific pronoun stands for (معاليه → the
// last "معالي …" phrase before token j).
func (d *docRun) honorificAntecedent(pronoun string, j int) (Link, bool) {
	title := strings.TrimSuffix(pronoun, "ه")
	if strings.HasSuffix(title, "ت") {
		title = strings.TrimSuffix(title, "ت") + "ه"
	}
	for k := j - 1; k >= 0 && k >= j-300; k-- {
		if d.toks[k].fold != title {
			continue
		}
		e := d.readPhrase(k, min(len(d.toks), k+maxSourceWords))
		if l, ok := d.nameSource(k, e, false); ok && l.Kind == KindPerson {
			return l, true
		}
	}
	return Link{}, false
}

// relatives open relative clauses; a verb right after one reports nothing.
var relatives = map[string]bool{"ما": true, "التي": true, "الذي": true, "الذين": true, "اللذين": true, "اللتين": true, "والتي": true, "والذي": true}

// quotedIsName says whether a quotation at j is a short quoted name, not quoted content.
func (d *docRun) quotedIsName(j, b int) bool {
	_, ok := d.quotedName(j, b)
	return ok
}

// adjuncts skips what may stand between a verb, its subject and its content: time
// words, "في تصريح/حديث/اتصال …", "لـ«عكاظ»", "أيضاً". Outlets the words were told to
// come back as recipients.
func (d *docRun) adjuncts(j, b int) (int, []Link) {
	var recips []Link
	for j < b {
		t := d.toks[j]
		switch {
		case t.word() && (d.x.lex.is("time", t.fold) || t.fold == "ايضا" || t.fold == "كذلك" || t.fold == "بدوره" || t.fold == "بدورها"):
			j++
		case t.word() && (t.fold == "في" || t.fold == "خلال") && j+1 < b && d.toks[j+1].word() && d.x.lex.is("venue", d.toks[j+1].fold):
			e := j + 2
			for e < b && e < j+14 {
				u := d.toks[e]
				if u.word() && (u.fold == "ل" || u.fold == "مع") || u.word() && strings.HasPrefix(u.fold, "ل") && d.x.headKind(stripLam(u.fold)) == KindOutlet {
					r, next := d.recipient(e, b)
					recips = append(recips, r...)
					e = next
					break
				}
				if !u.word() || d.x.lex.is("marker", u.fold) || d.x.isVerbCue(u.fold) {
					break
				}
				e++
			}
			j = e
		case t.word() && t.fold == "ل" && j+1 < b:
			r, next := d.recipient(j, b)
			if next == j {
				return j, recips
			}
			recips = append(recips, r...)
			j = next
		default:
			return j, recips
		}
	}
	return j, recips
}

// recipient reads "لـ X" or "مع X" at j: the outlet the words were told to.
func (d *docRun) recipient(j, b int) ([]Link, int) {
	s := j
	lam := false
	if d.toks[j].fold == "ل" || d.toks[j].fold == "مع" {
		s = j + 1
	} else {
		lam = true
	}
	e := d.readPhrase(s, b)
	if e <= s {
		return nil, j
	}
	l, ok := d.nameSource(s, e, lam)
	if !ok || (l.Kind != KindOutlet && l.Kind != KindAgency) {
		return nil, e
	}
	l.Cue = "لـ"
	return []Link{l}, e
}

// markerAt finds the content marker after a verb's subject: أن/إن (also after إلى،
// على، من), a colon, an opening quotation, or عن after كشف/أعلن. It returns the index
// after the marker, or -1.
func (d *docRun) markerAt(j, b int, c cue) int {
	if m := d.markerNear(j, b); m >= 0 {
		return m
	}
	// "في المطار «إنها …»", "للصحافيين إن": a short phrase before the marker
	for i := j; i < b && i < j+6; i++ {
		t := d.toks[i]
		if !t.word() {
			if t.punct == ':' || opensQuote(t.punct) {
				return i + 1
			}
			if !isComma(t.punct) {
				break
			}
			continue
		}
		if d.x.lex.is("marker", t.fold) || t.fold == "الي" && i > j {
			return i + 1
		}
		if d.x.isVerbCue(t.fold) {
			break
		}
	}
	// "استنكر … واصفاً", "طالب … مطالباً": a speech participle later in the sentence
	for i := j; i < b; i++ {
		if t := d.toks[i]; t.word() && speechParticiples[t.fold] {
			return i + 1
		}
	}
	return -1
}

// speechParticiples continue a report ("…، مؤكدة دعمها"): their presence makes a weak
// verb's subject a source.
var speechParticiples = map[string]bool{
	"مؤكدا": true, "مؤكده": true, "مشيرا": true, "مشيره": true, "موضحا": true, "موضحه": true,
	"مضيفا": true, "مضيفه": true, "واصفا": true, "واصفه": true, "معتبرا": true, "معتبره": true,
	"مطالبا": true, "مطالبه": true, "لافتا": true, "لافته": true, "منوها": true, "منوهه": true,
	"قائلا": true, "قائله": true, "داعيا": true, "داعيه": true,
}

// markerNear finds a marker right after a subject (commas skipped).
func (d *docRun) markerNear(j, b int) int {
	for i := j; i < b && i < j+4; i++ {
		t := d.toks[i]
		if !t.word() {
			switch {
			case t.punct == ':' || opensQuote(t.punct):
				return i + 1
			case isComma(t.punct):
				continue
			}
			return -1
		}
		f := t.fold
		switch {
		case d.x.lex.is("marker", f):
			return i + 1
		case f == "الي" || f == "علي" || f == "من" || f == "عن" || f == "ب":
			if i+1 < b && d.toks[i+1].word() && d.x.lex.is("marker", d.toks[i+1].fold) {
				return i + 2
			}
			if f == "عن" || f == "علي" || f == "الي" {
				return i + 1 // كشف عن، أعلن عن، أكد على، دعا إلى
			}
			return -1
		case strings.HasPrefix(f, "ب") && i == j:
			return i // أفاد بوقوع
		default:
			return -1
		}
	}
	return -1
}

// preSubject finds a subject standing before the verb at k: from the clause start, or
// from a content marker that opens it ("أن منشقين عن داعش كشفوا"), up to the verb.
func (d *docRun) preSubject(a, k int) (int, int, bool) {
	e := k
	if e > a && stripOne(d.toks[e-1].fold) == "قد" {
		e-- // "وكان المحللون قد توقعوا"
	}
	if e > a && isComma(d.toks[e-1].punct) {
		e--
	}
	s := e
	words := 0
	for s > a {
		t := d.toks[s-1]
		if t.word() {
			f := t.fold
			if d.x.lex.is("marker", f) || d.x.isVerbCue(f) || d.x.lex.is("time", f) {
				break
			}
			if looksFutureVerb(f) {
				return 0, 0, false
			}
			if d.x.lex.is("stop", f) && !prepInPhrase[f] {
				break
			}
			if st, ok := stripClitic(f); ok && d.x.lex.is("stop", st) && !prepInPhrase[st] {
				break
			}
			words++
		} else if !isComma(t.punct) && !isQuote(t.punct) {
			break
		}
		s--
		if words > maxSourceWords {
			return 0, 0, false
		}
	}
	for s < e && !d.toks[s].word() {
		s++
	}
	if words == 0 || s >= e || prepInPhrase[d.toks[s].fold] {
		return 0, 0, false
	}
	return s, e, true
}

// clauseOpener says whether the token before a subject opens a new clause (وكان،
// فيما، بينما، لكن، إذ), so that the report it starts stands on its own.
func (d *docRun) clauseOpener(k int) bool {
	if k < 0 {
		return false
	}
	t := d.toks[k]
	if !t.word() {
		return isComma(t.punct)
	}
	return openers[t.fold] || openers[stripOne(t.fold)]
}

var openers = map[string]bool{"كان": true, "كانت": true, "فيما": true, "بينما": true, "لكن": true, "اذ": true, "حيث": true, "غير": true, "كما": true}

// looksFutureVerb says whether a folded word is a future-tense verb (سينشر، ستقوم),
// which no subject phrase holds.
func looksFutureVerb(f string) bool {
	return len([]rune(f)) >= 5 && (strings.HasPrefix(f, "سي") || strings.HasPrefix(f, "ست") || strings.HasPrefix(f, "سن"))
}

// prepInPhrase are prepositions a subject before its verb may hold (منشقين عن داعش).
var prepInPhrase = map[string]bool{"عن": true, "من": true, "في": true, "علي": true, "الي": true, "مع": true, "لدي": true}

// atClauseStart says whether the verb at k opens its sentence, allowing a short
// opener before it ("من جهته،"، "في غضون ذلك،").
func (d *docRun) atClauseStart(a, k int) bool {
	first := d.firstWord(a, k+1)
	if first == k {
		return true
	}
	return k-1 > a && isComma(d.toks[k-1].punct) && k-a <= 5
}
