package quantity

import (
	"strings"

	"github.com/isnad/isnad/extract/quantity/scan"
)

type parser struct {
	lex  *Lexicon
	toks []scan.Token
	text string
}

// result is one figure over tokens [first, end).
type result struct {
	first, end int
	skip       int
	value      float64
	min, max   float64
	hasValue   bool
	hasMin     bool
	hasMax     bool
	approx     bool
	unit       string
}

// number is one number read at a position.
type number struct {
	end    int
	value  float64
	mult   float64 // the multiplier word it ended with, 0 when none
	vague  bool    // عشرات، مئات، آلاف
	few    bool    // بضعة
	skip   int     // clitic letters on its first token
	digits bool    // written in digits
}

// figure parses [cues] number [range] [percent] [approx] [unit] at i.
func (p *parser) figure(i int) (result, bool) {
	lex, toks := p.lex, p.toks
	r := result{first: i}
	k := i
	bound, opened, rate := "", false, false
	first := true
	for n := 0; n < 3; n++ {
		var e *entry
		var end, skip int
		var ok bool
		switch {
		case func() bool { e, end, skip, ok = lex.isClitic(toks, k, cApprox); return ok }():
			r.approx = true
		case func() bool { e, end, skip, ok = lex.isClitic(toks, k, cMin); return ok }():
			bound = "min"
		case func() bool { e, end, skip, ok = lex.isClitic(toks, k, cMax); return ok }():
			bound = "max"
		case func() bool { e, end, skip, ok = lex.isClitic(toks, k, cRateCue); return ok }():
			rate = true
		case func() bool { e, end, skip, ok = lex.isClitic(toks, k, cOpener); return ok && toks[k].Key != "من" }():
			opened = true
		default:
			n = 3
			continue
		}
		_ = e
		if first {
			r.skip = skip
			first = false
		}
		k = end
	}
	if k > i && p.prevLabel(i) {
		return r, false
	}
	if p.notAFigure(k) {
		return r, false
	}
	paren := false
	if k > i && isPunctTok(toks, k, "(") {
		paren, k = true, k+1 // بحوالي (٣٠) دقيقة
	}
	if k > i && k+1 < len(toks) && toks[k].Kind == scan.Word && toks[k].Key == "ال" && toks[k+1].Kind == scan.Number && toks[k+1].Glued {
		k++ // يناهز الـ94 عامًا
	}
	n1, ok := p.number(k)
	if !ok {
		return p.dual(i, k, r)
	}
	if k == i {
		r.skip = n1.skip
		if p.prevLabel(i) && !p.unitFollows(n1.end) {
			return r, false
		}
	}
	if k > i && rate && !r.approx && bound == "" && !opened {
		// بنسبة alone is not part of the span unless a percent follows
	}
	end := n1.end
	if paren && isPunctTok(toks, end, ")") {
		end++
	}
	r.value, r.hasValue = n1.value, true
	switch {
	case n1.vague:
		r.approx, r.min, r.hasMin = true, n1.value, true
	case n1.few:
		r.approx, r.min, r.max, r.hasMin, r.hasMax = true, 3, 9, true, true
		r.value = 3
	}
	// range: 2500 إلى 3000، بين 10 و15، 10-15
	if e, j, ok := lex.is(toks, end, cTo); ok && (opened || toks[end].Key != "و") {
		_ = e
		if n2, ok := p.number(j); ok && !n2.vague && !n2.few && n2.value > n1.value*0 {
			v1 := n1.value
			if n2.mult > 0 && n1.mult == 0 && v1 < n2.mult && n1.digits {
				v1 *= n2.mult
			}
			if n2.value > v1 {
				r.value, r.min, r.max = v1, v1, n2.value
				r.hasMin, r.hasMax, r.approx = true, true, true
				end = n2.end
			}
		}
	} else if ok2 := toks[end-1].Kind == scan.Number && end < len(toks) && toks[end].Kind == scan.Word && toks[end].Glued && strings.HasPrefix(toks[end].Key, "و") && opened; ok2 {
		// بين 10 و15 where و is glued to a word: not a number range
	}
	switch bound {
	case "min":
		r.min, r.hasMin, r.approx = r.value, true, true
	case "max":
		r.max, r.hasMax, r.approx = r.value, true, true
	}
	// percent
	if e, j, ok := p.percentAt(end); ok {
		_ = e
		r.unit, end = "%", j
	} else if rate {
		r.unit = "%"
	}
	if _, j, ok := lex.is(toks, end, cApproxAfter); ok {
		r.approx, end = true, j
	}
	end = p.boundAfter(&r, end)
	if r.unit == "" {
		if u, j, ok := p.unitAt(end, n1); ok {
			r.unit = u
			if j > end {
				end = j
			}
			end = p.boundAfter(&r, end)
		}
	}
	r.end = end
	return r, true
}

// boundAfter reads a bound or approximation after the figure (39 شخصا على
// الأقل، ساعتين تقريبا).
func (p *parser) boundAfter(r *result, end int) int {
	if _, j, ok := p.lex.is(p.toks, end, cMinAfter); ok {
		r.min, r.hasMin, r.approx = r.value, true, true
		return j
	}
	if _, j, ok := p.lex.is(p.toks, end, cApproxAfter); ok {
		r.approx = true
		return j
	}
	return end
}

// unitFollows reports a counted noun of the unit lexicon at i: "الساعة 30
// دقيقة" counts minutes although الساعة usually labels a clock time.
func (p *parser) unitFollows(i int) bool {
	e, _, ok := p.lex.is(p.toks, i, cUnit)
	return ok && e.count == 0
}

func isPunctTok(toks []scan.Token, i int, marks string) bool {
	return i < len(toks) && toks[i].Kind == scan.Punct && strings.Contains(marks, toks[i].Key)
}

func (p *parser) percentAt(i int) (*entry, int, bool) {
	if i < len(p.toks) && p.toks[i].Kind == scan.Punct && p.toks[i].Key == "%" {
		return nil, i + 1, true
	}
	return p.lex.is(p.toks, i, cPercent)
}

// prevLabel reports a label word before the figure (رقم 3، المادة 5) or a
// model name glued to it (إم.كيو-9، F-16).
func (p *parser) prevLabel(i int) bool {
	if i == 0 {
		return false
	}
	if _, _, ok := p.lex.is(p.toks, i-1, cNotBefore); ok {
		return true
	}
	if i >= 2 && isPunctTok(p.toks, i-1, "(") {
		if _, _, ok := p.lex.is(p.toks, i-2, cNotBefore); ok {
			return true // رقم (٩٦٢)
		}
	}
	t := &p.toks[i]
	prev := &p.toks[i-1]
	if t.Glued && prev.Kind == scan.Word && isLatin(prev.Key) {
		return true
	}
	if t.Glued && prev.Kind == scan.Punct && (prev.Key == "-" || prev.Key == ".") && i >= 2 && prev.Glued && p.toks[i-2].Kind == scan.Word {
		return true
	}
	return false
}

func isLatin(k string) bool { return len(k) > 0 && k[0] < 0x80 }

// number reads digits or number words at i: 12، 12,000، ١٢٫٥، 12 ألف، 5
// ملايين، ثلاثة آلاف، خمسة وعشرون، مئات الآلاف، العشرات.
func (p *parser) number(i int) (number, bool) {
	toks := p.toks
	if i >= len(toks) {
		return number{}, false
	}
	t := &toks[i]
	if t.Kind == scan.Number {
		if !p.plausibleDigits(i) {
			return number{}, false
		}
		n := number{end: i + 1, value: t.Value, digits: true}
		// 5ر32: a decimal comma typeset as ر with the digits reversed (32.5)
		if i+2 < len(toks) && toks[i+1].Kind == scan.Word && toks[i+1].Key == "ر" && toks[i+1].Glued && toks[i+2].Kind == scan.Number && toks[i+2].Glued && !t.Separated {
			frac := t.Value
			for d := int32(0); d < t.IntDigits; d++ {
				frac /= 10
			}
			n.value, n.end = toks[i+2].Value+frac, i+3
		}
		if e, end, ok := p.lex.is(toks, n.end, cMult); ok {
			n.value *= e.mult
			n.mult, n.end = e.mult, end
			// 3 آلاف و500
			if and := n.end; and+1 < len(toks) && toks[and].Key == "و" && toks[and+1].Kind == scan.Number && toks[and+1].Value < e.mult && !toks[and+1].Separated {
				n.value += toks[and+1].Value
				n.end = and + 2
			}
		}
		return n, true
	}
	if t.Kind != scan.Word {
		return number{}, false
	}
	// vague counts, with or without the article: عشرات، العشرات، مئات الآلاف
	key, skip := t.Key, 0
	if e, end, s, ok := p.vagueAt(i); ok {
		n := number{end: end, value: e.vague, vague: true, skip: s}
		if m, end2, ok := p.multAfterVague(end); ok {
			n.value *= m
			n.end = end2
		}
		return n, true
	}
	if _, _, direct := p.lex.is(toks, i, cNum); strings.HasPrefix(key, "ال") && !direct {
		return number{}, false // الثلاثة: an adjective, not a count (ألف folds to الف)
	}
	if e, end, s, ok := p.lex.isClitic(toks, i, cFew); ok {
		_ = e
		return number{end: end, value: 3, few: true, skip: s}, true
	}
	// number words: units, teens, tens, hundreds, multipliers
	total, cur := 0.0, 0.0
	k := i
	words := 0
	for k < len(toks) && toks[k].Kind == scan.Word {
		var e *entry
		var end, s int
		var ok bool
		if words == 0 {
			e, end, s, ok = p.lex.isClitic(toks, k, cNum)
			skip = s
		} else {
			e, end, ok = p.lex.is(toks, k, cNum)
			if !ok && strings.HasPrefix(toks[k].Key, "و") && len(toks[k].Key) > 2 {
				if e2, end2 := p.lex.at(toks, k, toks[k].Key[2:], cNum); e2 != nil {
					e, end, ok = e2, end2, true
				}
			}
		}
		if words > 0 {
			if m, end2, ok2 := p.lex.is(toks, k, cMult); ok2 && (!ok || cur > 0 || total == 0) {
				if cur == 0 {
					cur = 1
				}
				total += cur * m.mult
				cur, k = 0, end2
				words++
				continue
			}
			if _, end2, ok2 := p.lex.is(toks, k, cTeen); ok2 && cur > 0 && cur < 10 {
				cur += 10
				k = end2
				words++
				continue
			}
		}
		if !ok {
			break
		}
		v := e.num
		switch {
		case v >= 1000:
			if cur == 0 {
				cur = 1
			}
			if words == 0 {
				total += v
				cur = 0
			} else {
				total += cur * v
				cur = 0
			}
		default:
			cur += v
		}
		k = end
		words++
	}
	if words == 0 {
		return number{}, false
	}
	value := total + cur
	if value == 1 && words == 1 {
		if _, _, ok := p.percentAt(k); !ok {
			return number{}, false // واحد، أحد: "one of", not a count
		}
	}
	n := number{end: k, value: value, skip: skip}
	p.addHalf(&n)
	return n, true
}

// addHalf reads "ونصف" after a figure (شهرين ونصف الشهر، مليون ونصف).
func (p *parser) addHalf(n *number) {
	if _, j, ok := p.lex.is(p.toks, n.end, cHalf); ok {
		unit := max(n.mult, 1)
		n.value += unit / 2
		n.end = j
	}
}

func (p *parser) vagueAt(i int) (*entry, int, int, bool) {
	if e, end, s, ok := p.lex.isClitic(p.toks, i, cVague); ok {
		return e, end, s, true
	}
	k := p.toks[i].Key
	// العشرات، بالمئات، والآلاف
	for _, pre := range []string{"ال", "بال", "وال", "لل", "فال"} {
		if strings.HasPrefix(k, pre) && len(k) > len(pre)+4 {
			if e, end := p.lex.at(p.toks, i, k[len(pre):], cVague); e != nil {
				return e, end, 0, true
			}
		}
	}
	return nil, i, 0, false
}

func (p *parser) multAfterVague(i int) (float64, int, bool) {
	if i >= len(p.toks) {
		return 0, i, false
	}
	k := p.toks[i].Key
	if strings.HasPrefix(k, "ال") {
		k = k[4:]
	}
	if e, end := p.lex.at(p.toks, i, k, cMult); e != nil {
		return e.mult, end, true
	}
	return 0, i, false
}

// plausibleDigits rejects digit runs that are not counts: clock times
// (10:30), phone and identity numbers (8+ digits without separators), and
// parts of dates (29/03/2024) that the time tagger did not claim.
func (p *parser) plausibleDigits(i int) bool {
	toks := p.toks
	t := &toks[i]
	if !t.Separated && t.IntDigits >= 8 {
		return false
	}
	if p.listMarker(i) {
		return false
	}
	// the 2 of م2 (square metres) is part of the unit
	if t.Glued && i > 0 && toks[i-1].Kind == scan.Word && squareUnit[toks[i-1].Key] && (t.Value == 2 || t.Value == 3) {
		return false
	}
	if i+2 < len(toks) && toks[i+1].Kind == scan.Punct && (toks[i+1].Key == ":" || toks[i+1].Key == "/") && toks[i+1].Glued && toks[i+2].Kind == scan.Number && toks[i+2].Glued {
		return false
	}
	if i >= 2 && toks[i-1].Kind == scan.Punct && (toks[i-1].Key == ":" || toks[i-1].Key == "/") && t.Glued && toks[i-2].Kind == scan.Number && toks[i-1].Glued {
		return false
	}
	// a four-digit year the time tagger left (موسم 2015) counts only when a
	// counted noun follows it or a count verb precedes it (بلغ 2080)
	if !t.Separated && t.IntDigits == 4 && t.Value >= 1900 && t.Value <= 2100 {
		if i > 0 && toks[i-1].Kind == scan.Word && countVerb[toks[i-1].Key] {
			return true
		}
		if i+1 >= len(toks) || toks[i+1].Kind != scan.Word || toks[i+1].Glued {
			return false
		}
		if _, _, ok := p.lex.is(toks, i+1, cStop); ok {
			return false
		}
		if e, _, ok := p.lex.is(toks, i+1, cUnit); ok && e.count == 2 {
			return false
		}
		if len(toks[i+1].Key) <= 2 && !(i+2 < len(toks) && toks[i+2].Glued && toks[i+2].Kind == scan.Number) { // م، هـ: an era mark, not م2
			return false
		}
	}
	return true
}

// unitAt reads the counted noun after a figure at i: the next word unless it
// is a function word; after "من" (العشرات من المعتقلين) the noun after it.
func (p *parser) unitAt(i int, n number) (string, int, bool) {
	toks := p.toks
	if i >= len(toks) || toks[i].Kind != scan.Word {
		return "", i, false
	}
	if toks[i].Key == "من" && i+1 < len(toks) && toks[i+1].Kind == scan.Word && (n.vague || strings.HasPrefix(toks[i+1].Key, "ال")) {
		if u, ok := p.unitWord(i + 1); ok {
			return u, i, true // the noun after من names the unit but stays outside the span
		}
	}
	if _, _, ok := p.lex.is(toks, i, cStop); ok {
		return "", i, false
	}
	if _, _, ok := p.lex.is(toks, i, cNum); ok {
		return "", i, false
	}
	u, ok := p.unitWord(i)
	if !ok {
		return "", i, false
	}
	return u, i + 1, true
}

func (p *parser) unitWord(i int) (string, bool) {
	toks := p.toks
	k := toks[i].Key
	if e, _, ok := p.lex.is(toks, i, cUnit); ok {
		return e.unit, true
	}
	if strings.HasPrefix(k, "ال") && len(k) > 6 {
		if e, _ := p.lex.at(toks, i, k[4:], cUnit); e != nil {
			return e.unit, true
		}
	}
	if _, _, ok := p.lex.is(toks, i, cStop); ok {
		return "", false
	}
	if likelyVerbOrPronoun(k) {
		return "", false
	}
	w := p.text[toks[i].Byte:toks[i].ByteEnd]
	if strings.HasPrefix(w, "ال") && len([]rune(w)) > 4 {
		w = w[len("ال"):]
	}
	return unitText(w), true
}

// dual reads a dual noun that is itself a count of two: the unit lexicon's
// dual forms (ساعتين، امرأتان) and indefinite feminine duals (طائرتان،
// مرحلتان، شركتين), whose ending -تان/-تين is unambiguous.
func (p *parser) dual(i, k int, r result) (result, bool) {
	if k > 0 && p.toks[k-1].Kind == scan.Number {
		return r, false
	}
	unit, skip, end, ok := p.dualAt(k)
	if !ok {
		return r, false
	}
	if k == i {
		r.skip = skip
	}
	r.value, r.hasValue, r.unit = 2, true, unit
	if _, j, ok := p.lex.is(p.toks, end, cHalf); ok {
		r.value, end = 2.5, j
		if end < len(p.toks) && p.toks[end].Kind == scan.Word && strings.HasPrefix(p.toks[end].Key, "ال") {
			if _, _, stop := p.lex.is(p.toks, end, cStop); !stop {
				end++ // شهرين ونصف الشهر
			}
		}
	}
	if _, j, ok := p.lex.is(p.toks, end, cApproxAfter); ok {
		r.approx, end = true, j
	}
	r.end = end
	return r, true
}

// listMarker reports a number that opens a line and is followed by "." or
// ")": an item number of a list, not a count.
func (p *parser) listMarker(i int) bool {
	if i+1 >= len(p.toks) || !(p.toks[i+1].Key == "." || p.toks[i+1].Key == ")" || p.toks[i+1].Key == "-") {
		return false
	}
	for b := p.toks[i].Byte - 1; b >= 0; b-- {
		switch p.text[b] {
		case ' ', '\t':
			continue
		case '\n':
			return true
		}
		return false
	}
	return true
}

// likelyVerbOrPronoun tells words that follow a figure without being its
// counted noun: imperfect verbs (ينحدرون) and words with a plural pronoun
// suffix (غالبيتهم).
func likelyVerbOrPronoun(k string) bool {
	n := len(k)
	if n >= 10 && (strings.HasPrefix(k, "ي") || strings.HasPrefix(k, "ت")) && strings.HasSuffix(k, "ون") {
		return true
	}
	return n >= 10 && (strings.HasSuffix(k, "هم") || strings.HasSuffix(k, "هن"))
}

func (p *parser) dualAt(k int) (unit string, skip, end int, ok bool) {
	if e, end, skip, ok := p.lex.isClitic(p.toks, k, cUnit); ok {
		if e.count == 2 {
			return e.unit, skip, end, true
		}
		return "", 0, k, false
	}
	if k >= len(p.toks) || p.toks[k].Kind != scan.Word {
		return "", 0, k, false
	}
	w := p.toks[k].Key
	if strings.HasPrefix(w, "ال") || notDual[w] || strings.HasSuffix(w, "ستان") {
		return "", 0, k, false
	}
	// one proclitic (ل، ب، و) may precede: لمجموعتين، ومستودعين; a dual
	// right after another is an adjective agreeing with it (شركتين عملاقتين)
	skip = 0
	if len(w) > 10 && (strings.HasPrefix(w, "ل") || strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "و")) {
		w, skip = w[2:], 1
		if strings.HasPrefix(w, "ال") || strings.HasPrefix(w, "ل") {
			return "", 0, k, false // للعاملتين: definite
		}
	}
	if k > 0 && p.toks[k-1].Kind == scan.Word && mayBeDual(p.toks[k-1].Key) {
		return "", 0, k, false
	}
	for _, suf := range []string{"تين", "تان"} {
		if strings.HasSuffix(w, suf) && len(w) >= len(suf)+6 {
			stem := p.text[p.toks[k].Byte:p.toks[k].ByteEnd]
			stem = strings.TrimSuffix(strings.TrimSuffix(stem, suf), "")
			runes := []rune(stem)
			if skip > 0 {
				runes = runes[1:]
			}
			if len(runes) < 3 {
				return "", 0, k, false
			}
			return string(runes) + "ة", skip, k + 1, true
		}
	}
	return "", 0, k, false
}

// notDual are words ending in -تين/-تان that are not duals.
var notDual = map[string]bool{
	"روتين": true, "بروتين": true, "متين": true, "لاتين": true, "ستين": true, "كوكايين": true,
	"بوتين": true, "كريستين": true, "سلطان": true, "افغانستان": true, "باكستان": true,
	"كردستان": true, "طاجيكستان": true, "اوزبكستان": true, "تركمانستان": true, "قرقيزستان": true,
	"كازاخستان": true, "داغستان": true, "هندوستان": true, "بستان": true, "فستان": true, "شيطان": true,
	"سجستان": true, "خوزستان": true, "بلوشستان": true, "لورستان": true, "عربستان": true,
	"كوهستان": true, "انستان": true, "مارتين": true, "اوغستين": true, "اغسطين": true,
}

// countVerb are words before a bare number that make it a count.
var countVerb = map[string]bool{
	"بلغ": true, "بلغت": true, "وبلغ": true, "وبلغت": true, "ليبلغ": true, "لتبلغ": true,
	"عددهم": true, "عددها": true, "عدد": true, "اجمالي": true, "مجموع": true,
}

// squareUnit are unit abbreviations written with a power (م2، كم2).
var squareUnit = map[string]bool{"م": true, "كم": true, "سم": true, "متر": true}

// notAFigure rejects numbers at k that are something else: the عشر of an
// ordinal (الحادي عشر، الساعة الحادية عشرة), a match score (2-2، 0 - 4), an
// item number (2-حادث), and numbers chained to a label by و (بالدقائق 51 و70).
func (p *parser) notAFigure(k int) bool {
	toks := p.toks
	if k >= len(toks) {
		return false
	}
	t := &toks[k]
	if t.Kind == scan.Word && (t.Key == "عشر" || t.Key == "عشره") && k > 0 && toks[k-1].Kind == scan.Word && strings.HasPrefix(toks[k-1].Key, "ال") {
		return true
	}
	if t.Kind != scan.Number {
		return false
	}
	// score: small numbers on both sides of a dash (or صفر)
	if k+2 < len(toks) && isPunctTok(toks, k+1, "-") && t.Value <= 20 && (toks[k+2].Kind == scan.Number && toks[k+2].Value <= 20 && toks[k+2].IntDigits <= 2 || toks[k+2].Key == "صفر") {
		return true
	}
	if k >= 2 && isPunctTok(toks, k-1, "-") && t.Value <= 20 && (toks[k-2].Kind == scan.Number && toks[k-2].Value <= 20 && toks[k-2].IntDigits <= 2 || toks[k-2].Key == "صفر") {
		return true
	}
	// item number: 2-حادث
	if k+2 < len(toks) && isPunctTok(toks, k+1, "-") && toks[k+1].Glued && toks[k+2].Kind == scan.Word && t.IntDigits <= 2 {
		return true
	}
	// a chain N و N و N after a label word
	j := k
	for j >= 2 && toks[j-1].Kind == scan.Word && toks[j-1].Key == "و" && toks[j-2].Kind == scan.Number {
		j -= 2
	}
	return j < k && p.prevLabel(j)
}
