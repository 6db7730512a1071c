package events

import (
	"bufio"
	"fmt"
	"io/fs"
	"strings"

	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/data"
)

// trigger is one lexicon form.
type trigger struct {
	words []string // folded
	typ   string
	noun  bool
}

// Lexicon holds the event triggers, by first folded word, longest first.
type Lexicon struct {
	triggers map[string][]trigger
}

// DefaultLexicon loads the triggers shipped in data/events.
func DefaultLexicon() (*Lexicon, error) {
	return LoadLexicon(data.Events, "events/triggers.tsv")
}

// LoadLexicon reads a trigger table.
func LoadLexicon(fsys fs.FS, path string) (*Lexicon, error) {
	f, err := fsys.Open(path)
	if err != nil {
		return nil, fmt.Errorf("opening event triggers %s: %w", path, err)
	}
	defer f.Close()
	lx := &Lexicon{triggers: map[string][]trigger{}}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) != 3 || (fields[1] != "verb" && fields[1] != "noun") {
			return nil, fmt.Errorf("event triggers %s line %d: want type<TAB>verb|noun<TAB>forms", path, n)
		}
		switch fields[0] {
		case Meet, Agree, Supply, Attack, Kill, Release, Transfer, Announce:
		default:
			return nil, fmt.Errorf("event triggers %s line %d: unknown type %q", path, n, fields[0])
		}
		for _, form := range strings.Fields(fields[2]) {
			w := strings.Fields(strings.ToLower(arabic.Fold(strings.ReplaceAll(form, "_", " "))))
			if len(w) == 0 {
				continue
			}
			t := trigger{words: w, typ: fields[0], noun: fields[1] == "noun"}
			lx.triggers[w[0]] = append(lx.triggers[w[0]], t)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading event triggers %s: %w", path, err)
	}
	for k, ts := range lx.triggers {
		for i := 1; i < len(ts); i++ {
			for j := i; j > 0 && len(ts[j].words) > len(ts[j-1].words); j-- {
				ts[j], ts[j-1] = ts[j-1], ts[j]
			}
		}
		lx.triggers[k] = ts
	}
	return lx, nil
}
