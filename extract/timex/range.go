package timex

import "github.com/isnad/isnad/extract/quantity/scan"

// rangeFrom parses a range opened by من or بين at token i (j is after the
// opener): من 2014 إلى 2016، بين عامي 2014 و2016، من 5 إلى 10 يوليو 2015.
func (p *parser) rangeFrom(i, j int) (result, bool) {
	r := result{first: i, skip: p.skipOf(i)}
	if c, ok := p.core(j, true, false, ""); ok && (c.kind == kDate || c.kind == kYear) {
		r.end, r.val, r.relative, r.hijri = c.end, c.val, c.relative, c.hijri
		return p.rangeTail(r, c, true)
	}
	// a bare day number borrows its month and year from the range's end
	d, ok := p.numberAt(j, 2)
	if !ok || d < 1 || d > 31 {
		return r, false
	}
	k, ok := p.rangeJoin(j+1, true)
	if !ok {
		return r, false
	}
	return p.dayRange(i, j, d, k)
}

// dayRange parses "[من] D إلى|- D2 month [year]" with the first day at token
// j and the second end starting at token k.
func (p *parser) dayRange(first, j, d, k int) (result, bool) {
	r := result{first: first, skip: p.skipOf(first)}
	c2, ok := p.core(k, true, false, "")
	if !ok || c2.kind != kDate {
		return r, false
	}
	r.end, r.relative, r.hasEnd = c2.end, c2.relative, true
	r.val, r.endVal = c2.val, c2.val
	if c2.val.prec == precNone {
		return r, c2.relative // no anchor: both ends unknown
	}
	if c2.hijri || c2.val.prec != precDay || d >= c2.val.d || !validDay(c2.val.y, c2.val.m, d) {
		return r, false
	}
	r.val.d = d
	return r, true
}

// rangeJoin accepts the word or mark joining a range's two ends at k: - / إلى
// حتى لغاية, and و when the range was opened by بين.
func (p *parser) rangeJoin(k int, opened bool) (int, bool) {
	toks := p.toks
	if isPunct(toks, k, "-") {
		return k + 1, true
	}
	if _, end, ok := p.lex.isBare(toks, k, cTo); ok {
		return end, true
	}
	if k < len(toks) && toks[k].Kind == scan.Word && toks[k].Key == "حتي" {
		return k + 1, true
	}
	if opened {
		if _, end, ok := p.lex.isBare(toks, k, cAnd); ok {
			return end, true
		}
		// و glued on the next word: وعام 2016، وحتى
		if k < len(toks) && toks[k].Kind == scan.Word && len(toks[k].Key) > 2 && toks[k].Key[:2] == "و" {
			return k, true
		}
	}
	return k, false
}

// rangeTail extends r (whose core is c) with a second date or year.
func (p *parser) rangeTail(r result, c core, opened bool) (result, bool) {
	k, ok := p.rangeJoin(c.end, opened)
	if !ok {
		// 2014/2015: a season of two years
		if c.kind == kYear && isPunct(p.toks, c.end, "/") {
			k, ok = c.end+1, true
		}
	}
	if !ok {
		return r, false
	}
	c2, ok := p.core(k, true, false, "")
	if !ok || !(c2.kind == kDate || c2.kind == kYear) {
		// يوليو إلى سبتمبر 2015: a month borrowing the end's year is not
		// handled; the first part stands alone
		return r, false
	}
	if c.kind == kYear && c2.kind != kYear {
		return r, false
	}
	if c2.kind == kYear && c.kind != kYear {
		return r, false
	}
	r.end, r.endVal, r.hasEnd = c2.end, c2.val, true
	r.relative = r.relative || c2.relative
	r.hijri = r.hijri || c2.hijri
	return r, true
}
