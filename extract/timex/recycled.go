package timex

import "github.com/isnad/isnad/extract/quantity/scan"

// RecycledGap is how far before its published date a document's narrated
// events must all lie for it to count as republished: two years.
const RecycledGap = 2

// Recycled reports whether a document is an old story republished: it dates
// at least two events absolutely at month or day precision (a dateline equal
// to the published date does not count), and every absolute date it gives, at
// any precision, lies at least RecycledGap years before the published date.
//
// Year-only mentions do not trigger the flag on their own, because background
// history (عام 1990) is common in fresh news; but one recent year-only mention
// is enough to keep a document fresh. The relative expressions of a recycled
// document are not resolved against its republication date (TagDocument).
func Recycled(times []Time, published Anchor) bool {
	if !published.Known() {
		return false
	}
	pub := published.String()
	dated := 0
	limit := civil(published.Year-RecycledGap, published.Month, published.Day)
	for _, t := range times {
		if t.Relative || t.Value == "" || t.Value == pub {
			continue
		}
		p, ok := parseValue(t.Value)
		if !ok {
			continue
		}
		end := p.lastDay()
		if t.EndValue != "" {
			if q, ok := parseValue(t.EndValue); ok {
				end = q.lastDay()
			}
		}
		if !end.Before(limit) {
			return false
		}
		if p.prec >= precMonth {
			dated++
		}
	}
	return dated >= 2
}

// TagDocument tags a document's text against its published date
// ("YYYY-MM-DD" or ""). It reports whether the document is recycled; if so
// its relative expressions are left unresolved rather than resolved against
// the republication date.
func (t *Tagger) TagDocument(text, published string) ([]Time, bool, error) {
	anchor, err := ParseAnchor(published)
	if err != nil {
		return nil, false, err
	}
	times, recycled := t.tagDocument(text, scan.Scan(text), anchor)
	return times, recycled, nil
}

// TagDocumentTokens is TagDocument over tokens already scanned from text
// (scan.Scan), so that a pipeline scans a document once for the time and the
// quantity taggers. toks is only read.
func (t *Tagger) TagDocumentTokens(text string, toks []scan.Token, published string) ([]Time, bool, error) {
	anchor, err := ParseAnchor(published)
	if err != nil {
		return nil, false, err
	}
	times, recycled := t.tagDocument(text, toks, anchor)
	return times, recycled, nil
}

func (t *Tagger) tagDocument(text string, toks []scan.Token, anchor Anchor) ([]Time, bool) {
	times := t.TagTokens(text, toks, anchor)
	if !Recycled(times, anchor) {
		return times, false
	}
	for i := range times {
		if times[i].Relative {
			times[i].Value, times[i].EndValue = "", ""
		}
	}
	return times, true
}
