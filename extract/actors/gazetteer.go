package actors

import "strings"

// Gazetteer is the lexicon seen as a name list for a tagger's membership
// features: it satisfies extract/ner's Gazetteer interface (Lookup of folded
// words joined by single spaces, MaxWords) without this package importing
// the tagger. Labels are the actor types (PER, ORG, LOC, MISC); weak and
// ambiguous aliases count too, since the tagger weighs the evidence.
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
func (g Gazetteer) Lookup(folded string) []string {
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

// label fills every node's labels with the types of the actors it ends.
func (n *node) label(actors []Actor) {
	n.labels = nil
	for _, e := range n.ends {
		t := actors[e.actor].Type
		if !containsString(n.labels, t) {
			n.labels = append(n.labels, t)
		}
	}
	for _, c := range n.next {
		c.label(actors)
	}
}
