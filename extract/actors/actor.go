package actors

import "strings"

// Entity types, as the tagger and the analysis JSON name them.
const (
	TypePER  = "PER"
	TypeORG  = "ORG"
	TypeLOC  = "LOC"
	TypeMISC = "MISC"
)

// Actor is one record of the lexicon: a canonical actor with its names.
type Actor struct {
	ID       string // stable slug: "isis", "irgc", "deir-ez-zor"
	Type     string // PER, ORG, LOC or MISC
	Kind     string // finer kind: armed-group, outlet, city … (kinds.txt)
	Arabic   string // canonical Arabic name
	English  string // canonical English name
	Wikidata string // QID when known, "" otherwise
	Parent   string // id of the actor it belongs to ("" when none)
	Aliases  []Alias
}

// Alias is one name an actor goes by.
type Alias struct {
	Text string
	// Weak aliases are also common words (تدمر "destroys", القاعدة "the base"):
	// they count only with context — a head noun, quotes, a confirming tagger
	// mention or a strong mention of the same actor in the document.
	Weak bool
	// Ambiguous aliases may name several actors (عمان: Oman or Amman); the
	// document decides, and without evidence nothing is linked.
	Ambiguous bool
	// Adjectival aliases are also nisba adjectives (السعودية "Saudi"): after
	// a definite noun ("البعثة السعودية") or, for a form without the article,
	// after any noun ("قوات سورية"), they qualify it and name nothing.
	Adjectival bool
	// ResolverOnly aliases (domains, feed ids) serve Outlet and are never
	// matched in running text.
	ResolverOnly bool
}

// Names returns the canonical names and every alias text of a, canonical first.
func (a *Actor) Names() []string {
	out := []string{a.Arabic}
	if a.English != "" {
		out = append(out, a.English)
	}
	for _, al := range a.Aliases {
		out = append(out, al.Text)
	}
	return out
}

// matchNames returns the names of a to match in text: canonical names and
// aliases, one per matching key. An alias that folds like a canonical name
// lends it its flags: Amman's canonical "عمّان" folds to "عمان", an alias
// marked ambiguous because it is also Oman.
func (a *Actor) matchNames() []Alias {
	names := []Alias{{Text: a.Arabic}}
	if a.English != "" {
		names = append(names, Alias{Text: a.English})
	}
	names = append(names, a.Aliases...)
	index := map[string]int{}
	var out []Alias
	for _, al := range names {
		if al.ResolverOnly || al.Text == "" {
			continue
		}
		key := strings.Join(phraseKeys(al.Text), " ")
		if i, ok := index[key]; ok {
			if al.Weak || al.Ambiguous || al.Adjectival {
				out[i].Weak, out[i].Ambiguous, out[i].Adjectival = al.Weak, al.Ambiguous, al.Adjectival
			}
			continue
		}
		index[key] = len(out)
		out = append(out, al)
	}
	return out
}

// isNewsOutlet reports an outlet or a news agency: the actors named in
// credits and bylines, whose common-word names count only where introduced.
func (a *Actor) isNewsOutlet() bool { return a.Kind == "outlet" || a.Kind == "news-agency" }

// isClub reports a sports club or team.
func (a *Actor) isClub() bool { return a.Kind == "club" }
