package lex

import (
	"bufio"
	"fmt"
	"io/fs"
	"strings"
)

// Sections reads a lexicon file made of "[name]" headers followed by one
// entry a line; '#' starts a comment line, blank lines are skipped.
func Sections(fsys fs.FS, name string) (map[string][]string, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("opening lexicon %s: %w", name, err)
	}
	defer f.Close()
	out := map[string][]string{}
	section := ""
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		if strings.HasPrefix(text, "[") && strings.HasSuffix(text, "]") {
			section = strings.TrimSpace(text[1 : len(text)-1])
			continue
		}
		if section == "" {
			return nil, fmt.Errorf("lexicon %s line %d: entry before any [section]", name, line)
		}
		out[section] = append(out[section], text)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading lexicon %s: %w", name, err)
	}
	return out, nil
}

// Lines reads a lexicon file of one entry a line ('#' comments, blanks skipped).
func Lines(fsys fs.FS, name string) ([]string, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("reading lexicon %s: %w", name, err)
	}
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	return out, nil
}

// Set is a set of keys.
type Set map[string]struct{}

// NewSet keys every entry with Key.
func NewSet(entries []string) Set {
	s := make(Set, len(entries))
	for _, e := range entries {
		if k := Key(e); k != "" {
			s[k] = struct{}{}
		}
	}
	return s
}

// Has reports whether key k is in the set.
func (s Set) Has(k string) bool {
	_, ok := s[k]
	return ok
}
