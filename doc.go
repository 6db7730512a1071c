// Package isnad holds the domain of the isnad engine: documents and the typed
// spans that the pipeline stages attach to them. It does no I/O; every stage
// (ingest → arabic → extract → link → judge → store → serve) lives in its own
// package and speaks in these types.
package isnad

import (
	"crypto/sha256"
	"encoding/hex"
)

// Version is the engine's version, printed in every analysis.
const Version = "0.1.0"

// Where a document's published date came from.
const (
	FromMetadata = "metadata" // a field of the source (JSON, <meta>, JSON-LD)
	FromDateline = "dateline" // a date line at the head of the text
	FromText     = "text"     // a date found elsewhere in the body
)

// Document is one article as isnad keeps it: the cleaned body text and what
// was learned about where it came from. Offsets into Text count Unicode code
// points, end exclusive.
type Document struct {
	ID            string   // "d:" + digest of the matching-normalised text; see DocumentID
	Source        string   // path, zip member ("a.zip!b.json#3") or URL it was read from
	URL           string   // the article's own URL when the source gave one
	Outlet        string   // canonical outlet name, "" when unknown
	Published     string   // YYYY-MM-DD, "" when unknown
	PublishedFrom string   // FromMetadata, FromDateline, FromText or ""
	Language      string   // "ar", "en", …
	Title         string   //
	Author        string   // byline, "" when none
	Text          string   // cleaned body text, display-normalised
	Removed       []string // page-chrome lines dropped from the body, in order
	Credits       []string // outlets credited for the whole piece: الحرة for "(عن الحرة)"
}

// DocumentID derives a stable id from the document's matching-normalised text:
// the same article read twice, from any source, gets the same id.
func DocumentID(matchText string) string {
	sum := sha256.Sum256([]byte(matchText))
	return "d:" + hex.EncodeToString(sum[:8])
}

// Span is a typed stretch of a document's text in code points, end exclusive.
type Span struct {
	Start, End int
}

// Len is the span's length in code points.
func (s Span) Len() int { return s.End - s.Start }
