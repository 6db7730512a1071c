package timex

import (
	"github.com/isnad/isnad/extract/quantity/scan"
)

// Tagger finds and resolves time expressions. It is safe for concurrent use.
type Tagger struct {
	lex *Lexicon
}

// New builds a tagger over a loaded lexicon.
func New(lex *Lexicon) *Tagger { return &Tagger{lex: lex} }

// Tag finds the time expressions of text, resolving relative ones against
// anchor (the zero Anchor leaves them unresolved).
func (t *Tagger) Tag(text string, anchor Anchor) []Time {
	return t.TagTokens(text, scan.Scan(text), anchor)
}

// TagTokens is Tag over tokens already scanned from text, so that the time
// and quantity taggers can share one scan.
func (t *Tagger) TagTokens(text string, toks []scan.Token, anchor Anchor) []Time {
	p := parser{lex: t.lex, toks: toks, anchor: anchor}
	var out []Time
	lastHijri, lastEnd := -1, -1
	for i := 0; i < len(toks); {
		tok := &toks[i]
		if tok.Kind == scan.Punct {
			i++
			continue
		}
		if tok.Kind == scan.Word && !t.lex.maybe(tok) && !t.opensRange(toks, i) {
			i++
			continue
		}
		r, ok := p.expr(i)
		if !ok {
			i++
			continue
		}
		tm := p.render(text, r)
		// "5 شوال 1436هـ الموافق 21 يوليو 2015م": the text's own Gregorian
		// equivalent overrides the arithmetic conversion.
		if lastHijri >= 0 && !r.hijri && r.val.prec == precDay && r.first == lastEnd+1 {
			if _, _, ok := t.lex.is(toks, lastEnd, cEquals); ok && out[lastHijri].Value != "" && len(out[lastHijri].Value) == len(tm.Value) {
				out[lastHijri].Value = tm.Value
			}
		}
		lastHijri = -1
		if r.hijri && r.val.prec == precDay {
			lastHijri, lastEnd = len(out), r.end
		}
		out = append(out, tm)
		i = r.end
	}
	return out
}

// render turns a parse into a Time with its text and values.
func (p *parser) render(text string, r result) Time {
	first := &p.toks[r.first]
	start, byteStart := first.Start, first.Byte
	if r.skip > 0 {
		start, byteStart = skipLetters(text, first.Start, first.Byte, r.skip)
	}
	last := &p.toks[r.end-1]
	tm := Time{
		Start: start, End: last.End, Text: text[byteStart:last.ByteEnd],
		Qualifier: r.qual, Relative: r.relative, Hijri: r.hijri,
	}
	if r.relative && !p.anchor.Known() || r.unresolved {
		return tm
	}
	tm.Value = r.val.String()
	if r.hasEnd {
		tm.EndValue = r.endVal.String()
	}
	return tm
}

// skipLetters moves a token's start past n clitic letters (and any marks on
// them).
func skipLetters(text string, start, byteStart, n int) (int, int) {
	for i, r := range text[byteStart:] {
		if n == 0 && !isMarkRune(r) {
			return start, byteStart + i
		}
		if !isMarkRune(r) {
			n--
		}
		start++
	}
	return start, len(text)
}

func isMarkRune(r rune) bool {
	return r >= 0x064B && r <= 0x065F || r == 0x0670 || r == 0x0640
}

// opensRange reports من or بين before a number: the one place a
// non-starting word can open an expression (من 2014 إلى 2016).
func (t *Tagger) opensRange(toks []scan.Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	k := toks[i].Key
	if k != "من" && k != "بين" && k != "ومن" && k != "وبين" {
		return false
	}
	next := &toks[i+1]
	return next.Kind == scan.Number || next.Kind == scan.Word && t.lex.maybe(next)
}

// NewDefault builds a tagger over the shipped lexicon (data/timex).
func NewDefault() (*Tagger, error) {
	lex, err := Default()
	if err != nil {
		return nil, err
	}
	return New(lex), nil
}
