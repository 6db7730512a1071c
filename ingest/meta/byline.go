package meta

import (
	"strings"
	"unicode"

	"github.com/isnad/isnad/ingest/internal/lex"
)

// Byline is what a byline says: "نايف عبدالله – عين اليوم",
// "لندن: رنيم حنوش", "الرياض - واس", "عكاظ (جدة)".
type Byline struct {
	Author  string   // the person, "" when the byline names none
	Outlet  string   // the outlet that published the piece (never an agency), canonical
	Credits []string // wire agencies and other outlets named
	Place   string   // the place the piece was filed from
}

// bylineFiller are words that stand in a byline for "no named author".
var bylineFiller = map[string]bool{
	"متابعات": true, "متابعه": true, "وكالات": true, "خاص": true, "ترجمه": true, "تحرير": true,
	"المحرر": true, "فريق التحرير": true, "staff": true, "agencies": true, "editorial": true,
}

// bylinePrefix are words a byline may start with before the name.
var bylinePrefix = []string{"بقلم", "كتب", "كتبت", "اعداد", "تقرير", "حوار", "by"}

// ParseByline reads a byline. strict is for a line found in the text: it
// must have at least two parts and name an outlet or a place, and the
// person part must look like a name (two to four words), so that a
// headline such as "سكاي نيوز: وثائق مسربة …" is not taken for a byline.
// Without strict (an author field of the source) a lone name is accepted.
func (e *Extractor) ParseByline(s string, strict bool) (Byline, bool) {
	var b Byline
	if len(s) > 300 {
		return b, false
	}
	// "الرياض - الرياضية | Tuesday, 11 August 2015 - 16:10 pm": a date
	// after a bar is the page's timestamp, not part of the byline.
	if i := strings.LastIndex(s, "|"); i >= 0 {
		if _, ok := e.Date(s[i+1:]); ok {
			s = s[:i]
		}
	}
	parts := splitByline(s)
	if len(parts) == 0 || len(parts) > 4 {
		return b, false
	}
	if strict && len(parts) < 2 {
		return b, false
	}
	anchored := false
	var persons, ambiguous []string
	for _, p := range parts {
		k := lex.Key(p)
		switch {
		case k == "":
			continue
		case bylineFiller[k]:
			anchored = true
		case e.places.Has(k) && e.isOutlet(p):
			// "الرياض", "المدينة": a city or a paper. Decided below.
			anchored = true
			ambiguous = append(ambiguous, p)
		case e.isOutlet(p):
			c, _ := e.outlets.Outlet(p)
			anchored = true
			if b.Outlet == "" && !e.isAgency(c) {
				b.Outlet = c
			} else if c != b.Outlet && !contains(b.Credits, c) {
				b.Credits = append(b.Credits, c)
			}
		case e.places.Has(k):
			anchored = true
			if b.Place == "" {
				b.Place = p
			}
		default:
			if _, ok := e.Date(p); ok && !strict {
				continue // "| Tuesday, 11 August 2015 - 00:00 am"
			}
			name := stripPrefix(p)
			n := len(strings.Fields(name))
			if n == 0 || n > 5 || (strict && n < 2) || !isNameLike(name) {
				return Byline{}, false
			}
			persons = append(persons, name)
		}
	}
	if len(persons) > 1 {
		return Byline{}, false
	}
	if len(persons) == 1 {
		b.Author = persons[0]
	}
	for _, p := range ambiguous {
		// A name that is both a place and a paper is the paper only when
		// no other outlet is named: "الرياض - واس" is filed from Riyadh.
		c, _ := e.outlets.Outlet(p)
		switch {
		case b.Outlet == "" && len(b.Credits) == 0:
			b.Outlet = c
		case b.Place == "":
			b.Place = p
		}
	}
	if len(b.Credits) == 0 {
		b.Credits = nil
	}
	if strict && !anchored {
		return Byline{}, false
	}
	if b.Author == "" && b.Outlet == "" && b.Place == "" {
		return Byline{}, false
	}
	return b, true
}

func (e *Extractor) isOutlet(p string) bool {
	_, ok := e.outlets.Outlet(p)
	return ok
}

// splitByline cuts a byline at dashes, colons, bars, slashes and brackets.
func splitByline(s string) []string {
	f := func(r rune) bool {
		switch r {
		case '-', '–', '—', 'ـ', ':', '|', '/', '(', ')', '،', ',', '\n':
			return true
		}
		return false
	}
	var out []string
	for _, p := range strings.FieldsFunc(s, f) {
		p = strings.TrimSpace(strings.Trim(strings.TrimSpace(p), `"'«»“”`))
		p = strings.TrimSpace(p)
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

func stripPrefix(p string) string {
	fields := strings.Fields(p)
	if len(fields) > 1 {
		k := lex.Key(fields[0])
		for _, pre := range bylinePrefix {
			if k == pre {
				return strings.Join(fields[1:], " ")
			}
		}
	}
	return p
}

// isNameLike: letters, spaces and dots only (no digits, no sentence marks).
func isNameLike(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsSpace(r) && r != '.' && !unicode.Is(unicode.Mn, r) {
			return false
		}
	}
	return true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
