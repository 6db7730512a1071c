package timex

import (
	"bufio"
	"fmt"
	"io/fs"
	"strconv"
	"strings"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/extract/quantity/scan"
)

// Lexicon is the time tagger's vocabulary: trigger words and phrases keyed by
// their folded first word. It is read-only once loaded.
type Lexicon struct {
	phrases scan.Phrases[entry] // first folded word → phrases starting with it
	// triggers holds every first word with every clitic combination the
	// matcher accepts, so that the tagger rejects an ordinary word with one
	// map lookup.
	triggers map[string]struct{}
	starts   scan.KeySet // a cheap first test of triggers
	filter   scan.KeySet // every form of every phrase's first word
}

// phrase is one lexicon form (one or more words) with what it means.
type phrase = scan.Phrase[entry]

// entry is what one form means; a form may carry several classes (شهر is
// both a unit and the cue before a month name).
type entry struct {
	classes  uint64
	weekday  int
	day      int    // relative day, dayPrefix offset
	unit     string // year, month, week, day
	deixis   int
	part     string
	quarter  int
	relation string
	era      string
	ordinal  int
	count    int
	month    int
	calendar byte // 'g' or 'h'
	ctx      bool // month name that needs context
}

type class uint

const (
	cWeekday class = iota
	cDay
	cDayPart
	cDayPrefix
	cUnit
	cUnits
	cDual
	cDeixis
	cThis
	cPart
	cQuarter
	cRelation
	cWithin
	cYearCue
	cEra
	cMonthCue
	cApprox
	cEquals
	cAnd
	cFrom
	cTo
	cOrdinal
	cCount
	cMonth
	cNotAfter
	cNotBefore
	cTimePrep
	cFiller
)

var classNames = map[string]class{
	"weekday": cWeekday, "day": cDay, "dayPart": cDayPart, "dayPrefix": cDayPrefix,
	"unit": cUnit, "units": cUnits, "dual": cDual, "deixis": cDeixis, "this": cThis,
	"part": cPart, "quarter": cQuarter, "relation": cRelation, "within": cWithin,
	"yearcue": cYearCue, "era": cEra, "monthcue": cMonthCue, "approx": cApprox,
	"equals": cEquals, "and": cAnd, "from": cFrom, "to": cTo, "ordinal": cOrdinal,
	"count": cCount, "notafter": cNotAfter, "notbefore": cNotBefore, "timeprep": cTimePrep,
	"filler": cFiller,
}

// validUnits are the calendar units the lexicon may name. Decades count ten
// years; hours are only ever vague or narrative (بعد ساعات) and get no value.
var validUnits = map[string]bool{"decade": true, "year": true, "month": true, "week": true, "day": true, "hour": true}

func (e *entry) has(c class) bool { return e != nil && e.classes&(1<<c) != 0 }

// Default loads the lexicon shipped in data/timex.
func Default() (*Lexicon, error) {
	return Load(data.Timex, "timex")
}

// Load reads months.tsv and words.tsv from dir in fsys.
func Load(fsys fs.FS, dir string) (*Lexicon, error) {
	lex := &Lexicon{phrases: scan.Phrases[entry]{}}
	if err := lex.readFile(fsys, dir+"/months.tsv", lex.addMonth); err != nil {
		return nil, err
	}
	if err := lex.readFile(fsys, dir+"/words.tsv", lex.addWord); err != nil {
		return nil, err
	}
	lex.triggers = expandClitics(lex.startWords())
	lex.starts = scan.NewKeySet(keysOf(lex.triggers))
	all := make([]string, 0, len(lex.phrases))
	for w := range lex.phrases {
		all = append(all, w)
	}
	lex.filter = scan.NewKeySet(keysOf(expandClitics(all)))
	return lex, nil
}

// startClasses are the classes a time expression can begin with; words of
// other classes (في، من، و، الماضي…) only matter after a start, so the
// tagger does not even try to parse at them.
const startClasses = 1<<cWeekday | 1<<cDay | 1<<cDayPart | 1<<cDayPrefix | 1<<cUnit | 1<<cUnits |
	1<<cDual | 1<<cThis | 1<<cPart | 1<<cQuarter | 1<<cRelation | 1<<cWithin | 1<<cYearCue |
	1<<cMonthCue | 1<<cOrdinal | 1<<cMonth

// startWords are the first words of phrases that can begin an expression.
func (lex *Lexicon) startWords() []string {
	var out []string
	for w, list := range lex.phrases {
		for _, p := range list {
			if p.Info.classes&startClasses != 0 {
				out = append(out, w)
				break
			}
		}
	}
	return out
}

// expandClitics lists the surface forms lookup can match: each first word
// bare, after و/ف, after ب/ل/ك and after both, and للـ for the article.
func expandClitics(words []string) map[string]struct{} {
	out := make(map[string]struct{}, len(words)*12)
	for _, w := range words {
		forms := []string{w}
		for _, p := range []string{"ب", "ل", "ك"} {
			forms = append(forms, p+w)
		}
		if strings.HasPrefix(w, "ال") {
			forms = append(forms, "لل"+w[4:])
		}
		for _, f := range forms {
			out[f] = struct{}{}
			out["و"+f] = struct{}{}
			out["ف"+f] = struct{}{}
		}
	}
	return out
}

// maybe reports whether a token key can start a lexicon phrase.
func (lex *Lexicon) maybe(t *scan.Token) bool {
	if !lex.starts.HasHash(t.Hash) {
		return false
	}
	_, ok := lex.triggers[t.Key]
	return ok
}

func (lex *Lexicon) readFile(fsys fs.FS, path string, add func([]string) error) error {
	f, err := fsys.Open(path)
	if err != nil {
		return fmt.Errorf("opening time lexicon %s: %w", path, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := add(strings.Split(line, "\t")); err != nil {
			return fmt.Errorf("time lexicon %s line %d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading time lexicon %s: %w", path, err)
	}
	return nil
}

func (lex *Lexicon) addMonth(f []string) error {
	if len(f) < 3 || (f[1] != "g" && f[1] != "h") {
		return fmt.Errorf("want form, g|h, month number[, ctx]: %q", strings.Join(f, "\t"))
	}
	m, err := strconv.Atoi(f[2])
	if err != nil || m < 1 || m > 12 {
		return fmt.Errorf("bad month number %q", f[2])
	}
	return lex.add(f[0], func(e *entry) {
		e.classes |= 1 << cMonth
		e.month, e.calendar = m, f[1][0]
		e.ctx = len(f) > 3 && f[3] == "ctx"
	})
}

func (lex *Lexicon) addWord(f []string) error {
	if len(f) < 2 {
		return fmt.Errorf("want form and class: %q", strings.Join(f, "\t"))
	}
	c, ok := classNames[f[1]]
	if !ok {
		return fmt.Errorf("unknown class in %q", strings.Join(f, "\t"))
	}
	arg := ""
	if len(f) > 2 {
		arg = f[2]
	}
	num := 0
	switch c {
	case cWeekday, cDay, cDayPrefix, cDeixis, cQuarter, cOrdinal, cCount:
		n, err := strconv.Atoi(arg)
		if err != nil {
			return fmt.Errorf("class %s wants a number, got %q", f[1], arg)
		}
		num = n
	case cUnit, cUnits, cDual:
		if !validUnits[arg] {
			return fmt.Errorf("unknown unit %q", arg)
		}
	}
	return lex.add(f[0], func(e *entry) {
		e.classes |= 1 << c
		switch c {
		case cWeekday:
			e.weekday = num
		case cDay, cDayPrefix:
			e.day = num
		case cUnit, cUnits, cDual:
			e.unit = arg
		case cDeixis:
			e.deixis = num
		case cPart:
			e.part = arg
		case cQuarter:
			e.quarter = num
		case cRelation:
			e.relation = arg
		case cEra:
			e.era = arg
		case cOrdinal:
			e.ordinal = num
		case cCount:
			e.count = num
		}
	})
}

// add merges a form's meaning into the phrase with the same words.
func (lex *Lexicon) add(form string, set func(*entry)) error {
	return lex.phrases.Add(form, set)
}

func keysOf(m map[string]struct{}) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}
