// Package search is the analysis that isnad's full-text search runs on both
// sides: documents are reduced to terms when they are stored, and queries are
// reduced to terms the same way, so that an analyst who types ميليشيا finds
// the article that wrote الميليشيات, and إيران finds لإيران and ايران.
//
// A term is one word of the text after display repair (obfuscations such as
// "داعـ ـش" rejoined), matching fold (diacritics, hamza seats, alef and
// ta-marbuta forms), lower-casing and light stemming (clitics and common
// plural and feminine endings removed). Every term keeps the code-point span
// of the word it came from, which is how snippets mark matches in the
// original text. A store may keep those spans in compact form (AppendSpans)
// and cut snippets from them without analysing the text again
// (Analyzer.SpanSnippet).
//
// The package knows nothing of a database: a store backend turns a Query into
// its own full-text syntax (FTS5 for SQLite, tsquery for PostgreSQL).
package search
