package ner

import (
	"slices"
	"strings"
)

// Gazetteer is a source of name-list membership features. Lookup receives a
// folded token (arabic.Fold), or several folded tokens joined by single
// spaces for multi-word names, and returns the labels of the lists holding
// it, e.g. "PER", "LOC", "ORG", "PER-title", "ORG-head". Labels are free
// strings: each becomes a feature, so a lexicon plugged in later that speaks
// the same labels is used by a model trained with another one.
type Gazetteer interface {
	Lookup(folded string) []string
	// MaxWords is the number of words in the longest entry (1: single words).
	MaxWords() int
}

// phraseStarter is implemented by gazetteers that can tell cheaply whether
// any multi-word entry begins with a word; others are asked every n-gram.
type phraseStarter interface {
	StartsPhrase(first string) bool
}

// Lexicon is an in-memory Gazetteer: folded phrases with their labels.
type Lexicon struct {
	entries  map[string][]string
	starts   map[string]bool // first words of multi-word entries
	maxWords int
}

// NewLexicon returns an empty lexicon.
func NewLexicon() *Lexicon {
	return &Lexicon{entries: map[string][]string{}, starts: map[string]bool{}}
}

// StartsPhrase reports whether a multi-word entry begins with first.
func (l *Lexicon) StartsPhrase(first string) bool { return l != nil && l.starts[first] }

// Add files a folded phrase (words separated by spaces) under a label.
func (l *Lexicon) Add(phrase, label string) {
	words := strings.Fields(phrase)
	if len(words) == 0 || label == "" {
		return
	}
	key := strings.Join(words, " ")
	if slices.Contains(l.entries[key], label) {
		return
	}
	l.entries[key] = append(l.entries[key], label)
	l.maxWords = max(l.maxWords, len(words))
	if len(words) > 1 {
		l.starts[words[0]] = true
	}
}

// Lookup implements Gazetteer.
func (l *Lexicon) Lookup(folded string) []string {
	if l == nil {
		return nil
	}
	return l.entries[folded]
}

// MaxWords implements Gazetteer.
func (l *Lexicon) MaxWords() int {
	if l == nil {
		return 0
	}
	return l.maxWords
}

// Len is the number of distinct phrases.
func (l *Lexicon) Len() int { return len(l.entries) }

// Entries lists phrase → labels pairs sorted by phrase, for saving.
func (l *Lexicon) entryList() [][2]string {
	var out [][2]string
	keys := make([]string, 0, len(l.entries))
	for k := range l.entries {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		for _, lab := range l.entries[k] {
			out = append(out, [2]string{lab, k})
		}
	}
	return out
}

// gazetteers combines several sources: labels from each, longest span from
// any.
type gazetteers []Gazetteer

func (g gazetteers) Lookup(folded string) []string {
	if len(g) == 1 {
		return g[0].Lookup(folded)
	}
	var out []string
	for _, s := range g {
		out = append(out, s.Lookup(folded)...)
	}
	return out
}

func (g gazetteers) MaxWords() int {
	m := 0
	for _, s := range g {
		m = max(m, s.MaxWords())
	}
	return m
}

func (g gazetteers) StartsPhrase(first string) bool {
	for _, s := range g {
		if ps, ok := s.(phraseStarter); !ok || ps.StartsPhrase(first) {
			return true
		}
	}
	return false
}
