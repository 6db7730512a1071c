package scan

import (
	"fmt"
	"slices"
)

// Phrases is a lexicon's table of forms of one or more words, keyed by the
// folded key of the first word; each form carries a value E (what it means).
// The forms sharing a first word are kept longest first, so that a matcher
// trying them in order finds the longest form.
type Phrases[E any] map[string][]Phrase[E]

// Phrase is one form: the keys of the words after the first, and its value.
type Phrase[E any] struct {
	Rest []string
	Info E
}

// Add merges a form's meaning into the phrase with the same words, or adds
// the phrase; set fills in the value.
func (p Phrases[E]) Add(form string, set func(*E)) error {
	var words []string
	for _, t := range Scan(form) {
		words = append(words, t.Key)
	}
	if len(words) == 0 {
		return fmt.Errorf("empty form")
	}
	list := p[words[0]]
	for k := range list {
		if slices.Equal(list[k].Rest, words[1:]) {
			set(&list[k].Info)
			return nil
		}
	}
	ph := Phrase[E]{Rest: words[1:]}
	set(&ph.Info)
	list = append(list, ph)
	for k := len(list) - 1; k > 0 && len(list[k].Rest) > len(list[k-1].Rest); k-- {
		list[k], list[k-1] = list[k-1], list[k]
	}
	p[words[0]] = list
	return nil
}
