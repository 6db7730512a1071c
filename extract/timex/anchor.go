package timex

import (
	"fmt"
	"strconv"
	"time"
)

// Anchor is the date a document was published, against which relative
// expressions (أمس، العام الماضي) are resolved. The zero Anchor is unknown:
// relative expressions then get no value.
type Anchor struct {
	Year, Month, Day int
}

// Known reports whether the anchor is a date.
func (a Anchor) Known() bool { return a.Year > 0 && a.Month > 0 && a.Day > 0 }

// ParseAnchor reads "YYYY-MM-DD" (anything after the date, such as a time of
// day, is ignored); "" gives the unknown anchor.
func ParseAnchor(s string) (Anchor, error) {
	if s == "" {
		return Anchor{}, nil
	}
	if len(s) < 10 {
		return Anchor{}, fmt.Errorf("anchor date %q: want YYYY-MM-DD", s)
	}
	t, err := time.Parse("2006-01-02", s[:10])
	if err != nil {
		return Anchor{}, fmt.Errorf("anchor date %q: %w", s, err)
	}
	return Anchor{t.Year(), int(t.Month()), t.Day()}, nil
}

func (a Anchor) String() string {
	if !a.Known() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", a.Year, a.Month, a.Day)
}

func (a Anchor) date() time.Time { return civil(a.Year, a.Month, a.Day) }

func civil(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC) }

// Precision of a resolved value.
const (
	precNone = iota
	precYear
	precMonth
	precDay
)

// point is a resolved calendar value at some precision.
type point struct {
	y, m, d int
	prec    int
}

func pointOf(t time.Time, prec int) point {
	return point{t.Year(), int(t.Month()), t.Day(), prec}
}

func (p point) String() string {
	switch p.prec {
	case precYear:
		return strconv.Itoa(p.y)
	case precMonth:
		return fmt.Sprintf("%04d-%02d", p.y, p.m)
	case precDay:
		return fmt.Sprintf("%04d-%02d-%02d", p.y, p.m, p.d)
	}
	return ""
}

// validDay reports whether y-m-d is a real Gregorian date.
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := civil(y, m, d)
	return t.Day() == d && int(t.Month()) == m
}

// shift moves the anchor by n units and gives the result at the unit's
// precision (weeks and days at day precision).
func shift(a Anchor, unit string, n int) point {
	t := a.date()
	switch unit {
	case "decade":
		return point{y: a.Year + 10*n, prec: precYear}
	case "year":
		return point{y: a.Year + n, prec: precYear}
	case "month":
		t = civil(a.Year, a.Month+n, 1)
		return pointOf(t, precMonth)
	case "week":
		return pointOf(t.AddDate(0, 0, 7*n), precDay)
	}
	return pointOf(t.AddDate(0, 0, n), precDay)
}

// nearestWeekday is the date with the given weekday (0 = Sunday) nearest to
// base, looking back first: news narrates the past.
func nearestWeekday(base time.Time, wd int) time.Time {
	back := (int(base.Weekday()) - wd + 7) % 7
	if back <= 3 {
		return base.AddDate(0, 0, -back)
	}
	return base.AddDate(0, 0, 7-back)
}

// parseValue reads a value string back into a point.
func parseValue(v string) (point, bool) {
	var p point
	switch len(v) {
	case 4:
		_, err := fmt.Sscanf(v, "%4d", &p.y)
		p.prec = precYear
		return p, err == nil
	case 7:
		_, err := fmt.Sscanf(v, "%4d-%2d", &p.y, &p.m)
		p.prec = precMonth
		return p, err == nil
	case 10:
		_, err := fmt.Sscanf(v, "%4d-%2d-%2d", &p.y, &p.m, &p.d)
		p.prec = precDay
		return p, err == nil
	}
	return p, false
}

// lastDay is the last day the point covers.
func (p point) lastDay() time.Time {
	switch p.prec {
	case precYear:
		return civil(p.y, 12, 31)
	case precMonth:
		return civil(p.y, p.m+1, 0)
	}
	return civil(p.y, p.m, p.d)
}
