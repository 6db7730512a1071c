package timex

import (
	"github.com/isnad/isnad/extract/quantity/scan"
)

// parser matches time expressions over one text's tokens.
type parser struct {
	lex    *Lexicon
	toks   []scan.Token
	anchor Anchor
}

// result is one parsed expression over tokens [first, end).
type result struct {
	first, end int
	skip       int // clitic letters of the first token left outside the span
	val        point
	endVal     point
	hasEnd     bool
	qual       string
	relative   bool // depends on the anchor
	unresolved bool // has no value whatever the anchor (vague, narrative)
	hijri      bool
}

// core is what a core matcher found.
type core struct {
	end        int
	val        point
	relative   bool
	unresolved bool
	hijri      bool
	kind       coreKind
	qual       string // a qualifier the core itself implies (since for الأشهر 18 الماضية)
}

type coreKind uint8

const (
	kDate     coreKind = iota + 1 // day, month or year named absolutely
	kYear                         // a year alone
	kRelative                     // relative to the anchor
	kDuration                     // a duration after a relation word
)

// expr parses the longest expression starting at token i:
// [from] [relation [approx]] [part | quarter ordinal من] core [range tail].
func (p *parser) expr(i int) (result, bool) {
	lex, toks := p.lex, p.toks
	r := result{first: i}
	_, _, r.skip = lex.lookup(toks, i)

	if _, j, ok := lex.is(toks, i, cFrom); ok {
		if rr, ok := p.rangeFrom(i, j); ok {
			return rr, true
		}
		return r, false
	}

	// 22 إلى 30 أغسطس: a bare day number opening a range
	if d, ok := p.numberAt(i, 2); ok && d >= 1 && d <= 31 {
		if k, ok := p.rangeJoin(i+1, false); ok && p.toks[i+1].Kind != scan.Punct || isPunct(p.toks, i+1, "-") && ok {
			if rr, ok := p.dayRange(i, i, d, k); ok {
				return rr, true
			}
		}
	}
	j := i
	rel, approx := "", false
	if e, end, ok := lex.is(toks, j, cRelation); ok {
		rel, j = e.relation, end
	} else if _, end, ok := lex.is(toks, j, cWithin); ok {
		rel, j = "within", end
	}
	if rel != "" {
		if _, end, ok := lex.isBare(toks, j, cApprox); ok && !toks[j].Glued {
			approx, j = true, end
		}
	}
	part := ""
	if e, end, ok := lex.is(toks, j, cPart); ok {
		part, j = e.part, end
	} else if e, end, ok := lex.is(toks, j, cQuarter); ok {
		if o, end2, ok := lex.isBare(toks, end, cOrdinal); ok {
			if _, end3, ok := lex.isBare(toks, end2, cFrom); ok {
				part, j = quarterPart(e.quarter, o.ordinal), end3
			}
		}
	}
	cued := rel != "" || part != "" || p.prevIs(i, cTimePrep)
	c, ok := p.core(j, cued, part != "", rel)
	if !ok {
		return r, false
	}
	if i == j {
		r.skip = p.skipOf(j)
	}
	r.end, r.val = c.end, c.val
	r.relative, r.unresolved, r.hijri = c.relative, c.unresolved, c.hijri

	// range tail: 2014-2016, يوليو إلى سبتمبر 2015
	if c.kind == kDate || c.kind == kYear {
		if rr, ok := p.rangeTail(r, c, false); ok {
			r = rr
		}
	}

	switch {
	case c.kind == kDuration:
		r.qual = durationQualifier(rel, approx)
		if c.qual != "" {
			r.qual = c.qual
		}
	case c.qual != "":
		r.qual = c.qual
	case rel == "since":
		r.qual = Since
	case rel == "before":
		r.qual = Before
	case rel == "after":
		r.qual = After
	case rel == "about" || approx:
		r.qual = About
	}
	if part != "" && !(rel == "since" && part == Early) {
		r.qual = part
	}
	if p.followedByApprox(r.end) {
		r.end++
		if r.qual == "" || r.qual == After || c.kind == kDuration {
			r.qual = About
		}
	}
	return r, true
}

func quarterPart(size, ordinal int) string {
	switch {
	case ordinal == -1 || ordinal == size:
		return Late
	case ordinal == 1:
		return Early
	}
	return Mid
}

func durationQualifier(rel string, approx bool) string {
	switch {
	case rel == "since":
		return Since
	case approx:
		return About
	case rel == "after", rel == "within":
		return After
	}
	return ""
}

// followedByApprox reports تقريبا after an expression.
func (p *parser) followedByApprox(i int) bool {
	return i < len(p.toks) && p.toks[i].Kind == scan.Word && (p.toks[i].Key == "تقريبا" || p.toks[i].Key == "تقريباً")
}

func (p *parser) skipOf(i int) int {
	_, _, skip := p.lex.lookup(p.toks, i)
	return skip
}

// prevIs reports whether the token before i is a lexicon word of class c,
// or i itself carries it as a clitic-free preposition glued on (وفي).
func (p *parser) prevIs(i int, c class) bool {
	if i == 0 {
		return false
	}
	_, _, ok := p.lex.is(p.toks, i-1, c)
	return ok
}
