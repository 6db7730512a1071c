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
	heads map[string]string // head key → type of the name (ORG, LOC)
	stops map[string]bool
}

// maxBodyWords bounds the words after the head: names of bodies are short,
// and a runaway reading must not swallow a sentence.
const maxBodyWords = 6

func parseBodies(name string, r io.Reader) (bodyTable, error) {
	recs, err := readRecords(name, r)
	if err != nil {
		return bodyTable{}, err
	}
	t := bodyTable{heads: map[string]string{}, stops: map[string]bool{}}
	for _, rec := range recs {
		f := rec.fields
		switch {
		case len(f) == 3 && f[0] == "head" && f[1] != "":
			if f[2] != TypeORG && f[2] != TypeLOC {
				return bodyTable{}, fmt.Errorf("%s:%d: type %q, want ORG or LOC", name, rec.line, f[2])
			}
			t.heads[wordKey(f[1])] = f[2]
		case len(f) == 2 && f[0] == "stop" && f[1] != "":
			t.stops[wordKey(f[1])] = true
		default:
			return bodyTable{}, fmt.Errorf("%s:%d: want \"head | noun | type\" or \"stop | word\"", name, rec.line)
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
	cover := make([]int, len(l.toks))
	for i := range cover {
		cover[i] = -1
	}
	for i, it := range items {
		for t := it.first; t <= it.last && t < len(cover); t++ {
			cover[t] = i
		}
	}
	drop := map[int]bool{}
	var added []item
	for t := 0; t < len(l.toks); t++ {
		if cover[t] >= 0 || l.toks[t].punct {
			continue
		}
		typ, letters, ok := l.bodyHead(t)
		if !ok {
			continue
		}
		last, absorbed := l.bodyComplement(t, items, cover)
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
func (l *linker) bodyHead(t int) (typ string, letters int, ok bool) {
	var cands [4]clitic
	for _, c := range proclitics(l.toks[t].key, cands[:0]) {
		if typ, ok := l.lex.bodies.heads[c.key]; ok {
			return typ, c.letters, true
		}
	}
	return "", 0, false
}

// bodyComplement reads the name after the head at t and returns its last
// token (t when there is none) and the items it takes in.
func (l *linker) bodyComplement(t int, items []item, cover []int) (last int, absorbed []int) {
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
			absorbed = append(absorbed, i)
			last, k, titled, named = it.last, it.last+1, false, true
			continue
		}
		if named {
			// "جامعة الدمام والصفا": a list, "بنك الرياض السبب": the sentence
			if !l.definiteWord(k) || l.hasPrefix(l.toks[k].start, l.toks[k].end, "و") || !l.nisba(k) {
				break
			}
			last, k = k, k+1
			continue
		}
		if l.definiteHead(k) {
			break // "وزارة التجارة والهيئة السعودية للمهندسين": two bodies
		}
		if l.definiteWord(k) {
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
		if _, _, ok := l.bodyHead(k); ok {
			break // "وزارة التجارة وهيئة الاتصالات": two bodies
		}
		// a noun in construct stands right after the head ("مسجد قوات الطوارئ") or
		// after و ("وتقنية المعلومات"); elsewhere it is the sentence going on
		// ("أطلقت وزارة العدل خدمة الاستعلام")
		if (last == t || l.hasPrefix(l.toks[k].start, l.toks[k].end, "و")) &&
			k+1 < len(l.toks) && cover[k+1] < 0 && l.constructNoun(k) && l.definiteWord(k+1) {
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
// ("والتطوير"), that may continue a name: not a stop word. A word with a
// preposition on it ("بالأحساء", "للتخصصات") ends the name.
func (l *linker) definiteWord(k int) bool {
	tok := l.toks[k]
	s := tok.start
	if l.hasPrefix(s, tok.end, "وال") {
		s++
	}
	if !l.hasPrefix(s, tok.end, "ال") || tok.end-s < 4 {
		return false
	}
	return !l.lex.bodies.stops[wordKey(string(l.rs[s:tok.end]))]
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
