package ingest

import (
	"bytes"
	"path/filepath"
	"strings"
)

// format is how a file is read.
type format int

const (
	formatText format = iota
	formatMarkdown
	formatHTML
	formatJSON
	formatJSONL
	formatZip
)

func (f format) String() string {
	return [...]string{"text", "markdown", "html", "json", "jsonl", "zip"}[f]
}

// knownExt are the extensions a directory walk reads; other files in a
// folder (images, PDFs) are skipped. A path named explicitly is always read.
var knownExt = map[string]bool{
	".txt": true, ".text": true, ".md": true, ".markdown": true, ".html": true, ".htm": true, ".xhtml": true,
	".json": true, ".jsonl": true, ".ndjson": true, ".zip": true, "": true,
}

// detect picks the format from the extension and the first bytes: the
// content wins where they disagree (a zip named .json, an HTML page named .txt).
func detect(name string, head []byte) format {
	if isZip(head) {
		return formatZip
	}
	ext := strings.ToLower(filepath.Ext(name))
	trimmed := bytes.TrimLeft(head, " \t\r\n\ufeff")
	lower := bytes.ToLower(trimmed)
	looksHTML := bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.HasPrefix(lower, []byte("<html")) ||
		(bytes.HasPrefix(lower, []byte("<")) && (bytes.Contains(lower, []byte("<body")) || bytes.Contains(lower, []byte("<head"))))
	switch ext {
	case ".zip":
		return formatZip
	case ".json":
		return formatJSON
	case ".jsonl", ".ndjson":
		return formatJSONL
	case ".html", ".htm", ".xhtml":
		return formatHTML
	case ".md", ".markdown":
		return formatMarkdown
	case ".txt", ".text":
		if looksHTML {
			return formatHTML
		}
		return formatText
	}
	switch {
	case looksHTML || bytes.HasPrefix(lower, []byte("<p")) || bytes.HasPrefix(lower, []byte("<div")) || bytes.HasPrefix(lower, []byte("<article")):
		return formatHTML
	case bytes.HasPrefix(trimmed, []byte("[")):
		return formatJSON
	case bytes.HasPrefix(trimmed, []byte("{")):
		if bytes.Contains(trimmed, []byte("}\n{")) || bytes.Contains(trimmed, []byte("}\r\n{")) {
			return formatJSONL
		}
		return formatJSON
	}
	return formatText
}

// isZip: the magic of a zip archive (a local file header, or an empty archive).
func isZip(head []byte) bool {
	return bytes.HasPrefix(head, []byte("PK\x03\x04")) || bytes.HasPrefix(head, []byte("PK\x05\x06"))
}
