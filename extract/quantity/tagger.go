package quantity

import (
	"strings"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/extract/quantity/scan"
)

// Tagger finds and reads quantities. It is safe for concurrent use.
type Tagger struct {
	lex *Lexicon
}

// New builds a tagger over a loaded lexicon.
func New(lex *Lexicon) *Tagger { return &Tagger{lex: lex} }

// Tag finds the quantities of text, leaving out figures that start inside
// one of the skip spans (code points, sorted by start): pass the spans of the
// document's time expressions so that years and dates are not counted.
func (t *Tagger) Tag(text string, skip []isnad.Span) []Quantity {
	return t.TagTokens(text, scan.Scan(text), skip)
}

// TagTokens is Tag over tokens already scanned from text.
func (t *Tagger) TagTokens(text string, toks []scan.Token, skip []isnad.Span) []Quantity {
	p := parser{lex: t.lex, toks: toks, text: text}
	var out []Quantity
	s := 0
	for i := 0; i < len(toks); {
		for s < len(skip) && skip[s].End <= toks[i].Start {
			s++
		}
		if s < len(skip) && skip[s].Start <= toks[i].Start {
			i++
			continue
		}
		if toks[i].Kind == scan.Punct {
			i++
			continue
		}
		if toks[i].Kind == scan.Word {
			if !t.lex.maybe(&toks[i]) && !mayBeDual(toks[i].Key) {
				i++
				continue
			}
		}
		r, ok := p.figure(i)
		if !ok || p.overlaps(r, skip, s) {
			i++
			continue
		}
		out = append(out, p.render(r))
		i = r.end
	}
	return out
}

// overlaps reports whether a figure runs into a skip span after its start.
func (p *parser) overlaps(r result, skip []isnad.Span, s int) bool {
	end := p.toks[r.end-1].End
	return s < len(skip) && skip[s].Start < end
}

func (p *parser) render(r result) Quantity {
	first, last := &p.toks[r.first], &p.toks[r.end-1]
	start, byteStart := first.Start, first.Byte
	if r.skip > 0 {
		start, byteStart = skipLetters(p.text, start, byteStart, r.skip)
	}
	q := Quantity{Start: start, End: last.End, Text: p.text[byteStart:last.ByteEnd], Approx: r.approx, Unit: r.unit}
	if r.hasValue {
		v := r.value
		q.Value = &v
	}
	if r.hasMin {
		v := r.min
		q.Min = &v
	}
	if r.hasMax {
		v := r.max
		q.Max = &v
	}
	return q
}

func skipLetters(text string, start, byteStart, n int) (int, int) {
	for i, r := range text[byteStart:] {
		mark := r >= 0x064B && r <= 0x065F || r == 0x0670 || r == 0x0640
		if n == 0 && !mark {
			return start, byteStart + i
		}
		if !mark {
			n--
		}
		start++
	}
	return start, len(text)
}

// unitText is the counted noun as written, without the article, a clitic
// preposition or the accusative tanween alef (شخصاً → شخص).
func unitText(word string) string {
	for _, suf := range []string{"اً", "ًا"} {
		if strings.HasSuffix(word, suf) {
			return strings.TrimSuffix(word, suf)
		}
	}
	return strings.TrimSuffix(word, "ً")
}

// mayBeDual is the cheap test for a feminine dual ending (-تين، -تان).
func mayBeDual(k string) bool {
	return len(k) >= 12 && (strings.HasSuffix(k, "تين") || strings.HasSuffix(k, "تان"))
}

// NewDefault builds a tagger over the shipped lexicon (data/quantity).
func NewDefault() (*Tagger, error) {
	lex, err := Default()
	if err != nil {
		return nil, err
	}
	return New(lex), nil
}
