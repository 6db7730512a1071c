package actors

import "strings"

// nicknameCues are the words that give a man's by-name (لقب), as matching
// keys, with and without و: "ويلقب بـ “أبو البراء”", "الملقب بـ«المجاهد»".
// The feminine forms are left out: they name things as often as women
// (الجوالة الملقبة بـ«فابليت»). In SaudiNewsNet, a cue followed by a quoted
// by-name occurs 21 times, each naming a person.
var nicknameCues = map[string]bool{
	"يلقب": true, "ويلقب": true, "الملقب": true, "والملقب": true, "يلقبونه": true, "ويلقبونه": true,
}

// maxNicknameWords bounds the quoted by-name read after a cue.
const maxNicknameWords = 4

// nickname is a by-name found after a cue: its item index and the key of
// its first word without the article, by which the text may call it again
// ("عرّاب المفاوضات" … "العرّاب").
type nickname struct {
	item int
	head string
}

// nicknames makes persons of the quoted by-names the text gives after a
// cue — a new mention, or the tagger's mention of the by-name retyped — and
// then of the tagger's later one-word mentions of the by-name's first word,
// with or without the article ("وذكر أن “العرّاب” عرض عليهم": not an
// organisation). The later mention's name keys are the by-name's head, so
// that linking makes one person of both.
func (l *linker) nicknames(items []item) []item {
	var nicks []nickname
	for t := 0; t+2 < len(l.toks); t++ {
		if l.toks[t].punct || !nicknameCues[l.toks[t].key] {
			continue
		}
		q := t + 1
		// بـ written apart, perhaps after the subject: "ويلقب هذا الشيخ بـ"
		for k := q; k <= t+3 && k < len(l.toks) && !l.toks[k].punct; k++ {
			if l.toks[k].key == "ب" {
				q = k + 1
				break
			}
		}
		first, last, ok := l.quotedWords(q)
		if !ok {
			continue
		}
		start := l.cutArticleProclitics(first, l.toks[first].start)
		end := l.toks[last].end
		idx := -1
		for i := range items {
			if items[i].start < end && start < items[i].end {
				idx = i
				break
			}
		}
		switch {
		case idx < 0:
			items = append(items, item{start: start, end: end, first: first, last: last, typ: TypePER, actor: -1,
				source: SourceNER, nameKeys: l.keys(first, last)})
			idx = len(items) - 1
		case items[idx].actor >= 0 || items[idx].start != start || items[idx].end != end:
			continue // a lexicon actor, or a mention of another extent: leave it
		case items[idx].typ != TypePER:
			items[idx].typ = TypePER
			items[idx].nameKeys = l.keys(first, last)
		}
		nicks = append(nicks, nickname{item: idx, head: strings.TrimPrefix(l.toks[first].key, "ال")})
	}
	for _, n := range nicks {
		at := items[n.item].end
		for i := range items {
			it := &items[i]
			if it.start < at || it.first != it.last || it.actor >= 0 || it.typ == TypePER || it.source != SourceNER {
				continue
			}
			if k := l.toks[it.first].key; k == n.head || k == "ال"+n.head {
				it.typ = TypePER
				it.nameKeys = []string{n.head}
				it.title = ""
			}
		}
	}
	return items
}

// quotedWords returns the words between an opening quote at token q and its
// closing quote, when there are one to maxNicknameWords of them.
func (l *linker) quotedWords(q int) (first, last int, ok bool) {
	// parentheses hold glosses and origins, not by-names: "(البافاري)"
	if q >= len(l.toks) || !l.toks[q].punct || !isQuote(l.toks[q].key) || l.toks[q].key == "(" || l.toks[q].key == ")" {
		return 0, 0, false
	}
	first = q + 1
	for last = first; last < len(l.toks) && last-first < maxNicknameWords; last++ {
		if l.toks[last].punct {
			break
		}
	}
	if last == first || last >= len(l.toks) || !isQuote(l.toks[last].key) {
		return 0, 0, false
	}
	return first, last - 1, true
}

// keys returns the matching keys of the words first..last.
func (l *linker) keys(first, last int) []string {
	var out []string
	for t := first; t <= last; t++ {
		if !l.toks[t].punct {
			out = append(out, l.toks[t].key)
		}
	}
	return out
}
