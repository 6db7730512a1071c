package attrib

import (
	"strings"
)

// phraseText is the display text of tokens [s,e): words joined by single spaces,
// quotation marks and commas dropped. lam drops a لـ joined to the first word.
func (d *docRun) phraseText(s, e int, lam bool) string {
	var b strings.Builder
	for k := s; k < e; k++ {
		t := d.toks[k]
		if !t.word() {
			continue
		}
		w := string(d.runes[t.start:t.end])
		if k == s && lam {
			w = dropLam(w)
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// dropLam removes a joined لـ from a display word (للمرصد → المرصد, لوكالة → وكالة).
func dropLam(w string) string {
	r := []rune(w)
	switch {
	case len(r) > 3 && r[0] == 'ل' && r[1] == 'ل':
		return "ال" + string(r[2:])
	case len(r) > 2 && r[0] == 'ل':
		return string(r[1:])
	}
	return w
}

// wordIdx lists the word tokens of [s,e).
func (d *docRun) wordIdx(s, e int) []int {
	var out []int
	for k := s; k < e; k++ {
		if d.toks[k].word() {
			out = append(out, k)
		}
	}
	return out
}

// nameSource names and kinds the source phrase [s,e). lam says the first word carries
// a joined لـ that belongs to the cue. ok is false when the phrase is no source at all.
func (d *docRun) nameSource(s, e int, lam bool) (Link, bool) {
	ws := d.wordIdx(s, e)
	if len(ws) == 0 {
		return Link{}, false
	}
	x := d.x
	fold := func(i int) string {
		f := d.toks[ws[i]].fold
		if i == 0 && lam {
			f = stripLam(f)
		}
		return f
	}
	start, end := d.toks[ws[0]].start, d.toks[ws[len(ws)-1]].end
	text := d.phraseText(s, e, lam)
	link := Link{Name: text, Kind: KindUnknown, Start: start, End: end}

	if m, ok := d.mentionIn(start, end); ok {
		return d.fromMention(link, m, s, e, lam), true
	}
	for i := 1; i+1 < len(ws); i++ {
		if f := fold(i); (f == "التابع" || f == "التابعه") && strings.HasPrefix(fold(i+1), "ل") {
			// "المكتب الإعلامي التابع لوزارة الخارجية": the body it belongs to
			if l, ok := d.nameSource(ws[i+1], e, true); ok && l.Kind != KindUnknown && !l.guessed {
				return l, true
			}
		}
	}
	if ks, ok := d.knownPrefix(ws, fold); ok {
		link.Name, link.Kind = ks.canonical, ks.kind
		return link, true
	}
	h := 0
	for h < len(ws)-1 && (docModifiers[stripAl(fold(h))] || determiners[fold(h)]) {
		h++
	}
	head := fold(h)
	if x.lex.is("nonsource", head) || x.lex.is("nonsource", stripAl(head)) {
		return Link{}, false
	}
	if i := d.titleAfterName(ws, fold); i > 0 {
		return d.personNameFirst(link, ws, fold, i), true
	}
	if x.lex.honorific[head] || x.lex.roleTitle[head] && (hasAl(head) || x.headKind(head) == "") {
		return d.person(link, ws, fold), true
	}
	switch kind := x.headKind(head); kind {
	case KindDocument:
		if owner, ok := d.documentOwner(ws, h, e); ok {
			owner.Cue = strings.TrimSpace(d.phraseText(ws[h], ws[h]+1, lam && h == 0))
			return owner, true
		}
		link.Kind = KindDocument
		return link, true
	case KindAgency:
		link.Kind = KindOrganization
		if len(ws) > h+1 && strings.Contains(fold(h+1), "انباء") {
			link.Kind = KindAgency
		}
		return link, true
	case "":
	default:
		if kind == KindAnonymous && hasAl(head) && len(ws) == 1 {
			link.Kind = KindAnonymous // المصدر: resolved against earlier sources by the caller
		}
		link.Kind = kind
		return link, true
	}
	if x.lex.is("place", head) || (len(ws) > 1 && x.lex.is("place", head+" "+fold(1))) {
		link.Kind = KindGovernment
		return link, true
	}
	if prepInPhrase[head] || d.x.lex.is("stop", head) {
		return Link{}, false // "كلا من موسكو": a determiner before a preposition
	}
	if !hasAl(head) && d.nameStart(head) && len(ws) <= 4 && !pronounEnding(fold(len(ws)-1)) || hasAl(head) && len(ws) == 1 && !x.lex.is("role", head) && !isDigits(head) {
		link.Kind = KindPerson // a bare proper name: عبدالرحمن، حبيب، الجاسر
		link.guessed = true
		return link, true
	}
	return link, true
}

// pronounEnding says whether a folded word ends in a possessive pronoun (وضعها،
// حديثهم): no bare name does.
func pronounEnding(f string) bool {
	return len([]rune(f)) > 3 && (strings.HasSuffix(f, "ها") || strings.HasSuffix(f, "هم") || strings.HasSuffix(f, "هما"))
}

// titleAfterName finds a definite title that follows a short name at the head of the
// phrase ("أمي بارتليت المتحدثة باسم المتنزه", "مساعد غالي المتحدث الرسمي …") and
// returns its position, or 0.
func (d *docRun) titleAfterName(ws []int, fold func(int) string) int {
	lx := d.x.lex
	first := fold(0)
	if len(ws) < 2 || !(d.nameStart(first) || d.nameStart(stripOne(first)) || lx.roleTitle[first] && !hasAl(first)) {
		return 0 // a first name may begin with و (وائل، واين) where a phrase never does
	}
	for i := 1; i < len(ws) && i <= 4; i++ {
		f := fold(i)
		if lx.roleTitle[f] && (hasAl(f) || i >= 2) || lx.honorific[f] && i >= 2 {
			if i == 1 && lx.roleTitle[first] {
				return 0
			}
			return i
		}
		familyName := hasAl(f) && !lx.is("role", f) && d.x.headKind(f) == "" && !lx.is("place", f)
		if !(d.nameStart(f) || familyName) || d.commaBetween(ws[i-1], ws[i]) {
			return 0
		}
	}
	return 0
}

// personNameFirst names a person from "NAME TITLE …": the name is ws[:i].
func (d *docRun) personNameFirst(link Link, ws []int, fold func(int) string, i int) Link {
	link.Kind = KindPerson
	link.Role = d.phraseText(ws[i], ws[len(ws)-1]+1, false)
	link.Org = d.orgIn(ws, fold, i, len(ws)-1)
	link.Name = d.phraseText(ws[0], ws[i-1]+1, fold(0) != d.toks[ws[0]].fold)
	if link.Org != "" {
		link.Name += " (" + link.Org + ")"
	}
	return link
}

// orgIn finds the body named inside a role (words from..to): from its first head noun
// of an organisation, government, agency or outlet to the end of the role.
func (d *docRun) orgIn(ws []int, fold func(int) string, from, to int) string {
	for i := from; i <= to; i++ {
		if k := d.x.headKind(fold(i)); k == KindOrganization || k == KindGovernment || k == KindAgency || k == KindOutlet {
			last := i
			for last < to && !d.commaBetween(ws[last], ws[last+1]) {
				last++
			}
			return stripBaText(d.phraseText(ws[i], ws[last]+1, strings.HasPrefix(d.toks[ws[i]].fold, "ل")))
		}
	}
	return ""
}

// knownPrefix looks the longest leading run of the phrase up in the resolver and the
// fallback list, also without a leading head noun (موقع الحرة, وكالة سبوتنيك).
func (d *docRun) knownPrefix(ws []int, fold func(int) string) (knownSource, bool) {
	x := d.x
	for from := 0; from < len(ws) && from < 2; from++ {
		for n := min(len(ws)-from, x.lex.maxSource); n >= 1; n-- {
			parts := make([]string, n)
			for i := range n {
				parts[i] = fold(from + i)
			}
			key := strings.Join(parts, " ")
			if x.outlets != nil {
				if canon, ok := x.outlets.Outlet(d.phraseText(ws[from], ws[from+n-1]+1, from == 0 && d.lamFirst(ws, fold))); ok {
					kind := KindOutlet
					if ks, ok := x.lex.known(strings.Join(strings.Fields(foldString(canon)), " ")); ok {
						kind = ks.kind
					} else if x.headKind(fold(0)) == KindAgency {
						kind = KindAgency
					}
					return knownSource{canonical: canon, kind: kind}, true
				}
			}
			if ks, ok := x.lex.known(key); ok {
				return ks, true
			}
		}
		if x.headKind(fold(0)) == "" {
			break // only a head noun may be skipped
		}
	}
	return knownSource{}, false
}

// lamFirst says whether fold(0) differs from the token's own fold (a stripped لـ).
func (d *docRun) lamFirst(ws []int, fold func(int) string) bool {
	return fold(0) != d.toks[ws[0]].fold
}

// documentOwner finds the body a document belongs to: تقرير للمرصد، تحقيق المرصد،
// إحصائية أجرتها مجلة …، مذكرة بحثية لبنك الاستثمار.
func (d *docRun) documentOwner(ws []int, h, e int) (Link, bool) {
	for i := h + 1; i < len(ws); i++ {
		f := d.toks[ws[i]].fold
		switch {
		case ownerVerbs[f]:
			if i+1 < len(ws) {
				return d.nameSource(ws[i+1], e, false)
			}
			return Link{}, false
		case strings.HasPrefix(f, "ل") && f != "ل":
			l, ok := d.nameSource(ws[i], e, true)
			if ok && l.Kind != KindUnknown && l.Kind != KindDocument && (!l.guessed || speechNouns[stripAl(stripLam(d.toks[ws[h]].fold))]) {
				return l, true
			}
			return Link{}, false
		case i == h+1:
			l, ok := d.nameSource(ws[i], e, false)
			if ok && l.Kind != KindUnknown && l.Kind != KindDocument && (l.Kind != KindPerson || speechNouns[stripAl(stripLam(d.toks[ws[h]].fold))]) {
				return l, true
			}
		}
	}
	return Link{}, false
}

// person splits a title phrase into the person's name, role and the body they speak
// for: "مدير المرصد السوري لحقوق الإنسان، رامي عبد الرحمن" → رامي عبد الرحمن with Org
// المرصد السوري لحقوق الإنسان; "وزير الدفاع الباكستاني خواجه آصف" → خواجه آصف.
func (d *docRun) person(link Link, ws []int, fold func(int) string) Link {
	x := d.x
	link.Kind = KindPerson
	nameFrom, nameTo := -1, -1
	// A comma splits a role from a name (either order).
	segs := d.commaSegments(ws)
	for _, sg := range segs {
		f0 := fold(sg[0])
		if x.lex.honorific[f0] {
			i := sg[0]
			for i <= sg[1] && x.lex.honorific[fold(i)] {
				i++
			}
			if i <= sg[1] {
				nameFrom, nameTo = i, sg[1]
				break
			}
			continue
		}
		if x.lex.roleTitle[f0] {
			{
				// the name is the run of name words closing the segment (رأفت الصباغ)
				i := sg[1]
				for i > sg[0] && (d.nameStart(fold(i)) || hasAl(fold(i)) && i-1 > sg[0] && d.nameStart(fold(i-1)) && !d.x.lex.is("role", fold(i))) {
					i--
				}
				if i < sg[1] {
					nameFrom, nameTo = i+1, sg[1]
				}
			}
			if nameFrom >= 0 {
				break
			}
			continue
		}
		if len(segs) > 1 && d.nameStart(f0) {
			nameFrom, nameTo = sg[0], sg[1]
			break
		}
	}
	role := []int{}
	for i := range ws {
		if (nameFrom < 0 || i < nameFrom || i > nameTo) && !x.lex.honorific[fold(i)] {
			role = append(role, i)
		}
	}
	if len(role) > 0 {
		link.Role = d.phraseText(ws[role[0]], ws[role[len(role)-1]]+1, false)
		for ri, i := range role {
			f := fold(i)
			if k := x.headKind(f); k == KindOrganization || k == KindGovernment || k == KindAgency || k == KindOutlet {
				last := role[len(role)-1]
				// the body runs to the end of the role's own segment
				for _, r := range role[ri:] {
					if nameFrom >= 0 && r >= nameFrom {
						break
					}
					last = r
					if r+1 < len(ws) && d.commaBetween(ws[r], ws[r+1]) {
						break
					}
				}
				link.Org = stripBaText(d.phraseText(ws[i], ws[last]+1, strings.HasPrefix(d.toks[ws[i]].fold, "ل")))
				break
			}
		}
	}
	if nameFrom >= 0 {
		link.Name = d.phraseText(ws[nameFrom], ws[nameTo]+1, false)
		if link.Org != "" {
			link.Name += " (" + link.Org + ")"
		}
	}
	return link
}

// stripBaText drops a بـ joined to the first word of a body's name (بشرطة → شرطة).
func stripBaText(s string) string {
	r := []rune(s)
	if len(r) > 4 && r[0] == 'ب' && (r[1] == 'ا' && r[2] == 'ل' || strings.ContainsRune("هشومد", r[1])) {
		return string(r[1:])
	}
	return s
}

// nameStart says whether a folded word can begin a person's name inside a title phrase.
func (d *docRun) nameStart(f string) bool {
	lx := d.x.lex
	if hasAl(f) || lx.is("role", f) || lx.roleTitle[f] || lx.honorific[f] || d.x.headKind(f) != "" || lx.is("stop", f) || lx.is("place", f) {
		return false
	}
	if strings.HasPrefix(f, "ل") || strings.HasPrefix(f, "و") && len(f) > 6 || f == "في" {
		return false
	}
	return !isDigits(f)
}

func isDigits(f string) bool {
	for _, r := range f {
		if r < '0' || r > '9' {
			return false
		}
	}
	return f != ""
}

// commaSegments splits word positions 0..len(ws)-1 at commas into [first,last] pairs.
func (d *docRun) commaSegments(ws []int) [][2]int {
	var out [][2]int
	from := 0
	for i := 1; i < len(ws); i++ {
		if d.commaBetween(ws[i-1], ws[i]) {
			out = append(out, [2]int{from, i - 1})
			from = i
		}
	}
	return append(out, [2]int{from, len(ws) - 1})
}

func (d *docRun) commaBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if isComma(d.toks[k].punct) {
			return true
		}
	}
	return false
}

// mentionIn finds an entity mention inside [start,end), preferring persons.
func (d *docRun) mentionIn(start, end int) (SourceMention, bool) {
	var best SourceMention
	found := false
	for _, m := range d.in.Mentions {
		if m.Start >= start && m.End <= end && m.End > m.Start {
			if !found || (m.Type == "PER" && best.Type != "PER") {
				best, found = m, true
			}
		}
	}
	return best, found
}

// fromMention names a source from the entity stage's mention inside it.
func (d *docRun) fromMention(link Link, m SourceMention, s, e int, lam bool) Link {
	link.EntityID = m.EntityID
	switch {
	case m.Kind != "":
		link.Kind = m.Kind
	case m.Type == "PER":
		link.Kind = KindPerson
	case m.Type == "LOC":
		link.Kind = KindGovernment
	case m.Type == "ORG":
		link.Kind = KindOrganization
	}
	if link.Kind == KindPerson {
		ws := d.wordIdx(s, e)
		p := d.person(link, ws, func(i int) string {
			if i == 0 && lam {
				return stripLam(d.toks[ws[0]].fold)
			}
			return d.toks[ws[i]].fold
		})
		p.Kind, p.EntityID = KindPerson, m.EntityID
		p.Name = m.Text
		if p.Org != "" {
			p.Name += " (" + p.Org + ")"
		}
		return p
	}
	link.Name = m.Text
	return link
}
