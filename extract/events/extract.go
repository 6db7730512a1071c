package events

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
)

// Extractor reads events with a trigger lexicon; it is safe for concurrent use.
type Extractor struct{ lex *Lexicon }

// New makes an extractor.
func New(lex *Lexicon) *Extractor { return &Extractor{lex: lex} }

// word is a token of a claim with its folded form.
type word struct {
	fold       string
	start, end int
	punct      bool
}

// Extract returns the events of every claim of the document, in text order.
func (x *Extractor) Extract(in Input) []Event {
	runes := []rune(in.Text)
	mentions := outermost(in.Mentions)
	var doc []word // the whole text's words, read once when the first claim needs them
	var out []Event
	for _, c := range in.Claims {
		if c.Start < 0 || c.End > len(runes) || c.Start >= c.End {
			continue
		}
		if doc == nil {
			doc = words(in.Text, 0)
		}
		ws, ok := claimWords(doc, c)
		if !ok {
			ws = words(string(runes[c.Start:c.End]), c.Start)
		}
		out = append(out, x.claimEvents(c, ws, runes, mentions, in)...)
	}
	return out
}

// claimWords cuts a claim's words out of the document's. The tokenizer reads
// left to right from token boundaries, so this equals tokenizing the claim's
// own text unless a token of the document crosses one of the claim's ends
// ("12.5" cut after "12."); ok is false then.
func claimWords(doc []word, c Claim) ([]word, bool) {
	lo := sort.Search(len(doc), func(k int) bool { return doc[k].end > c.Start })
	hi := sort.Search(len(doc), func(k int) bool { return doc[k].end > c.End })
	if lo < len(doc) && doc[lo].start < c.Start || hi < len(doc) && doc[hi].start < c.End {
		return nil, false
	}
	return doc[lo:hi:hi], true
}

func (x *Extractor) claimEvents(c Claim, ws []word, runes []rune, mentions []Mention, in Input) []Event {
	var ms []Mention
	var src []bool // parallel to ms; nil when the claim names no source in its text
	for k := sort.Search(len(mentions), func(k int) bool { return mentions[k].Start >= c.Start }); k < len(mentions) && mentions[k].Start < c.End; k++ {
		if m := mentions[k]; m.End <= c.End && m.EntityID != "" {
			ms = append(ms, m)
			if len(c.Sources) > 0 {
				src = append(src, inSource(m, c.Sources))
			}
		}
	}
	var out []Event
	seen := map[string]bool{}
	for i := 0; i < len(ws); i++ {
		t, n, ok := x.match(ws, i)
		if !ok || insideMention(ws[i].start, ms) {
			continue
		}
		if t.typ != Announce && reportsFrom(ws, i+n, c.Sources) {
			continue // "نقلت وكالة … عن": the chain's own cue, not a transfer
		}
		start, end := ws[i].start, ws[i+n-1].end
		ev := Event{Claim: c.ID, Type: t.typ, Trigger: string(runes[start:end]), Start: start, End: end, Time: -1}
		ev.Actors, ev.Place = roles(t, ws, i, n, ms, src)
		i += n - 1
		if len(ev.Actors) == 0 {
			continue
		}
		key := t.typ + actorKey(ev.Actors)
		if seen[key] {
			continue // the same frame named twice in one claim
		}
		seen[key] = true
		for _, s := range in.Times {
			if s.Start >= c.Start && s.End <= c.End {
				ev.Time = s.Index
				break
			}
		}
		for _, s := range in.Quantities {
			if s.Start >= c.Start && s.End <= c.End {
				ev.Quantities = append(ev.Quantities, s.Index)
			}
		}
		ev.ID = eventID(c.ID, t.typ, start)
		out = append(out, ev)
	}
	return out
}

// match finds the longest trigger at word i.
func (x *Extractor) match(ws []word, i int) (trigger, int, bool) {
	if ws[i].punct {
		return trigger{}, 0, false
	}
	f := ws[i].fold
	firsts := []string{f}
	if len(f) > 6 && (strings.HasPrefix(f, "و") || strings.HasPrefix(f, "ف")) {
		firsts = append(firsts, f[len("و"):])
	}
	if t, n, ok := x.matchFrom(ws, i, firsts); ok {
		return t, n, true
	}
	// "هجوماً": a verbal noun with the accusative alef
	if strings.HasSuffix(f, "ا") && len(f) > 6 {
		if t, n, ok := x.matchFrom(ws, i, []string{strings.TrimSuffix(f, "ا")}); ok && t.noun {
			return t, n, true
		}
	}
	return trigger{}, 0, false
}

func (x *Extractor) matchFrom(ws []word, i int, firsts []string) (trigger, int, bool) {
	for _, first := range firsts {
		for _, t := range x.lex.triggers[first] {
			if i+len(t.words) > len(ws) {
				continue
			}
			ok := true
			for k := 1; k < len(t.words); k++ {
				if ws[i+k].fold != t.words[k] {
					ok = false
					break
				}
			}
			if ok {
				return t, len(t.words), true
			}
		}
	}
	return trigger{}, 0, false
}

// words tokenizes a claim's text; offsets are shifted to document code points.
func words(s string, offset int) []word {
	toks := arabic.Tokenize(s)
	out := make([]word, 0, len(toks))
	for _, t := range toks {
		r, size := utf8.DecodeRuneInString(t.Text)
		isPunct := size == len(t.Text) && !isWordRune(r) // one code point, not a letter or digit
		out = append(out, word{fold: foldLower(t.Text), start: t.Start + offset, end: t.End + offset, punct: isPunct})
	}
	return out
}

// foldLower is strings.ToLower(arabic.Fold(s)), without the per-rune case
// lookups for words made only of Arabic-block letters and lower-case ASCII,
// which lowering leaves as they are.
func foldLower(s string) string {
	f := arabic.Fold(s)
	for _, r := range f {
		if !(r >= 0x0600 && r <= 0x06FF || r < utf8.RuneSelf && (r < 'A' || r > 'Z')) {
			return strings.ToLower(f)
		}
	}
	return f
}

func isWordRune(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 0x7f && r != '،' && r != '؛' && r != '؟' && r != '«' && r != '»' && r != '“' && r != '”'
}

// outermost sorts mentions by start and drops those inside a longer one ("سوريا" in
// "قوات سوريا الديمقراطية").
func outermost(in []Mention) []Mention {
	ms := append([]Mention(nil), in...)
	sort.Slice(ms, func(i, j int) bool {
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		return ms[i].End > ms[j].End
	})
	out := ms[:0]
	reach := -1
	for _, m := range ms {
		if m.End <= reach {
			continue
		}
		out = append(out, m)
		reach = max(reach, m.End)
	}
	return out
}

// reportsFrom says whether a source phrase of the claim begins at word k and
// عن follows it before the next source phrase: the words before it are the
// cue of a nested chain ("نقلت وكالة … مساء الجمعة عن مصدر"), not an event.
func reportsFrom(ws []word, k int, sources []isnad.Span) bool {
	if k >= len(ws) {
		return false
	}
	end := -1
	for _, s := range sources {
		if s.Start == ws[k].start {
			end = s.End
		}
	}
	if end < 0 {
		return false
	}
	next := -1 // start of the next source phrase
	for _, s := range sources {
		if s.Start >= end && (next < 0 || s.Start < next) {
			next = s.Start
		}
	}
	if next < 0 {
		return false
	}
	for _, w := range ws[k:] {
		if w.start >= next {
			break
		}
		if w.start >= end && w.fold == "عن" {
			return true
		}
	}
	return false
}

// inSource says whether mention m overlaps one of a claim's source phrases.
func inSource(m Mention, sources []isnad.Span) bool {
	for _, s := range sources {
		if m.Start < s.End && s.Start < m.End {
			return true
		}
	}
	return false
}

func insideMention(pos int, ms []Mention) bool {
	for _, m := range ms {
		if pos >= m.Start && pos < m.End {
			return true
		}
	}
	return false
}

func actorKey(as []Actor) string {
	var b strings.Builder
	for _, a := range as {
		b.WriteString("|" + a.Role + ":" + a.Entity)
	}
	return b.String()
}

func eventID(claimID, typ string, start int) string {
	sum := sha256.Sum256([]byte(claimID + "\x00" + typ + "\x00" + strconv.Itoa(start)))
	return "v:" + hex.EncodeToString(sum[:8])
}
