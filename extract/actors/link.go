package actors

import (
	"sort"
)

// item is a decided mention inside one document, before grouping.
type item struct {
	start, end  int
	first, last int // token range
	typ         string
	actor       int // lexicon actor index, -1 when none
	source      string
	title       string   // title or office words cut from a person's name
	nameKeys    []string // for persons: the name's word keys without titles
	entity      int      // index into linker.ents
}

// docEntity is an entity being built for one document.
type docEntity struct {
	Entity
	actor    int      // lexicon actor index, -1 when none
	nameKeys []string // persons: word keys of the fullest name
	surfaces []string // keys of every surface form, for anaphora by alias
	lastEnd  int      // end of the latest mention, for recency
}

// linker holds one document's state while Link runs.
type linker struct {
	lex   *Lexicon
	rs    []rune
	toks  []token
	items []item
	ents  []*docEntity
	byKey map[string]int // entity id → index into ents
}

// Link finds the entities of one document: it matches the lexicon in
// docText, merges the tagger's mentions with the matches, resolves short
// forms (a later "المرصد", "التنظيم", a bare surname, "الدكتور أفضال") to the
// full name seen earlier, makes persons of by-names ("يلقب بـ «عرّاب
// المفاوضات»" … "العرّاب"), and links people named with an office ("مدير
// المرصد …، رامي عبد الرحمن") to the organisation. Mentions carry no document
// id; Merge sets it. The result is ordered by first mention.
func Link(docText string, mentions []Mention, lex *Lexicon) []Entity {
	l := &linker{lex: lex, rs: []rune(docText), byKey: map[string]int{}}
	l.toks = scanWords(docText, nil)
	matches := lex.matchTokens(l.rs, l.toks)
	ner := l.cleanMentions(mentions)
	l.items = l.surnameEchoes(l.nicknames(l.decide(matches, ner)))
	sort.SliceStable(l.items, func(i, j int) bool { return l.items[i].start < l.items[j].start })
	for i := range l.items {
		l.assign(&l.items[i])
	}
	l.resolveAnaphora()
	l.affiliate()
	return l.entities()
}

// cleanMentions drops mentions outside the text or of unknown type and
// fills their text from the document, sorted by start.
func (l *linker) cleanMentions(ms []Mention) []Mention {
	out := make([]Mention, 0, len(ms))
	for _, m := range ms {
		switch m.Type {
		case TypePER, TypeORG, TypeLOC, TypeMISC:
		default:
			continue
		}
		if m.Start < 0 || m.End > len(l.rs) || m.Start >= m.End {
			continue
		}
		m.Text = string(l.rs[m.Start:m.End])
		if m.Source == "" {
			m.Source = SourceNER
		}
		out = append(out, m)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// tokenRange returns the first and last token overlapping [start, end);
// ok is false when the span holds no token (only spaces or joiners).
func (l *linker) tokenRange(start, end int) (first, last int, ok bool) {
	first = sort.Search(len(l.toks), func(i int) bool { return l.toks[i].end > start })
	if first >= len(l.toks) || l.toks[first].start >= end {
		return 0, 0, false
	}
	last = first
	for last+1 < len(l.toks) && l.toks[last+1].start < end {
		last++
	}
	return first, last, true
}

// entities returns the document's entities in order of first mention.
func (l *linker) entities() []Entity {
	out := make([]Entity, 0, len(l.ents))
	for _, e := range l.ents {
		if len(e.Mentions) == 0 {
			continue
		}
		sort.SliceStable(e.Mentions, func(i, j int) bool { return e.Mentions[i].Start < e.Mentions[j].Start })
		out = append(out, e.Entity)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Mentions[0].Start < out[j].Mentions[0].Start })
	return out
}

// coverage maps each token to the item over it, -1 where there is none.
func (l *linker) coverage(items []item) []int {
	cover := make([]int, len(l.toks))
	for i := range cover {
		cover[i] = -1
	}
	for i, it := range items {
		for t := it.first; t <= it.last && t < len(cover); t++ {
			cover[t] = i
		}
	}
	return cover
}
