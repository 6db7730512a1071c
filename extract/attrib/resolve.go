package attrib

import (
	"sort"
	"strings"
)

// historyDepth bounds how far back a re-mention looks for the source it names.
const historyDepth = 40

// resolve turns a source phrase that re-mentions an earlier source (المصدر، عبدالرحمن،
// مدير المرصد السوري، التقرير) into the chain that source had: a re-mentioned source
// keeps the links it came through ([سبوتنيك, مصدر مطلع] for "وأشار المصدر").
// Anything else is a chain of its own.
func (d *docRun) resolve(l Link, s, e int) []Link {
	if chain, ok := d.lookup(l, s, e); ok {
		return chain
	}
	return []Link{l}
}

// resolveNested resolves a source that sits inside another's chain: only the link.
func (d *docRun) resolveNested(l Link, s, e int) Link {
	if chain, ok := d.lookup(l, s, e); ok {
		return chain[len(chain)-1]
	}
	return l
}

func (d *docRun) lookup(l Link, s, e int) ([]Link, bool) {
	if l.Start >= 0 && l.End > l.Start {
		s, e = d.tokenRange(l.Start, l.End)
	}
	ws := d.wordIdx(s, e)
	if len(ws) == 0 || len(ws) > 8 {
		return nil, false
	}
	first := stripLam(d.toks[ws[0]].fold)
	bare := hasAl(first) && len(ws) <= 2
	personish := l.Kind == KindPerson && (l.Org == "" || !strings.Contains(l.Name, "("))
	if !bare && !(personish && (len(ws) <= 5 || !strings.Contains(l.Name, " ("))) && !(len(ws) <= 3 && (l.Kind == KindOrganization || l.Kind == KindGovernment || l.Kind == KindAnonymous)) {
		return nil, false
	}
	key := d.mentionKey(ws, l.Kind)
	if len(key) == 0 {
		return nil, false
	}
	for h := len(d.history) - 1; h >= 0 && h >= len(d.history)-historyDepth; h-- {
		chain := d.history[h]
		for i := len(chain) - 1; i >= 0; i-- {
			c := chain[i]
			if !kindsMeet(l.Kind, c) {
				continue
			}
			if !containsAll(squash(c.Name)+"|"+squash(c.Role)+"|"+squash(c.Org)+"|"+squash(c.Cue), key) {
				continue
			}
			out := append([]Link{}, chain[:i+1]...)
			last := out[i]
			if c.Kind == KindPerson && c.Org != "" && l.Kind != KindPerson && containsAll(squash(c.Org), key) {
				// "وفق المرصد" after the Observatory's director: the body, not the person
				last = Link{Name: c.Org, Kind: KindOrganization, Start: l.Start, End: l.End, Cue: l.Cue}
				if k := d.x.headKind(strings.Fields(foldString(c.Org))[0]); k == KindGovernment {
					last.Kind = KindGovernment
				}
			} else {
				last.Start, last.End, last.Cue = l.Start, l.End, l.Cue
			}
			out[i] = last
			return out, true
		}
	}
	if bare && l.Kind == KindDocument && statementNouns[stripAl(first)] && d.last != nil && d.lastSent >= d.curSent-1 {
		// "وأضاف البيان": the statement of the source just quoted
		return append([]Link{}, d.last...), true
	}
	if bare && (l.Kind == KindOrganization || l.Kind == KindGovernment) {
		if a, ok := d.antecedent(first, ws[0]); ok {
			a.Cue, a.Start, a.End = l.Cue, l.Start, l.End
			return []Link{a}, true
		}
	}
	return nil, false
}

// statementNouns are documents a speaker issues: "وأضاف البيان" continues the speaker.
var statementNouns = map[string]bool{"بيان": true, "تصريح": true, "تصريحات": true, "رساله": true, "كلمه": true, "اعلان": true}

// tokenRange is the tokens [s,e) covering code points [start,end).
func (d *docRun) tokenRange(start, end int) (int, int) {
	s := sort.Search(len(d.toks), func(k int) bool { return d.toks[k].end > start })
	e := s
	for e < len(d.toks) && d.toks[e].start < end {
		e++
	}
	return s, e
}

// squash folds a name and removes its spaces and quotation marks.
func squash(s string) string {
	return strings.ReplaceAll(foldString(stripQuotes(s)), " ", "")
}

// containsAll says whether every part of a mention key occurs in s.
func containsAll(s string, parts []string) bool {
	for _, p := range parts {
		if !strings.Contains(s, p) {
			return false
		}
	}
	return true
}

// mentionKey is what a re-mention is looked up by: its words without honorifics and
// articles, a plural ending dropped from the last (المنشقون → منشق); words shorter
// than three letters are left out.
func (d *docRun) mentionKey(ws []int, kind string) []string {
	var parts []string
	for i, k := range ws {
		f := d.toks[k].fold
		if i == 0 {
			f = stripLam(f)
		}
		if d.x.lex.honorific[f] {
			continue
		}
		parts = append(parts, stripAl(f))
	}
	if len(parts) == 0 {
		return nil
	}
	if kind != KindPerson && len(parts) > 1 && d.x.headKind(parts[0]) != "" && d.x.headKind(parts[0]) != KindAgency {
		parts = parts[:1] // المصدر الأمني → مصدر
	}
	last := parts[len(parts)-1]
	for _, suf := range []string{"ون", "ين", "ات"} {
		if strings.HasSuffix(last, suf) && len([]rune(last)) > 4 {
			parts[len(parts)-1] = strings.TrimSuffix(last, suf)
			break
		}
	}
	out := parts[:0]
	for _, p := range parts {
		if len([]rune(p)) >= 3 {
			out = append(out, p)
		}
	}
	return out
}

// kindsMeet says whether a phrase of kind k may re-mention the earlier link c.
func kindsMeet(k string, c Link) bool {
	switch k {
	case KindPerson:
		return c.Kind == KindPerson || c.Kind == KindUnknown
	case KindAnonymous:
		return c.Kind == KindAnonymous
	case KindDocument:
		return true // التقرير may be the report of a body: its link carries the cue تقرير
	}
	return c.Kind != KindAnonymous && c.Kind != KindDocument
}

func pronounSuffixed(f string) bool {
	return len([]rune(f)) > 3 && (strings.HasSuffix(f, "ه") || strings.HasSuffix(f, "ها") || strings.HasSuffix(f, "هم"))
}

// antecedent finds the phrase a bare definite head re-mentions (الوزارة → وزارة الصحة)
// earlier in the text, as an indefinite head followed by its name.
func (d *docRun) antecedent(first string, before int) (Link, bool) {
	head := stripAl(first)
	for k := before - 1; k >= 0 && k >= before-400; k-- {
		t := d.toks[k]
		if !t.word() || hasAl(t.fold) || stripOne(t.fold) != head && t.fold != head {
			continue
		}
		e := d.readPhrase(k, min(len(d.toks), k+8))
		if e <= k+1 {
			continue
		}
		if next := d.toks[k+1]; next.word() && pronounSuffixed(next.fold) {
			continue // "إعادة تنظيم صفوفه": a verbal noun, not a name
		}
		l, ok := d.nameSource(k, e, false)
		if ok && l.Kind != KindUnknown {
			return l, true
		}
	}
	return Link{}, false
}
