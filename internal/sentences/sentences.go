// Package sentences reads isnad's tables of sentence templates: the reasons
// the judge gives and the evidence a story shows, each written once per
// language so that an analyst reads them in the language of their interface.
//
// A table is tab-separated: a key, then one fmt template per language in the
// table's column order. Blank lines and lines starting with # are skipped.
// Fields are kept as written (a leading or trailing space may be part of a
// joiner), and every language of a line must take the same fmt verbs in the
// same order, so one argument list renders them all.
package sentences

import (
	"bufio"
	"bytes"
	"fmt"
	"slices"
	"strings"
)

// Parse reads the table b (name is used in errors, which give the line) with
// one column per language of langs, the first being the reference for the
// verbs. It refuses a key given twice, an empty sentence, a line whose
// languages take different verbs, and a table lacking a key of required.
// The result is language → key → template.
func Parse(name string, b []byte, langs, required []string) (map[string]map[string]string, error) {
	out := make(map[string]map[string]string, len(langs))
	for _, l := range langs {
		out[l] = map[string]string{}
	}
	first := out[langs[0]]
	sc := bufio.NewScanner(bytes.NewReader(b))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) != 1+len(langs) {
			return nil, fmt.Errorf("%s:%d: want key and %d sentences separated by tabs, got %d fields", name, n, len(langs), len(fields))
		}
		key := fields[0]
		if _, dup := first[key]; dup {
			return nil, fmt.Errorf("%s:%d: key %q given twice", name, n, key)
		}
		verbs := Verbs(fields[1])
		for k, l := range langs {
			s := fields[1+k]
			if strings.TrimSpace(s) == "" {
				return nil, fmt.Errorf("%s:%d: %s sentence of %q is empty", name, n, l, key)
			}
			if v := Verbs(s); !slices.Equal(v, verbs) {
				return nil, fmt.Errorf("%s:%d: %s sentence of %q takes %v, %s takes %v", name, n, l, key, v, langs[0], verbs)
			}
			out[l][key] = s
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	for _, k := range required {
		if _, ok := first[k]; !ok {
			return nil, fmt.Errorf("%s: no sentence for %q", name, k)
		}
	}
	return out, nil
}

// Verbs lists the fmt verbs of a template with their flags and precision
// (%d, %.2f, %s …); %% is not a verb.
func Verbs(s string) []string {
	var out []string
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			continue
		}
		j := i + 1
		for j < len(s) && strings.IndexByte("+-# 0123456789.", s[j]) >= 0 {
			j++
		}
		if j < len(s) && s[j] != '%' {
			out = append(out, s[i:j+1])
		}
		i = j
	}
	return out
}
