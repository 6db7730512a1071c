package actors

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// kindInfo is a row of kinds.txt: which types a kind may have.
type kindInfo struct {
	types []string
}

// Anaphor modes of a head noun (heads.txt).
const (
	anaphorNo    = "no"
	anaphorKind  = "kind"
	anaphorAlias = "alias"
)

// head is a row of heads.txt.
type head struct {
	word    string   // as written
	key     string   // folded
	kinds   []string // kinds it may head
	anaphor string   // anaphorNo, anaphorKind or anaphorAlias
}

func (h head) heads(kind string) bool {
	for _, k := range h.kinds {
		if k == kind {
			return true
		}
	}
	return false
}

// Roles of the words before a name (titles.txt).
const (
	roleTitle  = "title"
	roleOffice = "office"
	// roleCue: a word a tagger may glue to the name it introduces ("بحسب
	// عبدالرحمن"); cut from the name and not kept as a title.
	roleCue = "cue"
)

// variant is a row of variants.txt: two spellings of a part of a folded word.
type variant struct{ from, to string }

func parseKinds(name string, r io.Reader) (map[string]kindInfo, error) {
	recs, err := readRecords(name, r)
	if err != nil {
		return nil, err
	}
	out := make(map[string]kindInfo, len(recs))
	for _, rec := range recs {
		if len(rec.fields) < 2 || rec.fields[0] == "" {
			return nil, fmt.Errorf("%s:%d: want kind | types | description", name, rec.line)
		}
		out[rec.fields[0]] = kindInfo{types: splitList(rec.fields[1])}
	}
	return out, nil
}

func parseHeads(name string, r io.Reader) (map[string]head, error) {
	recs, err := readRecords(name, r)
	if err != nil {
		return nil, err
	}
	out := make(map[string]head, len(recs))
	for _, rec := range recs {
		f := rec.fields
		if len(f) != 3 || f[0] == "" {
			return nil, fmt.Errorf("%s:%d: want head | kinds | anaphor", name, rec.line)
		}
		switch f[2] {
		case anaphorNo, anaphorKind, anaphorAlias:
		default:
			return nil, fmt.Errorf("%s:%d: anaphor %q is not one of no, kind, alias", name, rec.line, f[2])
		}
		h := head{word: f[0], key: wordKey(f[0]), kinds: splitList(f[1]), anaphor: f[2]}
		out[h.key] = h
	}
	return out, nil
}

// parseTitles returns the titles keyed by the space-joined keys of their words.
func parseTitles(name string, r io.Reader) (map[string]string, int, error) {
	recs, err := readRecords(name, r)
	if err != nil {
		return nil, 0, err
	}
	out := make(map[string]string, len(recs))
	longest := 1
	for _, rec := range recs {
		f := rec.fields
		if len(f) != 2 || f[0] == "" || (f[1] != roleTitle && f[1] != roleOffice && f[1] != roleCue) {
			return nil, 0, fmt.Errorf("%s:%d: want word | title, office or cue", name, rec.line)
		}
		keys := phraseKeys(f[0])
		if len(keys) > longest {
			longest = len(keys)
		}
		out[strings.Join(keys, " ")] = f[1]
	}
	return out, longest, nil
}

func parseVariants(name string, r io.Reader) ([]variant, error) {
	recs, err := readRecords(name, r)
	if err != nil {
		return nil, err
	}
	var out []variant
	for _, rec := range recs {
		f := rec.fields
		if len(f) != 2 || f[0] == "" || f[1] == "" {
			return nil, fmt.Errorf("%s:%d: want from | to", name, rec.line)
		}
		from, to := wordKey(f[0]), wordKey(f[1])
		out = append(out, variant{from, to}, variant{to, from})
	}
	return out, nil
}

// parseWordSet reads a file of one word a line into a set of folded keys.
func parseWordSet(name string, r io.Reader) (map[string]bool, error) {
	recs, err := readRecords(name, r)
	if err != nil {
		return nil, err
	}
	out := make(map[string]bool, len(recs))
	for _, rec := range recs {
		if len(rec.fields) != 1 || strings.ContainsAny(rec.fields[0], " \t") {
			return nil, fmt.Errorf("%s:%d: want one word", name, rec.line)
		}
		out[wordKey(rec.fields[0])] = true
	}
	return out, nil
}

// notName is a word the tagger marks as a name that is not one (notnames.txt):
// the types it is dropped under, or any type.
type notName struct {
	any   bool
	types []string
}

func (n notName) drops(typ string) bool { return n.any || slices.Contains(n.types, typ) }

func parseNotNames(name string, r io.Reader) (map[string]notName, error) {
	recs, err := readRecords(name, r)
	if err != nil {
		return nil, err
	}
	out := make(map[string]notName, len(recs))
	for _, rec := range recs {
		f := rec.fields
		if len(f) != 2 || f[0] == "" || strings.ContainsAny(f[0], " \t") || f[1] == "" {
			return nil, fmt.Errorf("%s:%d: want one word | types", name, rec.line)
		}
		var n notName
		for _, t := range splitList(f[1]) {
			switch t {
			case "*":
				n.any = true
			case TypePER, TypeORG, TypeLOC, TypeMISC:
				n.types = append(n.types, t)
			default:
				return nil, fmt.Errorf("%s:%d: unknown type %q (want PER, ORG, LOC, MISC or *)", name, rec.line, t)
			}
		}
		out[wordKey(f[0])] = n
	}
	return out, nil
}

// commonNounsPath is the list of common definite nouns in data.NER, one
// folded word a line, made from SaudiNewsNet for the tagger; the linker reads
// it to tell a family name ("الحضيف") from a common word ("الأمين").
const commonNounsPath = "ner/common.txt"
