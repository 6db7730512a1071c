package actors

import (
	"fmt"
	"io"
	"strings"
)

// bodyTable is bodies.txt: the head nouns that name a body or a building
// with the definite words after them, and the definite words that never
// continue such a name.
type bodyTable struct {
	heads map[string]string // head key → type of the name (ORG, LOC, MISC)
	// placeHeads name a body only before a place: "صحة عسير" is the region's
	// health directorate, "صحة المريض" the patient's health.
	placeHeads map[string]string
	stops      map[string]bool
	ordinals   map[string]bool // continue an event's name only
	// definiteHeads name an event in their definite form before relative
	// adjectives: "الدوري الإسباني", "البطولة العربية". Keys with the article.
	definiteHeads map[string]bool
}

// maxBodyWords bounds the words after the head: names of bodies are short,
// and a runaway reading must not swallow a sentence.
const maxBodyWords = 6

func parseBodies(name string, r io.Reader) (bodyTable, error) {
	recs, err := readRecords(name, r)
	if err != nil {
		return bodyTable{}, err
	}
	t := bodyTable{heads: map[string]string{}, placeHeads: map[string]string{}, stops: map[string]bool{}, ordinals: map[string]bool{}, definiteHeads: map[string]bool{}}
	for _, rec := range recs {
		f := rec.fields
		switch {
		case len(f) == 3 && (f[0] == "head" || f[0] == "placehead") && f[1] != "":
			if f[2] != TypeORG && f[2] != TypeLOC && f[2] != TypeMISC {
				return bodyTable{}, fmt.Errorf("%s:%d: type %q, want ORG, LOC or MISC", name, rec.line, f[2])
			}
			if f[0] == "head" {
				t.heads[wordKey(f[1])] = f[2]
			} else {
				t.placeHeads[wordKey(f[1])] = f[2]
			}
		case len(f) == 2 && f[0] == "stop" && f[1] != "":
			t.stops[wordKey(f[1])] = true
		case len(f) == 2 && f[0] == "ordinal" && f[1] != "":
			t.ordinals[wordKey(f[1])] = true
		case len(f) == 2 && f[0] == "definite" && f[1] != "":
			t.definiteHeads["ال"+wordKey(f[1])] = true
		default:
			return bodyTable{}, fmt.Errorf("%s:%d: want \"head | noun | type\", \"placehead | noun | type\", \"stop | word\", \"ordinal | word\" or \"definite | noun\"", name, rec.line)
		}
	}
	return t, nil
}

// namedBodies adds the bodies and buildings named by a head noun and the
// definite words after it ("وزارة العدل", "مستشفى الملك فهد التخصصي"), which
// the tagger leaves out. A mention of the tagger or the lexicon right after the
// head becomes part of the name ("مستشفى ميسان", "مدرسة أسامة بن زيد"), as does
// a person's name after a title ("مطار الملك خالد الدولي"); mentions that
// start at or hold the head are left as they are.
func (l *linker) namedBodies(items []item, strong map[string]bool) []item {
	if len(l.lex.bodies.heads) == 0 {
		return items
	}
	cover := l.coverage(items)
	drop := map[int]bool{}
	var added []item
	for t := 0; t < len(l.toks); t++ {
		if cover[t] >= 0 || l.toks[t].punct {
			continue
		}
		typ, letters, placeOnly, ok := l.bodyHead(t)
		if !ok {
			if last, letters, ok := l.definiteEvent(t); ok {
				it := item{start: skipLetters(l.rs, l.toks[t].start, letters), end: l.toks[last].end,
					first: t, last: last, typ: TypeMISC, actor: -1, source: SourceHead}
				added = append(added, it)
				t = last
			}
			continue
		}
		var last int
		var absorbed []int
		if placeOnly {
			last, absorbed = l.placeAfter(t, items, cover)
		} else {
			last, absorbed = l.bodyComplement(t, typ, items, cover)
		}
		if last == t || l.titleAt(last, last) > 0 {
			continue // no name after the head, or one that stops at a title ("مطار الملك")
		}
		it := item{start: skipLetters(l.rs, l.toks[t].start, letters), end: l.toks[last].end,
			first: t, last: last, typ: typ, actor: -1, source: SourceHead}
		l.lookupMention(&it, strong)
		added = append(added, it)
		for _, i := range absorbed {
			drop[i] = true
		}
		t = last
	}
	if len(added) == 0 {
		return items
	}
	out := make([]item, 0, len(items)+len(added))
	for i, it := range items {
		if !drop[i] {
			out = append(out, it)
		}
	}
	return append(out, added...)
}

// bodyHead reports a head noun of bodies.txt at token t, read through its
// proclitics ("بمستشفى", "لوزارة"), with the letters those take.
func (l *linker) bodyHead(t int) (typ string, letters int, placeOnly, ok bool) {
	var cands [4]clitic
	for _, c := range proclitics(l.toks[t].key, cands[:0]) {
		if typ, ok := l.lex.bodies.heads[c.key]; ok {
			return typ, c.letters, false, true
		}
		if typ, ok := l.lex.bodies.placeHeads[c.key]; ok {
			return typ, c.letters, true, true
		}
	}
	return "", 0, false, false
}

// genericLeague are the adjectives that say which kind of league, not which
// one: "الدوري المحلي", "البطولة الرياضية".
var genericLeague = map[string]bool{"المحلي": true, "المحليه": true, "الرياضي": true, "الرياضيه": true, "الحالي": true, "الحاليه": true}

// definiteEvent reads an event named by a definite head and the relative
// adjectives after it ("الدوري الإنجليزي الممتاز" has one: الإنجليزي), and
// returns its last token and the proclitic letters to cut.
func (l *linker) definiteEvent(t int) (last, letters int, ok bool) {
	var cands [4]clitic
	found := false
	for _, c := range proclitics(l.toks[t].key, cands[:0]) {
		if l.lex.bodies.definiteHeads[c.key] {
			found, letters = true, c.letters
			break
		}
	}
	if !found {
		return 0, 0, false
	}
	last = t
	for k := t + 1; k < len(l.toks) && k-t <= maxBodyWords; k++ {
		if l.toks[k].punct || !l.definiteWord(k, TypeMISC) || !l.nisba(k) || l.hasPrefix(l.toks[k].start, l.toks[k].end, "و") ||
			genericLeague[l.toks[k].key] || l.toks[k].key == l.toks[t].key {
			break
		}
		last = k
	}
	return last, letters, last > t
}

// placeAfter takes in the place mention right after a place head ("صحة
// عسير", "شرطة محافظة القنفذة"); last is t when none follows.
func (l *linker) placeAfter(t int, items []item, cover []int) (last int, absorbed []int) {
	k := t + 1
	if k >= len(l.toks) || cover[k] < 0 {
		return t, nil
	}
	it := items[cover[k]]
	if it.first != k || it.typ != TypeLOC {
		return t, nil
	}
	return it.last, []int{cover[k]}
}

// bodyComplement reads the name after the head at t, of type typ, and
// returns its last token (t when there is none) and the items it takes in.
func (l *linker) bodyComplement(t int, typ string, items []item, cover []int) (last int, absorbed []int) {
	last = t
	titled := false // the word before is a title: a person's name may follow
	named := false  // a name was taken in: only adjectives may follow ("مستشفى عسير المركزي")
	for k := t + 1; k < len(l.toks) && k-t <= maxBodyWords; {
		if l.toks[k].punct {
			break
		}
		if i := cover[k]; i >= 0 {
			it := items[i]
			if it.first != k || !(last == t || (titled && it.typ == TypePER)) {
				break
			}
			if typ == TypeMISC && it.typ == TypeLOC {
				break // "مؤتمر عمّان", "معرض الرياض": the place is what the analyst follows
			}
			absorbed = append(absorbed, i)
			last, k, titled, named = it.last, it.last+1, false, true
			continue
		}
		if named {
			// "جامعة الدمام والصفا": a list, "بنك الرياض السبب": the sentence
			if !l.definiteWord(k, typ) || l.hasPrefix(l.toks[k].start, l.toks[k].end, "و") || !l.nisba(k) {
				break
			}
			last, k = k, k+1
			continue
		}
		if typ == TypeMISC && last == t && !l.definiteAt(k) && k+1 < len(l.toks) && cover[k+1] >= 0 {
			// "دوري أبطال أوروبا", "كأس أمم آسيا": a noun before the place
			if it := items[cover[k+1]]; it.first == k+1 && it.typ == TypeLOC && !l.lex.bodies.stops[l.toks[k].key] {
				absorbed = append(absorbed, cover[k+1])
				last = it.last
				break
			}
		}
		if l.definiteHead(k) {
			break // "وزارة التجارة والهيئة السعودية للمهندسين": two bodies
		}
		if l.definiteWord(k, typ) {
			// a title right after the head is an eponym's ("مطار الملك خالد");
			// one after a name starts an apposition ("هيئة الأركان اللواء …")
			title := l.titleAt(k, k) > 0
			if title && last != t {
				break
			}
			titled = title
			last, k = k, k+1
			continue
		}
		if _, _, _, ok := l.bodyHead(k); ok {
			break // "وزارة التجارة وهيئة الاتصالات": two bodies
		}
		// a noun in construct stands right after the head ("مسجد قوات الطوارئ") or
		// after و ("وتقنية المعلومات"); elsewhere it is the sentence going on
		// ("أطلقت وزارة العدل خدمة الاستعلام")
		if (last == t || l.hasPrefix(l.toks[k].start, l.toks[k].end, "و")) &&
			k+1 < len(l.toks) && cover[k+1] < 0 && l.constructNoun(k) && l.definiteWord(k+1, typ) {
			last, k, titled = k+1, k+2, false
			continue
		}
		break
	}
	return last, absorbed
}

// definiteHead reports a head noun of bodies.txt with the article
// ("والهيئة"): the start of another body.
func (l *linker) definiteHead(k int) bool {
	var cands [4]clitic
	for _, c := range proclitics(l.toks[k].key, cands[:0]) {
		if rest, ok := strings.CutPrefix(c.key, "ال"); ok {
			if _, ok := l.lex.bodies.heads[rest]; ok {
				return true
			}
		}
	}
	return false
}

// definiteWord reports a word with the article, or و and the article
// ("والتطوير"), that may continue a name of type typ: not a stop word, nor an
// ordinal but in an event's name. A word with a
// preposition on it ("بالأحساء", "للتخصصات") ends the name.
func (l *linker) definiteWord(k int, typ string) bool {
	tok := l.toks[k]
	s, ok := l.articleAt(k)
	if !ok || tok.end-s < 4 {
		return false
	}
	key := wordKey(string(l.rs[s:tok.end]))
	return !l.lex.bodies.stops[key] && (typ == TypeMISC || !l.lex.bodies.ordinals[key])
}

// constructNoun reports an indefinite feminine noun, with or without و, that
// may stand in construct inside a name ("وتقنية المعلومات", "قوات الطوارئ"):
// a ta marbuta or a feminine plural ending marks a noun, never a verb.
func (l *linker) constructNoun(k int) bool {
	tok := l.toks[k]
	s, end := tok.start, tok.end
	if l.hasPrefix(s, end, "و") {
		s++
	}
	if end-s < 3 || l.hasPrefix(s, end, "ال") {
		return false
	}
	return l.rs[end-1] == 'ة' || l.hasPrefix(end-2, end, "ات")
}

// nisba reports a word ending like a relative adjective (ـي, ـية):
// "الدولي", "المركزي", "الكورية".
func (l *linker) nisba(k int) bool {
	tok := l.toks[k]
	return l.hasPrefix(tok.end-1, tok.end, "ي") || l.hasPrefix(tok.end-2, tok.end, "ية")
}

// hasPrefix reports whether the text from start (not past end) begins with p.
func (l *linker) hasPrefix(start, end int, p string) bool {
	i := start
	for _, r := range p {
		if i >= end || l.rs[i] != r {
			return false
		}
		i++
	}
	return true
}
