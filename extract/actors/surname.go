package actors

import "strings"

// surnameEchoes adds the later bare mentions of a person's family name that
// the tagger left unmarked: after "محمد الحضيف", "ضد الحضيف" and "وأضاف
// الجاسر" are the same person, and linking makes one entity of them. Only a
// family name with the article is read (الحضيف, not سعيد, which is also an
// adjective), one that no other person of the document shares, that is not
// a common noun (data/ner/common.txt), and that does not stand after a
// definite word, where it would be an adjective ("الحرم الشريف").
func (l *linker) surnameEchoes(items []item) []item {
	type surname struct {
		end   int // code point where the full name ends: echoes come after
		owner int // index of the person's first full mention
	}
	names := map[string]surname{}
	shared := map[string]bool{}
	for i, it := range items {
		if it.typ != TypePER || len(it.nameKeys) < 2 {
			continue
		}
		s := it.nameKeys[len(it.nameKeys)-1]
		if !strings.HasPrefix(s, "ال") || runeLen(s) < 5 || l.lex.common[s] || l.lex.titles[s] != "" || l.lex.lookupPhrase([]string{s}) != nil {
			continue
		}
		if prev, ok := names[s]; ok {
			if !samePersonKeys(items[prev.owner].nameKeys, it.nameKeys) {
				shared[s] = true
			}
			continue
		}
		names[s] = surname{end: it.end, owner: i}
	}
	if len(names) == 0 {
		return items
	}
	cover := l.coverage(items)
	var cands [4]clitic
	for t, tok := range l.toks {
		if cover[t] >= 0 || tok.punct {
			continue
		}
		for _, c := range proclitics(tok.key, cands[:0]) {
			n, ok := names[c.key]
			if !ok || shared[c.key] || tok.start < n.end {
				continue
			}
			title := ""
			if t > 0 && !l.toks[t-1].punct && l.definiteAt(t-1) {
				if l.titleAt(t-1, t-1) == 0 || stateTitles[l.toks[t-1].key] {
					break
				}
				title = string(l.rs[l.toks[t-1].start:l.toks[t-1].end]) // "الدكتور النفيعي"
			}
			it := item{start: skipLetters(l.rs, tok.start, c.letters), end: tok.end, first: t, last: t,
				typ: TypePER, actor: -1, source: SourceNER, nameKeys: []string{c.key}, title: title}
			items = append(items, it)
			break
		}
	}
	return items
}

// stateTitles take a state's adjective, which may be a family name too:
// "الرئيس التركي" is no echo of "عبدالله التركي"; nor is "الفريق التركي".
var stateTitles = map[string]bool{"الرييس": true, "والرييس": true, "الملك": true, "الامير": true, "الملكه": true, "الاميره": true,
	// a rank that is also "the team": "الفريق التركي"
	"الفريق": true}

// definiteAt reports a word with the article, with or without و.
func (l *linker) definiteAt(k int) bool {
	_, ok := l.articleAt(k)
	return ok
}

// articleAt returns where the article of word k starts, past a و before it
// ("والتطوير"); ok is false for a word without the article.
func (l *linker) articleAt(k int) (start int, ok bool) {
	tok := l.toks[k]
	s := tok.start
	if l.hasPrefix(s, tok.end, "وال") {
		s++
	}
	return s, l.hasPrefix(s, tok.end, "ال")
}

// samePersonKeys reports two names of one person: equal, or one the other's
// start or end ("محمد الحضيف", "الحضيف").
func samePersonKeys(a, b []string) bool {
	return nameFits(a, b) || nameFits(b, a)
}
