package timex

import (
	"github.com/isnad/isnad/extract/quantity/scan"
)

// core parses the part of an expression that names a time: a date, a year,
// a relative day or unit, or (after a relation word) a duration. cued says
// a relation, a part word or a time preposition precedes, which licenses a
// bare year or a month name standing alone.
func (p *parser) core(j int, cued, hasPart bool, rel string) (core, bool) {
	if c, ok := p.numericDate(j); ok {
		return c, true
	}
	if c, ok := p.dated(j, cued); ok {
		return c, true
	}
	if c, ok := p.year(j, cued); ok {
		return c, true
	}
	if c, ok := p.dayWord(j); ok {
		return c, true
	}
	if c, ok := p.weekday(j); ok {
		return c, true
	}
	if c, ok := p.relUnit(j, hasPart); ok {
		return c, true
	}
	if rel == "since" || rel == "before" || rel == "after" || rel == "within" {
		return p.duration(j, rel)
	}
	return core{}, false
}

// numberAt returns the value of an unseparated digit run at i with at most
// maxDigits digits.
func (p *parser) numberAt(i, maxDigits int) (int, bool) {
	if i >= len(p.toks) || p.toks[i].Kind != scan.Number || p.toks[i].Separated || int(p.toks[i].IntDigits) > maxDigits {
		return 0, false
	}
	return int(p.toks[i].Value), true
}

// yearNumberAt reads a four-digit year and an era mark after it (2015م، 1436هـ).
func (p *parser) yearNumberAt(i int) (y int, era string, end int, ok bool) {
	if i >= len(p.toks) || p.toks[i].Kind != scan.Number || p.toks[i].Separated || p.toks[i].IntDigits != 4 {
		return 0, "", i, false
	}
	y, end = int(p.toks[i].Value), i+1
	if e, end2, ok := p.lex.isBare(p.toks, end, cEra); ok && !(end2 < len(p.toks) && p.toks[end2].Kind == scan.Number && p.toks[end2].Glued) {
		era, end = e.era, end2 // not م2 (square metres)
	}
	return y, era, end, true
}

// numericDate: 29/03/2024, 2024-03-29, 29.03.2024, 5/10/1436هـ.
func (p *parser) numericDate(j int) (core, bool) {
	toks := p.toks
	if j >= len(toks) || toks[j].Kind != scan.Number {
		return core{}, false
	}
	var parts [3]int
	var digits [3]int
	end := j
	if toks[j].Separated {
		// 29.03.2024 scans as one number token
		n, ok := splitDotted(toks[j].Key, &parts, &digits)
		if !ok || n != 3 {
			return core{}, false
		}
		end = j + 1
	} else {
		k := j
		for n := 0; n < 3; n++ {
			if k >= len(toks) || toks[k].Kind != scan.Number || toks[k].Separated {
				return core{}, false
			}
			parts[n], digits[n] = int(toks[k].Value), int(toks[k].IntDigits)
			k++
			if n < 2 {
				if !isPunct(toks, k, "/-") || (n == 1 && toks[k].Key != toks[j+1].Key) {
					return core{}, false
				}
				k++
			}
		}
		end = k
	}
	var y, m, d int
	switch {
	case digits[0] == 4 && digits[1] <= 2 && digits[2] <= 2:
		y, m, d = parts[0], parts[1], parts[2]
	case digits[2] == 4 && digits[0] <= 2 && digits[1] <= 2:
		d, m, y = parts[0], parts[1], parts[2]
	default:
		return core{}, false
	}
	era := ""
	if e, end2, ok := p.lex.isBare(toks, end, cEra); ok {
		era, end = e.era, end2
	}
	if era == "h" || (era == "" && y >= 1300 && y < 1500) {
		if m < 1 || m > 12 || d < 1 || d > 30 {
			return core{}, false
		}
		return core{end: end, val: pointOf(hijriToGregorian(y, m, d), precDay), hijri: true, kind: kDate}, true
	}
	if y < 1800 || y > 2100 || !validDay(y, m, d) {
		return core{}, false
	}
	return core{end: end, val: point{y, m, d, precDay}, kind: kDate}, true
}

func splitDotted(key string, parts, digits *[3]int) (int, bool) {
	n := 0
	for i := 0; i < len(key); i++ {
		c := key[i]
		switch {
		case c >= '0' && c <= '9':
			parts[n] = parts[n]*10 + int(c-'0')
			digits[n]++
		case c == '.' || c == ',':
			n++
			if n > 2 {
				return 0, false
			}
		default:
			return 0, false
		}
	}
	return n + 1, true
}

// monthAt reads a month name, with its doubled regional form when given
// (نيسان/ أبريل، تموز (يوليو)، يناير-كانون الثاني).
func (p *parser) monthAt(i int) (e *entry, end int, doubled bool, ok bool) {
	e, end, ok = p.lex.isBare(p.toks, i, cMonth)
	if !ok {
		// a clitic preposition on the month: بنيسان، وأيار
		if e2, end2, skip := p.lex.lookup(p.toks, i); e2.has(cMonth) && skip > 0 && !e2.ctx {
			e, end, ok = e2, end2, true
		}
	}
	if !ok {
		return nil, i, false, false
	}
	if e2, end2, ok2 := p.lex.isBare(p.toks, end, cMonth); ok2 && e2 != e && e2.calendar == e.calendar && e2.month == e.month {
		// أكتوبر تشرين الأول: the two namings side by side
		return e, end2, true, true
	}
	if isPunct(p.toks, end, "/-(") {
		open := p.toks[end].Key == "("
		// a different naming of the same month (not صفر-صفر, a score)
		if e2, end2, ok2 := p.lex.isBare(p.toks, end+1, cMonth); ok2 && e2 != e && e2.calendar == e.calendar && e2.month == e.month {
			end, doubled = end2, true
			if open && isPunct(p.toks, end, ")") {
				end++
			}
		}
	}
	return e, end, doubled, true
}

// yearAfterMonth reads what may follow a month: [,] [من] [عام|العام] YYYY [era].
func (p *parser) yearAfterMonth(i int) (y int, era string, end int, ok bool) {
	k := i
	if isPunct(p.toks, k, ",/-.") {
		k++ // Nov. 2014
	}
	if _, end, ok := p.lex.isBare(p.toks, k, cFrom); ok {
		k = end
	}
	if _, end, ok := p.lex.is(p.toks, k, cYearCue); ok {
		k = end
	}
	return p.yearNumberAt(k)
}

// dated: [weekday ,] day [من] [شهر] month … | [شهر] month [day ,] [year] | month deixis.
func (p *parser) dated(j int, cued bool) (core, bool) {
	toks := p.toks
	k := j
	wd := -1
	if w, end, ok := p.weekdayPrefix(k); ok {
		wd, k = w, end
		if isPunct(toks, k, ",") {
			k++
		}
		cued = true
	}
	paren := false
	if wd >= 0 && isPunct(toks, k, "(") {
		paren, k = true, k+1 // يوم الأحد (10/شوال / 1436هـ )
	}
	if wd >= 0 {
		if c, ok := p.numericDate(k); ok {
			if c.hijri {
				c.val = snapWeekday(c.val, wd)
			}
			return c, true
		}
		if isPunct(toks, k, "(") {
			if c, ok := p.numericDate(k + 1); ok {
				if c.hijri {
					c.val = snapWeekday(c.val, wd)
				}
				if isPunct(toks, c.end, ")") {
					c.end++
				}
				return c, true
			}
		}
	}
	day := 0
	if v, ok := p.numberAt(k, 2); ok && v >= 1 && v <= 31 {
		day, k = v, k+1
	} else if e, end, ok := p.lex.is(toks, k, cOrdinal); ok && e.ordinal > 0 {
		day, k = e.ordinal, end
	}
	if day > 0 {
		if _, end, ok := p.lex.isBare(toks, k, cFrom); ok {
			k = end
		} else if isPunct(toks, k, "/-") {
			// 7 / يوليو /2015 (not a score: 1 - صفر)
			if m, _, _, ok := p.monthAt(k + 1); !ok || m.ctx && toks[k].Key == "-" {
				return core{}, false
			}
			k++
		}
	}
	monthCue := false
	if _, end, ok := p.lex.isBare(toks, k, cMonthCue); ok {
		monthCue, k = true, end
	}
	m, end, doubled, ok := p.monthAt(k)
	if !ok {
		return core{}, false
	}
	k = end
	if day == 0 {
		// month-first: مارس 29, 2024
		if v, ok := p.numberAt(k, 2); ok && v >= 1 && v <= 31 {
			if y, era, end, ok := p.yearAfterMonth(k + 1); ok {
				return p.resolveDate(y, m.month, v, m.calendar, era, end, wd)
			}
		}
	}
	if y, era, end, ok := p.yearAfterMonth(k); ok {
		c, ok := p.resolveDate(y, m.month, day, m.calendar, era, end, wd)
		if ok && c.hijri && wd >= 0 && c.val.prec == precDay {
			c.val = snapWeekday(c.val, wd)
		}
		if ok && paren && isPunct(toks, c.end, ")") {
			c.end++
		}
		return c, ok
	}
	// no year: the month of the document's year, or of the year its deixis names
	deixis, hasDeixis := 0, false
	if e, end, ok := p.lex.isBare(toks, k, cDeixis); ok {
		deixis, hasDeixis, k = e.deixis, true, end
	}
	licensed := day > 0 || doubled || monthCue || hasDeixis || wd >= 0
	if !licensed && (m.ctx || !cued) {
		return core{}, false
	}
	c := core{end: k, relative: true, kind: kDate, hijri: m.calendar == 'h'}
	if !p.anchor.Known() {
		return c, true
	}
	if m.calendar == 'h' {
		hy, hm, _ := gregorianToHijri(p.anchor.date())
		_, _, hd := gregorianToHijri(p.anchor.date())
		y := hy + yearShift(hm*32+hd, m.month*32+day, deixis, hasDeixis)
		if day > 0 {
			c.val = pointOf(hijriToGregorian(y, m.month, day), precDay)
		} else {
			c.val = hijriMonthGregorian(y, m.month)
		}
		return c, true
	}
	y := p.anchor.Year + yearShift(p.anchor.Month*32+p.anchor.Day, m.month*32+day, deixis, hasDeixis)
	if day > 0 {
		if !validDay(y, m.month, day) {
			return core{}, false
		}
		c.val = point{y, m.month, day, precDay}
	} else {
		c.val = point{y, m.month, 0, precMonth}
	}
	return c, true
}

// yearShift picks the year of a year-less month or day: الماضي is the last
// such month before the current one, المقبل the next after it, otherwise the
// document's own year. Positions are month*32+day (day 0 for a whole month),
// so "25 شوال المقبل" said on 10 Shawwal stays in the current year.
func yearShift(cur, target, deixis int, hasDeixis bool) int {
	sameMonth := cur/32 == target/32
	switch {
	case hasDeixis && deixis < 0 && (target >= cur || sameMonth && target%32 == 0):
		return -1
	case hasDeixis && deixis > 0 && (target <= cur || sameMonth && target%32 == 0):
		return 1
	}
	return 0
}

// snapWeekday moves a Hijri-derived date to the named weekday when it is at
// most two days away: the observational calendars the press uses differ from
// the tabular one by a day or two, and the weekday the text gives is exact.
func snapWeekday(v point, wd int) point {
	t := civil(v.y, v.m, v.d)
	for _, d := range []int{0, -1, 1, -2, 2} {
		if c := t.AddDate(0, 0, d); int(c.Weekday()) == wd {
			return pointOf(c, precDay)
		}
	}
	return v
}

func (p *parser) resolveDate(y, m, d int, cal byte, era string, end int, wd int) (core, bool) {
	hijri := cal == 'h' || era == "h"
	if cal == 'g' && era == "h" {
		return core{}, false
	}
	c := core{end: end, kind: kDate, hijri: hijri}
	if hijri {
		if y < 1300 || y > 1500 || d > 30 {
			return core{}, false
		}
		if d > 0 {
			c.val = pointOf(hijriToGregorian(y, m, d), precDay)
		} else {
			c.val = hijriMonthGregorian(y, m)
		}
		return c, true
	}
	if y < 1000 || y > 2100 {
		return core{}, false
	}
	if d > 0 {
		if !validDay(y, m, d) {
			return core{}, false
		}
		c.val = point{y, m, d, precDay}
	} else {
		c.val = point{y, m, 0, precMonth}
	}
	return c, true
}

// weekdayPrefix: [dayPart] [يوم] weekday.
func (p *parser) weekdayPrefix(k int) (int, int, bool) {
	wd, end, _, ok := p.weekdayPrefixEve(k)
	return wd, end, ok
}

// weekdayPrefixEve is weekdayPrefix that also says whether the day part was
// ليلة: "ليلة الجمعة" is the night before Friday.
func (p *parser) weekdayPrefixEve(k int) (int, int, bool, bool) {
	eve := false
	if _, end, ok := p.lex.is(p.toks, k, cDayPart); ok {
		eve = p.toks[k].Key == "ليله"
		k = end
	}
	if e, end, ok := p.lex.is(p.toks, k, cUnit); ok && e.unit == "day" {
		k = end
	}
	e, end, ok := p.lex.is(p.toks, k, cWeekday)
	if !ok {
		return 0, k, false, false
	}
	if _, _, blocked := p.lex.isBare(p.toks, end, cNotAfter); blocked {
		return 0, k, false, false
	}
	return e.weekday, end, eve, true
}

// year: [عام|العام|سنة|أعوام] YYYY [م|هـ]. A bare year needs a preposition or
// relation before it, an era mark after it, a partner year (1921 – 1992،
// 1971 و1972) or, up to 2030, no counted noun after it (ولد 1875 وتوفي).
func (p *parser) year(j int, cued bool) (core, bool) {
	k := j
	cue := false
	if _, end, ok := p.lex.is(p.toks, k, cYearCue); ok {
		cue, k = true, end
	}
	y, era, end, ok := p.yearNumberAt(k)
	if !ok {
		return core{}, false
	}
	if era == "" {
		// 1436/ 1437هـ: the era of a range's end covers its start
		if j2, ok := p.rangeJoin(end, true); ok || isPunct(p.toks, end, "/") {
			if !ok {
				j2 = end + 1
			}
			if _, era2, _, ok := p.yearNumberAt(j2); ok && era2 != "" {
				era = era2
			}
		}
	}
	switch {
	case era == "h" || (era == "" && cue && y >= 1400 && y < 1500):
		if y < 1300 || y > 1500 {
			return core{}, false
		}
		return core{end: end, val: hijriYearGregorian(y), kind: kYear, hijri: true}, true
	case cue || era == "g":
		if y < 1000 || y > 2100 {
			return core{}, false
		}
	case cued:
		// a preposition alone licenses recent and near-future years only:
		// "أكثر من 2080 شخصا" counts people
		if y < 1900 || y > 2040 {
			return core{}, false
		}
	case y >= 1800 && y <= 2030 && p.bareYear(k, end):
	default:
		return core{}, false
	}
	return core{end: end, val: point{y: y, prec: precYear}, kind: kYear}, true
}

// bareYear accepts an uncued four-digit number as a year when it is not
// counting something: no counted noun follows and no quantity cue precedes.
func (p *parser) bareYear(k, end int) bool {
	toks := p.toks
	if k > 0 && toks[k-1].Kind == scan.Word && quantityCue[toks[k-1].Key] {
		return false
	}
	if end >= len(toks) || toks[end].Kind == scan.Punct {
		return true
	}
	if toks[end].Kind != scan.Word {
		return false
	}
	// a year partner after و (1971 و1972) or a function word or verb after it
	w := toks[end].Key
	if w == "و" && end+1 < len(toks) && toks[end+1].Kind == scan.Number {
		return true
	}
	return yearFollower[w] || len(w) > 4 && (w[:2] == "و" || w[:2] == "ف")
}

// quantityCue are words before a number that make it a count (بلغ 2080).
var quantityCue = map[string]bool{
	"بلغ": true, "بلغت": true, "نحو": true, "حوالي": true, "قرابه": true, "زهاء": true,
	"اكثر": true, "اقل": true, "عدد": true, "عددهم": true, "مجموع": true, "اجمالي": true, "رقم": true,
}

// yearFollower are words that commonly follow a year and never a counted noun.
var yearFollower = map[string]bool{
	"في": true, "من": true, "الى": true, "حتى": true, "عندما": true, "حين": true, "حيث": true,
	"بعد": true, "قبل": true, "على": true, "عن": true, "مع": true, "لكن": true, "ثم": true,
}

// dayWord: [dayPart] [أول [من]] أمس|اليوم|غدا [weekday | (weekday)].
func (p *parser) dayWord(j int) (core, bool) {
	toks := p.toks
	k := j
	if _, end, ok := p.lex.is(toks, k, cDayPart); ok {
		k = end
	}
	offset := 0
	if e, end, ok := p.lex.is(toks, k, cDayPrefix); ok {
		if _, end2, ok := p.lex.isBare(toks, end, cFrom); ok {
			end = end2
		}
		if d, _, ok := p.lex.isBare(toks, end, cDay); ok && d.day == -1 {
			offset, k = e.day+1, end
		}
	}
	e, end, ok := p.lex.is(toks, k, cDay)
	if !ok {
		return core{}, false
	}
	if k == j && p.prevIs(j, cNotBefore) {
		return core{}, false
	}
	if _, _, blocked := p.lex.isBare(toks, end, cNotAfter); blocked {
		return core{}, false
	}
	offset += e.day
	k = end
	wd := -1
	if w, end, ok := p.lex.isBare(toks, k, cWeekday); ok {
		wd, k = w.weekday, end
	} else if isPunct(toks, k, "(") {
		if w, end, ok := p.lex.isBare(toks, k+1, cWeekday); ok && isPunct(toks, end, ")") {
			wd, k = w.weekday, end+1
		}
	}
	c := core{end: k, relative: true, kind: kRelative}
	if p.anchor.Known() {
		t := p.anchor.date().AddDate(0, 0, offset)
		if wd >= 0 {
			t = nearestWeekday(t, wd)
		}
		c.val = pointOf(t, precDay)
	}
	return c, true
}

// weekday: [dayPart] [يوم] weekday [الماضي|المقبل].
func (p *parser) weekday(j int) (core, bool) {
	if p.prevIs(j, cNotBefore) {
		return core{}, false
	}
	wd, k, eve, ok := p.weekdayPrefixEve(j)
	if !ok {
		return core{}, false
	}
	deixis := 0
	if e, end, ok := p.lex.isBare(p.toks, k, cDeixis); ok {
		deixis, k = e.deixis, end
	}
	c := core{end: k, relative: true, kind: kRelative}
	if p.anchor.Known() {
		a := p.anchor.date()
		back := (int(a.Weekday()) - wd + 7) % 7
		var t = a.AddDate(0, 0, -back)
		switch {
		case deixis < 0 && back == 0:
			t = a.AddDate(0, 0, -7)
		case deixis > 0:
			t = a.AddDate(0, 0, 7-back)
		case deixis == 0 && back == 6:
			t = a.AddDate(0, 0, 7-back)
		}
		if eve {
			t = t.AddDate(0, 0, -1)
		}
		c.val = pointOf(t, precDay)
	}
	return c, true
}

// relUnit: [هذا] العام|الشهر|الأسبوع [deixis]; الأشهر [18|الثلاثة] الماضية;
// العامين الماضيين; after a part word the unit alone is the current one
// (منذ بداية العام).
func (p *parser) relUnit(j int, hasPart bool) (core, bool) {
	toks := p.toks
	k := j
	this := false
	if _, end, ok := p.lex.is(toks, k, cThis); ok {
		this, k = true, end
	}
	// الـ72 ساعة القادمة
	n := 0
	if k+1 < len(toks) && toks[k].Kind == scan.Word && toks[k].Key == "ال" && toks[k+1].Kind == scan.Number && toks[k+1].Glued {
		if v, ok := p.numberAt(k+1, 3); ok {
			n, k = v, k+2
		}
	}
	e, end, _ := p.lex.lookup(toks, k)
	switch {
	case n == 0 && e.has(cUnit) && e.unit != "day" && e.unit != "hour" && e.unit != "decade":
		k = end
		if _, _, blocked := p.lex.isBare(toks, k, cNotAfter); blocked {
			return core{}, false // بداية العام الدراسي
		}
		if this {
			if _, _, _, ok := p.yearNumberAt(k); ok {
				return core{}, false // هذا عام 2009: the year parser's
			}
		}
		deixis, ok := 0, this || hasPart && e.unit != "week" // نهاية الأسبوع is the weekend
		if d, end, isD := p.lex.isBare(toks, k, cDeixis); isD && !this {
			deixis, k, ok = d.deixis, end, true
		}
		if !ok {
			return core{}, false
		}
		c := core{end: k, relative: true, kind: kRelative}
		if p.anchor.Known() {
			c.val = shift(p.anchor, e.unit, deixis)
		}
		if e.unit == "week" {
			c.qual = About
		}
		return c, true
	case e.has(cUnits), e.has(cDual), n > 0 && e.has(cUnit):
		k = end
		if e.has(cDual) {
			n = 2
		} else if n > 0 {
		} else if v, ok := p.numberAt(k, 3); ok && v > 0 {
			n, k = v, k+1
		} else if c, end, ok := p.countWord(k); ok {
			n, k = max(c, 0), end
		}
		k = p.skipFillers(k)
		d, end, ok := p.lex.isBare(toks, k, cDeixis)
		if !ok || d.deixis == 0 {
			return core{}, false
		}
		c := core{end: end, relative: true, kind: kRelative, qual: Since}
		if d.deixis > 0 {
			c.qual = After
			c.unresolved = true
			return c, true
		}
		if n == 0 || e.unit == "hour" {
			c.unresolved = true
			return c, true
		}
		if p.anchor.Known() {
			c.val = shift(p.anchor, e.unit, -n)
		}
		return c, true
	}
	return core{}, false
}

// skipFillers passes words that may sit between a unit and its deixis
// (الأسابيع القليلة الماضية).
func (p *parser) skipFillers(k int) int {
	for n := 0; n < 2; n++ {
		if _, _, ok := p.lex.isBare(p.toks, k, cDeixis); ok {
			return k
		}
		_, end, ok := p.lex.isBare(p.toks, k, cFiller)
		if !ok {
			return k
		}
		k = end
	}
	return k
}

// countWord reads a small cardinal word, with or without the article
// (ثلاثة، الخمس).
func (p *parser) countWord(k int) (int, int, bool) {
	if e, end, ok := p.lex.isBare(p.toks, k, cCount); ok {
		return e.count, end, true
	}
	if k < len(p.toks) && p.toks[k].Kind == scan.Word && len(p.toks[k].Key) > 4 && p.toks[k].Key[:4] == "ال" {
		if list, ok := p.lex.phrases[p.toks[k].Key[4:]]; ok {
			for _, ph := range list {
				if len(ph.Rest) == 0 && ph.Info.has(cCount) {
					return ph.Info.count, k + 1, true
				}
			}
		}
	}
	return 0, k, false
}

// duration after a relation word: منذ 3 سنوات، قبل يومين، بعد شهر، في غضون
// أيام. منذ and قبل count back from the document's date; بعد and غضون count
// from a time the narrative sets, which isnad does not resolve.
func (p *parser) duration(j int, rel string) (core, bool) {
	toks := p.toks
	k := j
	n := 0
	vague := false
	if v, ok := p.numberAt(k, 3); ok && v > 0 {
		n, k = v, k+1
	} else if c, end, ok := p.countWord(k); ok {
		n, k, vague = max(c, 0), end, c < 0
	}
	e, end, ok := p.lex.is(toks, k, cUnit)
	if !ok {
		e, end, ok = p.lex.is(toks, k, cUnits)
	}
	if !ok {
		e, end, ok = p.lex.is(toks, k, cDual)
		if ok {
			if n > 0 {
				return core{}, false
			}
			n = 2
		}
	}
	if !ok {
		return core{}, false
	}
	if n == 0 && !vague && e.has(cUnit) && !e.has(cUnits) {
		n = 1
	}
	c := core{end: end, kind: kDuration}
	narrative := rel == "after" || rel == "within"
	// "قبل يومين من الانتخابات": counted from an event, not from today
	// ("عقد من الزمن" is only "a decade")
	if _, after, ok := p.lex.isBare(toks, p.skipFillers(end), cFrom); ok && !(after < len(toks) && toks[after].Key == "الزمن") {
		narrative = true
		if rel == "before" {
			c.qual = Before
		}
	}
	if narrative || n == 0 || e.unit == "hour" {
		c.unresolved = true
		return c, true
	}
	c.relative = true
	if p.anchor.Known() {
		c.val = shift(p.anchor, e.unit, -n)
	}
	return c, true
}
