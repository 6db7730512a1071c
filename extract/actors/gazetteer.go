package actors

import "strings"

// Gazetteer is the lexicon seen as a name list for a tagger's membership
// features: it satisfies extract/ner's Gazetteer interface (Lookup of folded
// words joined by single spaces, MaxWords) without this package importing
// the tagger. Labels are the actor types (PER, ORG, LOC, MISC); weak and
// ambiguous aliases count too, since the tagger weighs the evidence, but for
// the weak aliases of clubs (see label).
type Gazetteer struct {
	lex      *Lexicon
	maxWords int
}

// Gazetteer returns the lexicon's name-list view.
func (l *Lexicon) Gazetteer() Gazetteer {
	return Gazetteer{lex: l, maxWords: l.root.depth()}
}

// Lookup returns the types of the actors having the folded phrase as a name.
// The returned slice is shared: callers must not modify it.
//
// The tagger asks for every n-gram of every sentence, so the usual shape
// (words joined by single ASCII spaces) walks the trie without an iterator;
// any other whitespace goes through strings.FieldsSeq, whose reading of the
// phrase is the definition.
func (g Gazetteer) Lookup(folded string) []string {
	if !plainSpaced(folded) {
		return g.lookupFields(folded)
	}
	n := g.lex.root
	for rest := folded; rest != ""; {
		w := rest
		if i := strings.IndexByte(rest, ' '); i >= 0 {
			w, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if w == "" {
			continue
		}
		if n = n.child(matchCase(w)); n == nil {
			return nil
		}
	}
	if n == g.lex.root {
		return nil
	}
	return n.labels
}

func (g Gazetteer) lookupFields(folded string) []string {
	n := g.lex.root
	for w := range strings.FieldsSeq(folded) {
		if n = n.child(matchCase(w)); n == nil {
			return nil
		}
	}
	if n == g.lex.root {
		return nil
	}
	return n.labels
}

// StartsPhrase reports whether a phrase beginning with the folded word
// first can be a name: some name of two words or more begins with it, or it
// is a name itself (a phrase whose other words fold to nothing reads as the
// first word alone). The tagger asks it before trying the n-grams that start
// at a word, so it must never say no when a Lookup could succeed: a first
// that is not exactly one word gets yes.
func (g Gazetteer) StartsPhrase(first string) bool {
	if first == "" || !plainSpaced(first) || strings.IndexByte(first, ' ') >= 0 {
		return true
	}
	n := g.lex.root.child(matchCase(first))
	return n != nil && (len(n.next) > 0 || len(n.labels) > 0)
}

// plainSpaced reports whether the only whitespace strings.Fields could see
// in s is the ASCII space: no control bytes and none of the lead bytes of
// the multi-byte Unicode spaces (U+0085, U+00A0, U+1680, U+2000–U+205F,
// U+3000). Arabic letters (lead bytes 0xD8–0xDB) pass.
func plainSpaced(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < ' ', c == 0x7F, c == 0xC2, c == 0xE1, c == 0xE2, c == 0xE3:
			return false
		}
	}
	return true
}

// MaxWords is the number of words of the longest name.
func (g Gazetteer) MaxWords() int { return g.maxWords }

// matchCase gives a folded word the case the trie keys have: Latin words
// lowercased except short acronyms.
func matchCase(w string) string {
	if isASCII(w) {
		return wordKey(w)
	}
	return w
}

// depth is the number of edges on the longest path below n.
func (n *node) depth() int {
	d := 0
	for _, c := range n.next {
		d = max(d, 1+c.depth())
	}
	return d
}

// label fills every node's labels with the types of the actors it ends. A
// club's weak alias is left out: "الاتفاق", "التعاون", "الاتحاد" are words of
// every sentence, and a name-list feature firing on each would make the
// tagger mark agreements and cooperation as organisations.
func (n *node) label(actors []Actor) {
	n.labels = nil
	for _, e := range n.ends {
		if e.weak && actors[e.actor].isClub() {
			continue
		}
		t := actors[e.actor].Type
		if !containsString(n.labels, t) {
			n.labels = append(n.labels, t)
		}
	}
	for _, c := range n.next {
		c.label(actors)
	}
}
