package meta

import (
	"regexp"
	"strings"
)

// creditLine matches a line that credits the whole piece to another outlet:
// "(عن الحرة)", "نقلاً عن سكاي نيوز", "المصدر: رويترز", "Source: AFP".
var creditLine = regexp.MustCompile(`^[(\[«]?\s*(?:نقل[اًَ]*\s+عن|منقول\s+عن|بتصرف\s+عن|عن|المصدر\s*:|المصدر|source\s*:|via|courtesy\s+of)\s+(.{1,60}?)\s*[)\]»]?\s*[.،]?$`)

// Credit reports whether line is a whole-piece credit and returns the
// credited outlet, canonical when the resolver knows it. A credit to a name
// the resolver does not know is accepted only in brackets ("(عن موقع س)")
// and when short, so that a sentence starting with "عن" is never taken.
func (e *Extractor) Credit(line string) (string, bool) {
	line = strings.TrimSpace(line)
	if len(line) > 200 {
		return "", false
	}
	m := creditLine.FindStringSubmatch(strings.ToLower(line))
	if m == nil {
		return "", false
	}
	// Recover the name as written (the regexp ran on the lower-cased line).
	name := strings.TrimSpace(m[1])
	if idx := strings.Index(strings.ToLower(line), name); idx >= 0 {
		name = line[idx : idx+len(name)]
	}
	name = strings.Trim(name, ` "'«»“”()[]`)
	if c, ok := e.outlets.Outlet(name); ok {
		return c, true
	}
	bracketed := strings.HasPrefix(line, "(") || strings.HasPrefix(line, "[")
	if bracketed && len(strings.Fields(name)) <= 4 && name != "" {
		return name, true
	}
	return "", false
}
