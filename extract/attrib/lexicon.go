package attrib

import (
	"bufio"
	"fmt"
	"io/fs"
	"strings"

	"github.com/isnad/isnad/data"
)

// cueClass says how a cue relates to its source.
type cueClass uint8

const (
	classSay   cueClass = iota + 1 // speech verb: the subject is the source
	classDoc                       // a verb documents speak with (أظهرت بيانات)
	classRelay                     // نقلت X عن Y
	classPrep                      // بحسب X
	classIn                        // جاء في X
)

// cue is one lexicon entry: a folded word sequence and what it means.
type cue struct {
	words []string
	class cueClass
	deny  bool // a denial speech act
	cont  bool // carries the previous source when it has no subject of its own
	weak  bool // an attribution only when a content marker follows
	lam   bool // the source is joined by لـ
	an    bool // the source is joined by عن
	hedge bool // the cue itself weakens the claim
}

// hedgePhrase is a folded word sequence that weakens a claim.
type hedgePhrase struct {
	words    []string
	document bool // a disclaimer of verification, document-wide
}

// knownSource is an entry of the fallback source list.
type knownSource struct {
	canonical, kind string
}

// Lexicon is everything the extractor knows about attribution, loaded from data files.
// It is read-only once loaded and safe to share between goroutines.
type Lexicon struct {
	cues      map[string][]cue // by first folded word, longest first
	hedges    map[string][]hedgePhrase
	heads     map[string]string // folded head noun → kind
	honorific map[string]bool
	roleTitle map[string]bool
	words     map[string]map[string]bool       // closed lists by name
	phrases   map[string]map[string][][]string // phrase lists (voice, denial) by name, then first word
	sources   map[string]knownSource           // folded alias → source
	maxSource int                              // longest alias in words
}

// DefaultLexicon loads the lexicon shipped in data/attrib.
func DefaultLexicon() (*Lexicon, error) {
	return LoadLexicon(data.Attrib, "attrib")
}

// LoadLexicon reads the lexicon files from dir in fsys.
func LoadLexicon(fsys fs.FS, dir string) (*Lexicon, error) {
	lx := &Lexicon{
		cues: map[string][]cue{}, hedges: map[string][]hedgePhrase{}, heads: map[string]string{},
		honorific: map[string]bool{}, roleTitle: map[string]bool{}, words: map[string]map[string]bool{},
		sources: map[string]knownSource{}, phrases: map[string]map[string][][]string{},
	}
	steps := []struct {
		file string
		read func(fields []string) error
	}{
		{"cues.tsv", lx.addCue},
		{"hedges.tsv", lx.addHedge},
		{"heads.tsv", lx.addHead},
		{"titles.txt", lx.addTitle},
		{"words.tsv", lx.addWords},
		{"sources.tsv", lx.addSource},
	}
	for _, st := range steps {
		if err := readTable(fsys, dir+"/"+st.file, st.read); err != nil {
			return nil, err
		}
	}
	for k, cs := range lx.cues {
		sortLongestFirst(cs)
		lx.cues[k] = cs
	}
	return lx, nil
}

// readTable calls read with the tab-separated fields of every non-comment line.
func readTable(fsys fs.FS, path string, read func([]string) error) error {
	f, err := fsys.Open(path)
	if err != nil {
		return fmt.Errorf("opening lexicon %s: %w", path, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := read(strings.Split(line, "\t")); err != nil {
			return fmt.Errorf("lexicon %s line %d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading lexicon %s: %w", path, err)
	}
	return nil
}

// phrase folds a space-separated form whose words may be joined with _.
func phrase(form string) []string {
	return strings.Fields(foldString(strings.ReplaceAll(form, "_", " ")))
}

func (lx *Lexicon) addCue(f []string) error {
	if len(f) != 3 {
		return fmt.Errorf("want class<TAB>flags<TAB>forms, got %d fields", len(f))
	}
	var c cue
	switch f[0] {
	case "say":
		c.class = classSay
	case "doc":
		c.class = classDoc
	case "relay":
		c.class = classRelay
	case "prep":
		c.class = classPrep
	case "in":
		c.class = classIn
	default:
		return fmt.Errorf("unknown cue class %q", f[0])
	}
	if f[1] != "-" {
		for _, flag := range strings.Split(f[1], ",") {
			switch flag {
			case "deny":
				c.deny = true
			case "cont":
				c.cont = true
			case "weak":
				c.weak = true
			case "lam":
				c.lam = true
			case "an":
				c.an = true
			case "hedge":
				c.hedge = true
			default:
				return fmt.Errorf("unknown cue flag %q", flag)
			}
		}
	}
	for _, form := range strings.Fields(f[2]) {
		w := phrase(form)
		if len(w) == 0 {
			continue
		}
		e := c
		e.words = w
		lx.cues[w[0]] = append(lx.cues[w[0]], e)
	}
	return nil
}

func (lx *Lexicon) addHedge(f []string) error {
	if len(f) != 2 || (f[0] != "claim" && f[0] != "document") {
		return fmt.Errorf("want claim|document<TAB>phrase")
	}
	w := phrase(f[1])
	if len(w) == 0 {
		return fmt.Errorf("empty hedge")
	}
	lx.hedges[w[0]] = append(lx.hedges[w[0]], hedgePhrase{words: w, document: f[0] == "document"})
	return nil
}

func (lx *Lexicon) addHead(f []string) error {
	if len(f) != 2 {
		return fmt.Errorf("want kind<TAB>forms")
	}
	switch f[0] {
	case KindAgency, KindOutlet, KindGovernment, KindOrganization, KindAnonymous, KindDocument:
	default:
		return fmt.Errorf("unknown kind %q", f[0])
	}
	for _, form := range strings.Fields(f[1]) {
		key := strings.Join(phrase(form), " ")
		if _, dup := lx.heads[key]; !dup {
			lx.heads[key] = f[0]
		}
	}
	return nil
}

func (lx *Lexicon) addTitle(f []string) error {
	if len(f) != 2 {
		return fmt.Errorf("want honorific|role<TAB>forms")
	}
	m := lx.roleTitle
	switch f[0] {
	case "honorific":
		m = lx.honorific
	case "role":
	default:
		return fmt.Errorf("unknown title kind %q", f[0])
	}
	for _, form := range strings.Fields(f[1]) {
		m[strings.Join(phrase(strings.TrimSuffix(form, ".")), " ")] = true
	}
	return nil
}

func (lx *Lexicon) addWords(f []string) error {
	if len(f) != 2 {
		return fmt.Errorf("want list<TAB>forms")
	}
	set := lx.words[f[0]]
	if set == nil {
		set = map[string]bool{}
		lx.words[f[0]] = set
	}
	for _, form := range strings.Fields(f[1]) {
		w := phrase(form)
		if f[0] == "voice" || f[0] == "denial" {
			if lx.phrases[f[0]] == nil {
				lx.phrases[f[0]] = map[string][][]string{}
			}
			lx.phrases[f[0]][w[0]] = append(lx.phrases[f[0]][w[0]], w)
			continue
		}
		set[strings.Join(w, " ")] = true
	}
	return nil
}

func (lx *Lexicon) addSource(f []string) error {
	if len(f) != 3 {
		return fmt.Errorf("want canonical<TAB>kind<TAB>aliases")
	}
	for _, a := range append([]string{f[0]}, strings.Split(f[2], "|")...) {
		w := phrase(stripQuotes(a))
		if len(w) == 0 {
			continue
		}
		lx.sources[strings.Join(w, " ")] = knownSource{canonical: f[0], kind: f[1]}
		lx.maxSource = max(lx.maxSource, len(w))
	}
	return nil
}

func (lx *Lexicon) is(list, folded string) bool { return lx.words[list][folded] }

// Outlet makes the fallback list an OutletResolver: it knows outlets and agencies only.
func (lx *Lexicon) Outlet(name string) (string, bool) {
	s, ok := lx.sources[strings.Join(strings.Fields(foldString(stripQuotes(name))), " ")]
	if !ok || (s.kind != KindOutlet && s.kind != KindAgency) {
		return "", false
	}
	return s.canonical, true
}

// known looks a folded phrase up in the fallback source list, any kind.
func (lx *Lexicon) known(folded string) (knownSource, bool) {
	s, ok := lx.sources[folded]
	return s, ok
}

func sortLongestFirst(cs []cue) {
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && len(cs[j].words) > len(cs[j-1].words); j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
}

func stripQuotes(s string) string {
	return strings.Map(func(r rune) rune {
		if isQuote(r) {
			return -1
		}
		return r
	}, s)
}
