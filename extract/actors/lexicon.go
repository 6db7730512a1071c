package actors

import (
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/internal/wordlist"
)

// Lexicon is the loaded actor lexicon with its matching trie and the tables
// the linker reads. It is read-only once loaded and safe for concurrent use.
type Lexicon struct {
	actors []Actor
	byID   map[string]int
	kinds  map[string]kindInfo
	heads  map[string]head
	titles map[string]string // space-joined word keys → roleTitle / roleOffice
	// titleWords is the longest title in words.
	titleWords int
	variants   []variant
	// eponyms are the nouns that make a person's name the name of a place
	// or body after them ("مطار الملك سلمان"): folded keys.
	eponyms map[string]bool
	// notNames are the words the tagger marks as names that are not actors
	// (God, currencies): folded keys.
	notNames map[string]notName
	// bodies are the head nouns that name bodies and buildings ("وزارة …").
	bodies bodyTable
	// common are the common definite nouns (data/ner/common.txt), which are
	// no family names when they stand alone; nil when not loaded.
	common map[string]bool
	// clubWords are the words of sports reporting before a club's name
	// (clubs.txt): folded keys.
	clubWords map[string]bool
	root      *node
	// outlets maps the key of every name of an outlet or news agency (and
	// resolver keys: domains, feed ids) to the actor.
	outlets map[string]int
}

// File names inside the lexicon folder.
const (
	actorsFile   = "actors.txt"
	kindsFile    = "kinds.txt"
	headsFile    = "heads.txt"
	titlesFile   = "titles.txt"
	variantsFile = "variants.txt"
	eponymsFile  = "eponyms.txt"
	notNamesFile = "notnames.txt"
	bodiesFile   = "bodies.txt"
	clubsFile    = "clubs.txt"
)

// LoadDefault loads the lexicon shipped with isnad (data/actors).
func LoadDefault() (*Lexicon, error) {
	lex, err := Load(data.Actors, "actors")
	if err != nil {
		return nil, err
	}
	if lex.common, err = wordlist.ReadFS(data.NER, commonNounsPath, "data/"+commonNounsPath); err != nil {
		return nil, err
	}
	return lex, nil
}

// Load reads and validates the lexicon files in dir of fsys.
func Load(fsys fs.FS, dir string) (*Lexicon, error) {
	open := func(name string) (fs.File, string, error) {
		p := path.Join(dir, name)
		f, err := fsys.Open(p)
		if err != nil {
			return nil, p, fmt.Errorf("opening actor lexicon file %s: %w", p, err)
		}
		return f, p, nil
	}
	lex := &Lexicon{byID: map[string]int{}, root: newNode(), outlets: map[string]int{}}
	steps := []struct {
		file string
		read func(p string, f fs.File) error
	}{
		{kindsFile, func(p string, f fs.File) (err error) { lex.kinds, err = parseKinds(p, f); return }},
		{headsFile, func(p string, f fs.File) (err error) { lex.heads, err = parseHeads(p, f); return }},
		{titlesFile, func(p string, f fs.File) (err error) {
			lex.titles, lex.titleWords, err = parseTitles(p, f)
			return
		}},
		{variantsFile, func(p string, f fs.File) (err error) { lex.variants, err = parseVariants(p, f); return }},
		{eponymsFile, func(p string, f fs.File) (err error) { lex.eponyms, err = parseWordSet(p, f); return }},
		{notNamesFile, func(p string, f fs.File) (err error) { lex.notNames, err = parseNotNames(p, f); return }},
		{bodiesFile, func(p string, f fs.File) (err error) { lex.bodies, err = parseBodies(p, f); return }},
		{clubsFile, func(p string, f fs.File) (err error) { lex.clubWords, err = parseWordSet(p, f); return }},
		{actorsFile, func(p string, f fs.File) (err error) { lex.actors, err = parseActors(p, f); return }},
	}
	for _, st := range steps {
		f, p, err := open(st.file)
		if err != nil {
			return nil, err
		}
		err = st.read(p, f)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	if err := lex.validate(path.Join(dir, actorsFile)); err != nil {
		return nil, err
	}
	lex.index()
	return lex, nil
}

// Actors returns the lexicon's actors in file order. The slice is shared:
// callers must not modify it.
func (l *Lexicon) Actors() []Actor { return l.actors }

// Actor returns the actor with the given id.
func (l *Lexicon) Actor(id string) (*Actor, bool) {
	i, ok := l.byID[id]
	if !ok {
		return nil, false
	}
	return &l.actors[i], true
}

// Len is the number of actors.
func (l *Lexicon) Len() int { return len(l.actors) }

// index builds the matching trie and the outlet resolver table.
func (l *Lexicon) index() {
	for i := range l.actors {
		a := &l.actors[i]
		l.byID[a.ID] = i
		if a.isNewsOutlet() {
			for _, name := range a.Names() {
				if k := outletKey(name); k != "" {
					l.outlets[k] = i
				}
			}
		}
		for _, al := range a.matchNames() {
			keys := phraseKeys(al.Text)
			if len(keys) == 0 {
				continue
			}
			for _, v := range l.spellings(keys) {
				l.root.add(v, ref{actor: int32(i), weak: al.Weak, ambiguous: al.Ambiguous, taMarbuta: strings.HasSuffix(al.Text, "ة"), adjectival: al.Adjectival})
			}
		}
	}
	l.root.label(l.actors)
}

// spellings returns keys and its spelling variants: the pairs of
// variants.txt, and "عبد ال…" written as one word or two.
func (l *Lexicon) spellings(keys []string) [][]string {
	out := [][]string{keys}
	for _, v := range l.variants {
		for _, ks := range out {
			changed := false
			nk := make([]string, len(ks))
			for i, k := range ks {
				nk[i] = k
				if strings.Contains(k, v.from) {
					nk[i] = strings.ReplaceAll(k, v.from, v.to)
					changed = true
				}
			}
			if changed {
				out = append(out, nk)
				break
			}
		}
	}
	n := len(out)
	for _, ks := range out[:n] {
		if j := joinAbd(ks); j != nil {
			out = append(out, j)
		}
		if s := splitAbd(ks); s != nil {
			out = append(out, s)
		}
	}
	return out
}

// joinAbd writes "عبد الرحمن" as "عبدالرحمن"; nil when there is none.
func joinAbd(keys []string) []string {
	for i := 0; i+1 < len(keys); i++ {
		if keys[i] == "عبد" && strings.HasPrefix(keys[i+1], "ال") {
			out := append([]string{}, keys[:i]...)
			out = append(out, "عبد"+keys[i+1])
			return append(out, keys[i+2:]...)
		}
	}
	return nil
}

// splitAbd writes "عبدالرحمن" as "عبد الرحمن"; nil when there is none.
func splitAbd(keys []string) []string {
	for i, k := range keys {
		if strings.HasPrefix(k, "عبدال") && runeLen(k) > 6 {
			out := append([]string{}, keys[:i]...)
			out = append(out, "عبد", strings.TrimPrefix(k, "عبد"))
			return append(out, keys[i+1:]...)
		}
	}
	return nil
}
