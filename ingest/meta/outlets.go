// Package meta finds what a news text says about itself when its source
// said nothing: datelines, whole-piece credits ("(عن الحرة)"), bylines
// ("نايف عبدالله – عين اليوم") and the outlets they name.
package meta

import (
	"fmt"
	"io/fs"
	"strings"
	"unicode"

	"github.com/isnad/isnad/ingest/internal/lex"
)

// OutletResolver maps a name as written (Arabic or English name, domain,
// scraper source id) to the canonical outlet name. The actor lexicon
// implements it; Outlets is the small default.
type OutletResolver interface {
	Outlet(name string) (canonical string, ok bool)
}

// AgencyTeller is implemented by resolvers that know which outlets are wire
// agencies (their copy is reprinted by others, so a byline naming one is a
// credit, not the publisher).
type AgencyTeller interface {
	IsAgency(canonical string) bool
}

// Outlets is the default OutletResolver, read from data/ingest/outlets.tsv.
type Outlets struct {
	byKey  map[string]string
	agency map[string]bool
}

// LoadOutlets reads the outlet table (canonical, kind, aliases) from fsys.
func LoadOutlets(fsys fs.FS, name string) (*Outlets, error) {
	rows, err := lex.Lines(fsys, name)
	if err != nil {
		return nil, err
	}
	o := &Outlets{byKey: map[string]string{}, agency: map[string]bool{}}
	for i, row := range rows {
		cols := strings.Split(row, "\t")
		if len(cols) != 3 {
			return nil, fmt.Errorf("outlet table %s row %d: want 3 tab-separated columns, got %d", name, i+1, len(cols))
		}
		canonical, kind := strings.TrimSpace(cols[0]), strings.TrimSpace(cols[1])
		if kind != "outlet" && kind != "agency" {
			return nil, fmt.Errorf("outlet table %s row %d: kind %q is neither outlet nor agency", name, i+1, kind)
		}
		o.agency[canonical] = kind == "agency"
		for _, alias := range append([]string{canonical}, strings.Split(cols[2], "|")...) {
			if k := lex.KeyWithDigits(alias); k != "" {
				if _, taken := o.byKey[k]; !taken {
					o.byKey[k] = canonical
				}
			}
		}
	}
	return o, nil
}

// Outlet resolves a name; the article prefixes "صحيفة", "موقع", "وكالة",
// "قناة", "جريدة" and quotes are ignored.
func (o *Outlets) Outlet(name string) (string, bool) {
	k := lex.KeyWithDigits(name)
	if k == "" {
		return "", false
	}
	if c, ok := o.byKey[k]; ok {
		return c, true
	}
	for _, p := range []string{"صحيفه ", "موقع ", "وكاله ", "قناه ", "جريده ", "مجله ", "شبكه "} {
		if rest, ok := strings.CutPrefix(k, p); ok {
			if c, ok := o.byKey[rest]; ok {
				return c, true
			}
		}
	}
	return "", false
}

// IsAgency reports whether the canonical outlet is a wire agency.
func (o *Outlets) IsAgency(canonical string) bool { return o.agency[canonical] }

// OutletMention finds an outlet named inside a line: a run of two to four
// words, or a domain, that the resolver knows. One-word names are skipped:
// many ("اليوم", "الوطن", "سبق") are common words.
func (e *Extractor) OutletMention(line string) (string, bool) {
	words := strings.FieldsFunc(line, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != '-' && !unicode.Is(unicode.Mn, r)
	})
	for i := range words {
		for n := 4; n >= 1; n-- {
			if i+n > len(words) {
				continue
			}
			cand := strings.Join(words[i:i+n], " ")
			if n == 1 && !strings.Contains(cand, ".") {
				continue
			}
			if c, ok := e.outlets.Outlet(cand); ok {
				return c, true
			}
		}
	}
	return "", false
}
