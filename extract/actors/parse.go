package actors

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Limits on the lexicon files, so a damaged file fails clearly instead of
// exhausting memory.
const (
	maxLineBytes = 64 << 10
	maxRecords   = 100_000
)

// record is one non-comment line of a "|"-separated data file, trimmed.
type record struct {
	line   int
	fields []string
}

// readRecords reads a "|"-separated file: "#" starts a comment line, blank
// lines are skipped, fields are trimmed of spaces.
func readRecords(name string, r io.Reader) ([]record, error) {
	var out []record
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxLineBytes)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if len(out) >= maxRecords {
			return nil, fmt.Errorf("%s: more than %d records", name, maxRecords)
		}
		parts := strings.Split(line, "|")
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
		}
		out = append(out, record{line: n, fields: parts})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return out, nil
}

// parseActors reads actors.txt records into actors (not yet validated).
func parseActors(name string, r io.Reader) ([]Actor, error) {
	recs, err := readRecords(name, r)
	if err != nil {
		return nil, err
	}
	actors := make([]Actor, 0, len(recs))
	for _, rec := range recs {
		f := rec.fields
		if len(f) != 8 {
			return nil, fmt.Errorf("%s:%d: want 8 fields (id | type | kind | ar | en | wikidata | parent | aliases), got %d", name, rec.line, len(f))
		}
		a := Actor{ID: f[0], Type: f[1], Kind: f[2], Arabic: f[3], English: f[4], Wikidata: f[5], Parent: f[6]}
		for _, raw := range strings.Split(f[7], ";") {
			al, ok := parseAlias(raw)
			if ok {
				a.Aliases = append(a.Aliases, al)
			}
		}
		if a.ID == "" || a.Arabic == "" {
			return nil, fmt.Errorf("%s:%d: id and Arabic name are required", name, rec.line)
		}
		actors = append(actors, a)
	}
	return actors, nil
}

// parseAlias reads an alias with its prefixes: "~" weak, "?" ambiguous,
// "^" adjectival, "@" resolver only, in any order.
func parseAlias(raw string) (Alias, bool) {
	s := strings.TrimSpace(raw)
	var al Alias
	for s != "" {
		switch s[0] {
		case '~':
			al.Weak = true
		case '?':
			al.Ambiguous = true
		case '@':
			al.ResolverOnly = true
		case '^':
			al.Adjectival = true
		default:
			al.Text = strings.TrimSpace(s)
			return al, true
		}
		s = s[1:]
	}
	return al, false
}

// splitList splits a "," separated field, trimmed, empty items dropped.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
