// Package timex finds time expressions in Arabic news text and resolves them
// to calendar values: absolute dates in every regional month naming, Hijri
// dates, numeric and English dates, years and ranges, and relative
// expressions (أمس الأحد، العام الماضي، منتصف عام 2022) resolved against the
// document's published date when it is known.
//
// Values follow the analysis JSON: "YYYY", "YYYY-MM" or "YYYY-MM-DD" at the
// precision the text gives, "" when the expression cannot be resolved (no
// anchor, a vague or narrative-relative expression), plus a qualifier.
package timex

import "github.com/isnad/isnad"

// Qualifiers of a time value.
const (
	Early  = "early"
	Mid    = "mid"
	Late   = "late"
	About  = "about"
	Before = "before"
	After  = "after"
	Since  = "since"
)

// Time is one time expression found in a text.
type Time struct {
	Start, End int    // code points in the text, end exclusive
	Text       string // the expression as written
	// Value is "YYYY", "YYYY-MM" or "YYYY-MM-DD"; "" when unresolved. For a
	// range (بين 2014 و2016) it is the start and EndValue the end.
	Value    string
	EndValue string
	// Qualifier is early, mid, late (a part of the period), since, before,
	// after or about; "" for a plain date. When the text gives both a
	// relation and a part (منذ منتصف عام 2021) the part wins, except that
	// "since the beginning of X" is reported as since X.
	Qualifier string
	// Relative is true when the value depends on the document's date
	// (أمس، العام الماضي، 7 تموز الجاري); such values are "" without an
	// anchor and are dropped for recycled documents.
	Relative bool
	// Hijri is true when the text gave the date in the Hijri calendar; the
	// value is always Gregorian.
	Hijri bool
}

// Spans are the times' spans, in order: the skip spans the quantity tagger
// takes so that years and dates are not counted as figures.
func Spans(times []Time) []isnad.Span {
	out := make([]isnad.Span, len(times))
	for i, t := range times {
		out[i] = isnad.Span{Start: t.Start, End: t.End}
	}
	return out
}
