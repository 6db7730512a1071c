package store

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad/export"
)

// ValidateAnalyzed checks that a document and its analysis can be stored:
// the document as Validate checks it; the analysis names the same document,
// its lists are within MaxAnalysisItems, its spans are well formed, its text
// is valid UTF-8 without NUL bytes, and every time and quantity a claim or
// event refers to is in the document's lists. index is the position in the
// batch, for the error (an *InvalidDocumentError).
//
// PutAnalyzed refuses a whole batch for one invalid document; ingest checks
// each document with ValidateAnalyzed (or SplitValid) before batching and
// reports the refused ones by name, so that one bad input never costs the
// others.
func ValidateAnalyzed(index int, a Analyzed) error {
	if err := Validate(index, a.Doc); err != nil {
		return err
	}
	if a.Analysis == nil {
		return nil
	}
	if reason := analysisProblem(a.Analysis, a.Doc.ID); reason != "" {
		return &InvalidDocumentError{Index: index, ID: a.Doc.ID, Reason: "analysis: " + reason}
	}
	return nil
}

// SplitValid sets aside the documents a batch could not store, so that one
// bad input does not cost the batch: good keeps the valid ones in order, bad
// holds one *InvalidDocumentError per refused document (Index is its position
// in batch).
func SplitValid(batch []Analyzed) (good []Analyzed, bad []error) {
	good = make([]Analyzed, 0, len(batch))
	for i, a := range batch {
		if err := ValidateAnalyzed(i, a); err != nil {
			bad = append(bad, err)
			continue
		}
		good = append(good, a)
	}
	return good, bad
}

func analysisProblem(a *export.DocumentAnalysis, docID string) string {
	if a.Doc != docID {
		return fmt.Sprintf("made for document %q", a.Doc)
	}
	lists := [...]struct {
		name string
		n    int
	}{
		{"entities", len(a.Entities)}, {"times", len(a.Times)}, {"quantities", len(a.Quantities)},
		{"claims", len(a.Claims)}, {"events", len(a.Events)},
	}
	for _, l := range lists {
		if l.n > MaxAnalysisItems {
			return fmt.Sprintf("%d %s exceed the limit of %d", l.n, l.name, MaxAnalysisItems)
		}
	}
	for i, e := range a.Entities {
		if e.ID == "" {
			return fmt.Sprintf("entity %d has no id", i)
		}
		if len(e.Mentions) > MaxAnalysisItems || len(e.Aliases) > MaxAnalysisItems {
			return fmt.Sprintf("entity %s has too many mentions or aliases", e.ID)
		}
		if !validText(e.ID, e.Type, e.Name, e.English, e.Kind, e.Wikidata, e.Affiliation) || !validText(e.Aliases...) {
			return fmt.Sprintf("entity %s: text is not valid UTF-8 or holds NUL", e.ID)
		}
		for _, m := range e.Mentions {
			if !goodSpan(m.Start, m.End) || !validText(m.Text) {
				return fmt.Sprintf("entity %s: bad mention at %d-%d", e.ID, m.Start, m.End)
			}
		}
	}
	for i, t := range a.Times {
		if !goodSpan(t.Start, t.End) || !validText(t.Text, deref(t.Value), deref(t.EndValue), deref(t.Qualifier)) {
			return fmt.Sprintf("time %d: bad span or text", i)
		}
	}
	for i, q := range a.Quantities {
		if !goodSpan(q.Start, q.End) || !validText(q.Text, q.Unit) {
			return fmt.Sprintf("quantity %d: bad span or text", i)
		}
	}
	for i, c := range a.Claims {
		if reason := claimProblem(c, len(a.Times), len(a.Quantities)); reason != "" {
			return fmt.Sprintf("claim %d (%s): %s", i, c.ID, reason)
		}
	}
	for i, e := range a.Events {
		if e.Time != nil && !inRange(*e.Time, len(a.Times)) {
			return fmt.Sprintf("event %d (%s): time %d out of range", i, e.ID, *e.Time)
		}
		for _, q := range e.Quantities {
			if !inRange(q, len(a.Quantities)) {
				return fmt.Sprintf("event %d (%s): quantity %d out of range", i, e.ID, q)
			}
		}
		if len(e.Actors) > MaxAnalysisItems || !validText(e.ID, e.Claim, e.Type, deref(e.Place)) {
			return fmt.Sprintf("event %d (%s): bad text or too many actors", i, e.ID)
		}
		for _, ac := range e.Actors {
			if !validText(ac.Entity, ac.Role) {
				return fmt.Sprintf("event %d (%s): actor text is not valid UTF-8 or holds NUL", i, e.ID)
			}
		}
	}
	return ""
}

func claimProblem(c export.Claim, times, quantities int) string {
	if !goodSpan(c.Start, c.End) {
		return fmt.Sprintf("bad span %d-%d", c.Start, c.End)
	}
	if len(c.Chain) > MaxAnalysisItems || len(c.Hedges) > MaxAnalysisItems || len(c.Entities) > MaxAnalysisItems {
		return "too many links, hedges or entities"
	}
	if !validText(c.ID, c.Text, c.Polarity) || !validText(c.Hedges...) || !validText(c.Entities...) {
		return "text is not valid UTF-8 or holds NUL"
	}
	for _, l := range c.Chain {
		if !validText(l.Name, l.Kind, deref(l.Entity), l.Cue, l.Org, l.Role, l.InheritedFrom) {
			return "chain text is not valid UTF-8 or holds NUL"
		}
	}
	for _, t := range c.Times {
		if !inRange(t, times) {
			return fmt.Sprintf("time %d out of range", t)
		}
	}
	for _, q := range c.Quantities {
		if !inRange(q, quantities) {
			return fmt.Sprintf("quantity %d out of range", q)
		}
	}
	return ""
}

func goodSpan(start, end int) bool { return start >= 0 && end >= start }

func inRange(i, n int) bool { return i >= 0 && i < n }

// validText reports whether every string is valid UTF-8 without NUL
// (which PostgreSQL text cannot hold); their sizes are bounded by the
// document's, which Validate checks.
func validText(ss ...string) bool {
	for _, s := range ss {
		if !utf8.ValidString(s) || strings.IndexByte(s, 0) >= 0 {
			return false
		}
	}
	return true
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
