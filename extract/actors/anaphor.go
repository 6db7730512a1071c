package actors

import "strings"

// anaphorWindow is how far back, in code points, a definite head noun looks
// for the actor it refers to. Past it, "التنظيم" is as likely to be the
// common noun as a reference.
const anaphorWindow = 3000

// resolveAnaphora links definite head nouns standing alone ("التنظيم",
// "المرصد", "للتنظيم", "والمخيم") to the most recent compatible actor before
// them (heads.txt says which kinds each head may refer to).
func (l *linker) resolveAnaphora() {
	covered := make([]bool, len(l.toks))
	for _, it := range l.items {
		for t := it.first; t <= it.last && t < len(covered); t++ {
			covered[t] = true
		}
	}
	var cands [4]clitic // proclitics gives at most four readings: no allocation
	var added []item
	for t, tok := range l.toks {
		if covered[t] || tok.punct {
			continue
		}
		for _, c := range proclitics(tok.key, cands[:0]) {
			hk, ok := strings.CutPrefix(c.key, "ال")
			if !ok {
				continue
			}
			hd, ok := l.lex.heads[hk]
			if !ok || hd.anaphor == anaphorNo {
				continue
			}
			start := skipLetters(l.rs, tok.start, c.letters)
			e := l.antecedent(hd, c.key, start)
			if e == nil {
				break
			}
			it := item{start: start, end: tok.end, first: t, last: t, typ: e.Type, actor: e.actor, source: SourceAnaphor}
			text := string(l.rs[it.start:it.end])
			e.Mentions = append(e.Mentions, EntityMention{Start: it.start, End: it.end, Text: text, Source: SourceAnaphor})
			if !containsString(e.Aliases, text) {
				e.Aliases = append(e.Aliases, text)
			}
			it.entity = l.byKey[e.ID]
			added = append(added, it)
			break
		}
	}
	l.items = append(l.items, added...)
}

// antecedent is the entity that head hd refers back to from pos: among the
// entities mentioned within the window before pos, the most recent one the
// document has already named with the head word ("تنظيم داعش" for a later
// "التنظيم"); failing that, for anaphor "kind", the most recent one of a
// kind the head may refer to. Naming beats recency: in "… قوات سوريا
// الديمقراطية من أن التنظيم يحاول" the organisation is the one called
// تنظيم before, not the armed group named last.
func (l *linker) antecedent(hd head, defKey string, pos int) *docEntity {
	var named, kinded *docEntity
	namedEnd, kindedEnd := -1, -1
	for _, e := range l.ents {
		end := -1
		for _, m := range e.Mentions {
			if m.End <= pos && m.End > end && m.Source != SourceAnaphor {
				end = m.End
			}
		}
		if end < 0 || pos-end > anaphorWindow {
			continue
		}
		if (containsString(e.surfaces, defKey) || containsString(e.surfaces, hd.key)) && end > namedEnd {
			named, namedEnd = e, end
		}
		if hd.anaphor == anaphorKind && e.Kind != "" && hd.heads(e.Kind) && end > kindedEnd {
			kinded, kindedEnd = e, end
		}
	}
	if named != nil {
		return named
	}
	return kinded
}
