package meta

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/ingest/internal/lex"
)

// token is one piece of a folded line: a run of digits, a run of letters
// (keyed) or a single other non-space character.
type token struct {
	text string
	kind byte // 'n' number, 'w' word, 'p' punctuation
}

func tokenizeDate(s string) []token {
	var toks []token
	rs := []rune(strings.ToLower(arabic.Fold(s)))
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsDigit(r):
			j := i
			for j < len(rs) && unicode.IsDigit(rs[j]) {
				j++
			}
			toks = append(toks, token{string(rs[i:j]), 'n'})
			i = j
		case unicode.IsLetter(r):
			j := i
			for j < len(rs) && unicode.IsLetter(rs[j]) {
				j++
			}
			toks = append(toks, token{string(rs[i:j]), 'w'})
			i = j
		default:
			toks = append(toks, token{string(r), 'p'})
			i++
		}
	}
	return toks
}

// dateMatch is a date found in a token list: the tokens it used.
type dateMatch struct {
	date       string // YYYY-MM-DD
	start, end int    // token range, end exclusive
}

// findDate returns the first date in toks.
func (e *Extractor) findDate(toks []token) (dateMatch, bool) {
	for i := range toks {
		if m, ok := e.dateAt(toks, i); ok {
			return m, true
		}
	}
	return dateMatch{}, false
}

// dateAt tries every date form starting at token i.
func (e *Extractor) dateAt(toks []token, i int) (dateMatch, bool) {
	t := toks[i]
	if t.kind == 'n' {
		// 2024/03/29, 29-03-2024, 29.03.2024
		if i+4 < len(toks) && toks[i+1].kind == 'p' && toks[i+2].kind == 'n' && toks[i+3].text == toks[i+1].text && toks[i+4].kind == 'n' &&
			strings.Contains("/-.", toks[i+1].text) {
			a, b, c := toks[i].text, toks[i+2].text, toks[i+4].text
			if len(a) == 4 {
				if d, ok := makeDate(a, b, c); ok {
					return dateMatch{d, i, i + 5}, true
				}
			} else if len(c) == 4 {
				if d, ok := makeDate(c, b, a); ok {
					return dateMatch{d, i, i + 5}, true
				}
			}
			return dateMatch{}, false
		}
		// 29 آذار 2024, 29 آذار/مارس 2024, 29-مارس-2024
		j := skipPunct(toks, i+1, 1)
		if mon, next, ok := e.monthAt(toks, j); ok {
			k := next
			if k+1 < len(toks) && toks[k].text == "/" {
				if _, n2, ok := e.monthAt(toks, k+1); ok {
					k = n2
				}
			}
			k = skipPunct(toks, k, 1)
			if k < len(toks) && toks[k].kind == 'n' && len(toks[k].text) == 4 {
				if d, ok := makeDate(toks[k].text, strconv.Itoa(mon), t.text); ok {
					return dateMatch{d, i, k + 1}, true
				}
			}
		}
		return dateMatch{}, false
	}
	// مارس 29, 2024 / March 29, 2024
	if mon, next, ok := e.monthAt(toks, i); ok {
		if next < len(toks) && toks[next].kind == 'n' && len(toks[next].text) <= 2 {
			k := skipPunct(toks, next+1, 1)
			if k < len(toks) && toks[k].kind == 'n' && len(toks[k].text) == 4 {
				if d, ok := makeDate(toks[k].text, strconv.Itoa(mon), toks[next].text); ok {
					return dateMatch{d, i, k + 1}, true
				}
			}
		}
	}
	return dateMatch{}, false
}

// skipPunct skips at most n punctuation tokens.
func skipPunct(toks []token, i, n int) int {
	for ; n > 0 && i < len(toks) && toks[i].kind == 'p'; n-- {
		i++
	}
	return i
}

// monthAt matches a one- or two-word month name at token i.
func (e *Extractor) monthAt(toks []token, i int) (month, next int, ok bool) {
	if i >= len(toks) || toks[i].kind != 'w' {
		return 0, 0, false
	}
	if i+1 < len(toks) && toks[i+1].kind == 'w' {
		if m, ok := e.months.number[toks[i].text+" "+toks[i+1].text]; ok {
			return m, i + 2, true
		}
	}
	if m, ok := e.months.number[toks[i].text]; ok {
		return m, i + 1, true
	}
	return 0, 0, false
}

func makeDate(y, m, d string) (string, bool) {
	yi, err1 := strconv.Atoi(y)
	mi, err2 := strconv.Atoi(m)
	di, err3 := strconv.Atoi(d)
	if err1 != nil || err2 != nil || err3 != nil || yi < 1900 || yi > 2100 || mi < 1 || mi > 12 || di < 1 || di > 31 {
		return "", false
	}
	t := time.Date(yi, time.Month(mi), di, 0, 0, 0, 0, time.UTC)
	if t.Day() != di { // 31 February
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", yi, mi, di), true
}

// Dateline reports whether line is a dateline: a date with nothing beside it
// but weekdays, publishing words ("نشر في", "آخر تحديث"), a clock time and
// place names. It returns the date as YYYY-MM-DD.
func (e *Extractor) Dateline(line string) (string, bool) {
	if len(line) > 240 {
		return "", false
	}
	toks := tokenizeDate(line)
	m, ok := e.findDate(toks)
	if !ok {
		return "", false
	}
	for i := 0; i < len(toks); i++ {
		if i == m.start {
			i = m.end - 1
			continue
		}
		t := toks[i]
		switch t.kind {
		case 'p':
		case 'n':
			// a clock time: 10:30 or 10:30:15
			if i+2 < len(toks) && toks[i+1].text == ":" && toks[i+2].kind == 'n' {
				i += 2
				for i+2 < len(toks) && toks[i+1].text == ":" && toks[i+2].kind == 'n' {
					i += 2
				}
				continue
			}
			return "", false
		case 'w':
			if i+1 < len(toks) && toks[i+1].kind == 'w' && (e.datelineWords.Has(t.text+" "+toks[i+1].text) || e.places.Has(t.text+" "+toks[i+1].text)) {
				i++
				continue
			}
			if !e.datelineWords.Has(t.text) && !e.places.Has(t.text) {
				return "", false
			}
		}
	}
	return m.date, true
}

// Date reads a date from a metadata value: ISO 8601 and RFC layouts first,
// then the forms Dateline knows, anywhere in the value.
func (e *Extractor) Date(value string) (string, bool) {
	v := strings.TrimSpace(value)
	if v == "" {
		return "", false
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04", "2006-01-02",
		time.RFC1123, time.RFC1123Z, time.RFC822, time.RFC822Z, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST"} {
		if t, err := time.Parse(layout, v); err == nil && t.Year() >= 1900 && t.Year() <= 2100 {
			return t.Format("2006-01-02"), true
		}
	}
	if m, ok := e.findDate(tokenizeDate(v)); ok {
		return m.date, true
	}
	return "", false
}

// keyAll keys each entry; the dateline words are looked up one or two words at a time.
func keyAll(entries []string) lex.Set { return lex.NewSet(entries) }
