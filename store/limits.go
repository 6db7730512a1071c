package store

import (
	"fmt"
	"unicode/utf8"

	"github.com/isnad/isnad"
)

// Limits on what a store accepts. A document over them is refused (and its
// batch with it) rather than truncated, so nothing is stored half.
const (
	// MaxTextBytes bounds a document's text. Ingest refuses input files over
	// 50 MB by default; a document is never larger than its file.
	MaxTextBytes = 64 << 20
	// MaxFieldBytes bounds each of the short fields (title, author, URL …).
	MaxFieldBytes = 64 << 10
	// MaxBatch bounds how many documents one Put may carry.
	MaxBatch = 10_000
)

// Validate checks that doc can be stored: an id, text, valid UTF-8 and sizes
// within the limits. index is its position in the batch, for the error.
func Validate(index int, doc isnad.Document) error {
	bad := func(format string, args ...any) error {
		return &InvalidDocumentError{Index: index, ID: doc.ID, Reason: fmt.Sprintf(format, args...)}
	}
	if doc.ID == "" {
		return bad("no id")
	}
	if len(doc.Text) > MaxTextBytes {
		return bad("text of %d bytes exceeds the limit of %d", len(doc.Text), MaxTextBytes)
	}
	fields := [...]struct{ name, value string }{
		{"id", doc.ID}, {"source", doc.Source}, {"url", doc.URL}, {"outlet", doc.Outlet},
		{"published", doc.Published}, {"published_from", doc.PublishedFrom},
		{"language", doc.Language}, {"title", doc.Title}, {"author", doc.Author},
	}
	for _, f := range fields {
		if len(f.value) > MaxFieldBytes {
			return bad("%s of %d bytes exceeds the limit of %d", f.name, len(f.value), MaxFieldBytes)
		}
		if !utf8.ValidString(f.value) {
			return bad("%s is not valid UTF-8", f.name)
		}
	}
	if !utf8.ValidString(doc.Text) {
		return bad("text is not valid UTF-8")
	}
	if doc.Published != "" && !isDate(doc.Published) {
		return bad("published date %q is not YYYY-MM-DD", doc.Published)
	}
	return nil
}

// isDate reports whether s has the form YYYY-MM-DD, which keeps dates
// comparable as text in every backend.
func isDate(s string) bool {
	if len(s) != len("2006-01-02") || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i := range len(s) {
		if i != 4 && i != 7 && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}

// Limits on what one document's analysis and the corpus results may hold.
const (
	// MaxAnalysisItems bounds each list of an analysis (entities, mentions of
	// one entity, times, quantities, claims, events, a claim's chain …).
	MaxAnalysisItems = 100_000
	// MaxCorpusResultBytes bounds one saved corpus-level result.
	MaxCorpusResultBytes = 512 << 20
)
