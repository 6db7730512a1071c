package actors

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
)

var wikidataID = regexp.MustCompile(`^Q[1-9][0-9]*$`)

// validate checks the lexicon as a whole: unique ids, known types and kinds,
// parents that exist, well-formed Wikidata ids, and no alias naming two
// actors unless every actor sharing it marks it ambiguous. All problems are
// reported together, each with the file and the actor.
func (l *Lexicon) validate(file string) error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: "+format, append([]any{file}, args...)...))
	}
	ids := map[string]bool{}
	for _, a := range l.actors {
		if ids[a.ID] {
			bad("actor id %q is used twice", a.ID)
		}
		ids[a.ID] = true
	}
	type owner struct {
		id        string
		ambiguous bool
	}
	owners := map[string][]owner{}
	for _, a := range l.actors {
		switch a.Type {
		case TypePER, TypeORG, TypeLOC, TypeMISC:
		default:
			bad("%s: type %q is not PER, ORG, LOC or MISC", a.ID, a.Type)
		}
		k, ok := l.kinds[a.Kind]
		if !ok {
			bad("%s: kind %q is not in %s", a.ID, a.Kind, kindsFile)
		} else if !contains(k.types, a.Type) {
			bad("%s: kind %q is not a kind of %s", a.ID, a.Kind, a.Type)
		}
		if a.Parent != "" && !ids[a.Parent] {
			bad("%s: parent %q is not an actor", a.ID, a.Parent)
		}
		if a.Parent == a.ID {
			bad("%s: is its own parent", a.ID)
		}
		if a.Wikidata != "" && !wikidataID.MatchString(a.Wikidata) {
			bad("%s: Wikidata id %q is not of the form Q123", a.ID, a.Wikidata)
		}
		seen := map[string]bool{}
		for _, al := range a.matchNames() {
			keys := phraseKeys(al.Text)
			if len(keys) == 0 {
				bad("%s: alias %q has no word", a.ID, al.Text)
				continue
			}
			for _, sp := range l.spellings(keys) {
				key := strings.Join(sp, " ")
				if seen[key] {
					continue
				}
				seen[key] = true
				owners[key] = append(owners[key], owner{a.ID, al.Ambiguous})
			}
		}
	}
	for key, os := range owners {
		if len(os) < 2 {
			continue
		}
		for _, o := range os {
			if !o.ambiguous {
				var ids []string
				for _, o := range os {
					ids = append(ids, o.id)
				}
				bad("alias %q names %s: mark it ambiguous (?) in each or keep it in one", key, strings.Join(ids, ", "))
				break
			}
		}
	}
	return errors.Join(errs...)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
