package quantity

import (
	"bufio"
	"fmt"
	"io/fs"
	"strconv"
	"strings"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/extract/quantity/scan"
)

// Lexicon is the quantity tagger's vocabulary, keyed by folded first word.
type Lexicon struct {
	phrases scan.Phrases[entry]
	// triggers holds every first word with the clitics and articles the
	// matcher accepts, so that an ordinary word costs one map lookup.
	triggers map[string]struct{}
	starts   scan.KeySet // a cheap first test of triggers
	filter   scan.KeySet // every form of every phrase's first word
}

type phrase = scan.Phrase[entry]

type class uint

const (
	cNum class = iota
	cTeen
	cMult
	cVague
	cFew
	cApprox
	cApproxAfter
	cMin
	cMax
	cPercent
	cRateCue
	cTo
	cOpener
	cNotBefore
	cStop
	cUnit
	cMinAfter
	cHalf
)

var classNames = map[string]class{
	"num": cNum, "teen": cTeen, "mult": cMult, "vague": cVague, "few": cFew,
	"approx": cApprox, "approxafter": cApproxAfter, "min": cMin, "max": cMax,
	"percent": cPercent, "ratecue": cRateCue, "to": cTo, "opener": cOpener,
	"notbefore": cNotBefore, "stop": cStop, "minafter": cMinAfter, "half": cHalf,
}

type entry struct {
	classes uint32
	num     float64 // value of a number word
	mult    float64 // multiplier
	vague   float64 // lower bound of a vague count
	unit    string  // normalised counted noun
	count   int     // 2 for a dual form
}

func (e *entry) has(c class) bool { return e != nil && e.classes&(1<<c) != 0 }

// Default loads the lexicon shipped in data/quantity.
func Default() (*Lexicon, error) { return Load(data.Quantity, "quantity") }

// Load reads numbers.tsv and units.tsv from dir in fsys.
func Load(fsys fs.FS, dir string) (*Lexicon, error) {
	lex := &Lexicon{phrases: scan.Phrases[entry]{}}
	if err := readTSV(fsys, dir+"/numbers.tsv", lex.addNumberWord); err != nil {
		return nil, err
	}
	if err := readTSV(fsys, dir+"/units.tsv", lex.addUnit); err != nil {
		return nil, err
	}
	lex.triggers = cliticForms(lex.startWords())
	lex.starts = scan.NewKeySet(keysOf(lex.triggers))
	all := make([]string, 0, len(lex.phrases))
	for w := range lex.phrases {
		all = append(all, w)
	}
	lex.filter = scan.NewKeySet(keysOf(cliticForms(all)))
	return lex, nil
}

// startClasses are the classes a figure can begin with: number words, vague
// counts and the cues before a number. Function words (من، في، و) and words
// that only follow a number are not tried as starts.
const startClasses = 1<<cNum | 1<<cVague | 1<<cFew | 1<<cApprox | 1<<cMin | 1<<cMax | 1<<cRateCue | 1<<cOpener

// startWords are the first words of phrases that can begin a figure, and
// dual nouns (ساعتين), which count by themselves.
func (lex *Lexicon) startWords() []string {
	var out []string
	for w, list := range lex.phrases {
		for _, p := range list {
			if p.Info.classes&startClasses != 0 && w != "من" || p.Info.has(cUnit) && p.Info.count == 2 {
				out = append(out, w)
				break
			}
		}
	}
	return out
}

// maybe reports whether a token key can start a figure.
func (lex *Lexicon) maybe(t *scan.Token) bool {
	if !lex.starts.HasHash(t.Hash) {
		return false
	}
	_, ok := lex.triggers[t.Key]
	return ok
}

func readTSV(fsys fs.FS, path string, add func([]string) error) error {
	f, err := fsys.Open(path)
	if err != nil {
		return fmt.Errorf("opening quantity lexicon %s: %w", path, err)
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
			return fmt.Errorf("quantity lexicon %s line %d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading quantity lexicon %s: %w", path, err)
	}
	return nil
}

func (lex *Lexicon) addNumberWord(f []string) error {
	if len(f) < 2 {
		return fmt.Errorf("want form and class: %q", strings.Join(f, "\t"))
	}
	c, ok := classNames[f[1]]
	if !ok {
		return fmt.Errorf("unknown class %q", f[1])
	}
	v := 0.0
	switch c {
	case cNum, cMult, cVague:
		if len(f) < 3 {
			return fmt.Errorf("class %s wants a value", f[1])
		}
		x, err := strconv.ParseFloat(f[2], 64)
		if err != nil || x <= 0 {
			return fmt.Errorf("bad value %q", f[2])
		}
		v = x
	}
	return lex.add(f[0], func(e *entry) {
		e.classes |= 1 << c
		switch c {
		case cNum:
			e.num = v
		case cMult:
			e.mult = v
		case cVague:
			e.vague = v
		}
	})
}

func (lex *Lexicon) addUnit(f []string) error {
	if len(f) < 2 || f[1] == "" {
		return fmt.Errorf("want form and unit: %q", strings.Join(f, "\t"))
	}
	count := 0
	if len(f) > 2 {
		n, err := strconv.Atoi(f[2])
		if err != nil || n != 2 {
			return fmt.Errorf("a unit's count must be 2 (a dual), got %q", f[2])
		}
		count = n
	}
	return lex.add(f[0], func(e *entry) {
		e.classes |= 1 << cUnit
		e.unit, e.count = f[1], count
	})
}

// add merges a form's meaning into the phrase with the same words.
func (lex *Lexicon) add(form string, set func(*entry)) error {
	return lex.phrases.Add(form, set)
}

// at finds the phrase of class c whose first word is key, starting at token i.
func (lex *Lexicon) at(toks []scan.Token, i int, key string, c class) (*entry, int) {
	if !lex.filter.Has(key) {
		return nil, i
	}
	return lex.phraseOf(toks, i, key, c)
}

// phraseOf is at without the filter test, for keys already tested.
func (lex *Lexicon) phraseOf(toks []scan.Token, i int, key string, c class) (*entry, int) {
	list, ok := lex.phrases[key]
	if !ok {
		return nil, i
	}
next:
	for k := range list {
		p := &list[k]
		if !p.Info.has(c) || i+len(p.Rest) >= len(toks) && len(p.Rest) > 0 {
			continue
		}
		for j, w := range p.Rest {
			if toks[i+1+j].Key != w {
				continue next
			}
		}
		return &p.Info, i + 1 + len(p.Rest)
	}
	return nil, i
}

// is matches class c at token i without clitics.
func (lex *Lexicon) is(toks []scan.Token, i int, c class) (*entry, int, bool) {
	if i >= len(toks) || toks[i].Kind == scan.Number || !lex.filter.HasHash(toks[i].Hash) {
		return nil, i, false
	}
	e, end := lex.phraseOf(toks, i, toks[i].Key, c)
	return e, end, e != nil
}

// isClitic matches class c at token i allowing one proclitic (و ف ب ل ك)
// on the first word; it returns how many letters were stripped.
func (lex *Lexicon) isClitic(toks []scan.Token, i int, c class) (*entry, int, int, bool) {
	if e, end, ok := lex.is(toks, i, c); ok {
		return e, end, 0, true
	}
	if i >= len(toks) || toks[i].Kind != scan.Word || !lex.filter.HasHash(toks[i].Hash) {
		return nil, i, 0, false
	}
	k := toks[i].Key
	n := 0
	for n < 2 && len(k) >= 6 {
		switch k[:2] {
		case "و", "ف", "ب", "ل": // not ك: كمية is not ك + مئة
			k = k[2:]
			n++
			if e, end := lex.at(toks, i, k, c); e != nil {
				return e, end, n, true
			}
			continue
		}
		break
	}
	return nil, i, 0, false
}

// cliticForms lists each word bare and with the proclitics and articles the
// matcher strips: ب ل ال بال لل, each also after و or ف.
func cliticForms(words []string) map[string]struct{} {
	out := make(map[string]struct{}, len(words)*12)
	for _, w := range words {
		for _, p := range []string{"", "ب", "ل", "ال", "بال", "لل"} {
			out[p+w] = struct{}{}
			out["و"+p+w] = struct{}{}
			out["ف"+p+w] = struct{}{}
		}
	}
	return out
}

func keysOf(m map[string]struct{}) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}
