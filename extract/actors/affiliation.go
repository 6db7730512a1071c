package actors

// affiliationReach is how many words may separate an office word from the
// organisation it names, and the organisation from the person: "رئيس ما يعرف
// بفرع الأمن العسكري في دير الزور العميد أحمد …".
const affiliationReach = 4

// affiliate links people named with an office to the organisation of the
// office: "مدير المرصد السوري …، رامي عبد الرحمن" and "رامي عبد الرحمن، مدير
// المرصد". The person's entity takes the organisation's id as affiliation
// unless the lexicon already gives it one.
func (l *linker) affiliate() {
	itemAt := map[int]int{} // token → item index, for items other than anaphora
	for i, it := range l.items {
		if it.source == SourceAnaphor {
			continue
		}
		for t := it.first; t <= it.last; t++ {
			itemAt[t] = i
		}
	}
	for _, it := range l.items {
		if it.typ != TypePER || it.source == SourceAnaphor {
			continue
		}
		e := l.ents[it.entity]
		if e.Affiliation != "" {
			continue
		}
		if org := l.officeBefore(it, itemAt); org != "" {
			e.Affiliation = org
		} else if org := l.officeAfter(it, itemAt); org != "" {
			e.Affiliation = org
		}
	}
}

// officeBefore reads "office ORG [في PLACE] [، :] [title] PERSON".
func (l *linker) officeBefore(it item, itemAt map[int]int) string {
	t := it.first - 1
	for steps := 0; t >= 0 && steps < affiliationReach; steps++ {
		tok := l.toks[t]
		if j, ok := itemAt[t]; ok {
			other := l.items[j]
			if other.typ == TypeORG {
				if l.officeWithin(other.first-1, affiliationReach) {
					return l.ents[other.entity].ID
				}
				return ""
			}
			if other.typ != TypeLOC {
				return ""
			}
			t = other.first - 1
			continue
		}
		if !(tok.punct && (tok.key == "،" || tok.key == "," || tok.key == ":")) && tok.key != "في" && l.titleAt(t, t) == 0 {
			return ""
		}
		t--
	}
	return ""
}

// officeAfter reads "PERSON ، office ORG".
func (l *linker) officeAfter(it item, itemAt map[int]int) string {
	t := it.last + 1
	if t < len(l.toks) && (l.toks[t].key == "،" || l.toks[t].key == ",") {
		t++
	}
	if t >= len(l.toks) {
		return ""
	}
	n, role := l.titleRoleAt(t, t+2)
	if n == 0 || role != roleOffice {
		return ""
	}
	for k := t + n; k < len(l.toks) && k <= t+n+affiliationReach-2; k++ {
		if j, ok := itemAt[k]; ok {
			if l.items[j].typ == TypeORG {
				return l.ents[l.items[j].entity].ID
			}
			return ""
		}
	}
	return ""
}

// officeWithin reports an office word among the reach words ending at t.
func (l *linker) officeWithin(t, reach int) bool {
	for k := t; k >= 0 && k > t-reach; k-- {
		if n, role := l.titleRoleAt(k, t); n > 0 && role == roleOffice {
			return true
		}
	}
	return false
}
