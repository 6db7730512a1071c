package ner

import (
	"fmt"
	"strings"
)

// Families selects groups of features, so that what each adds can be
// measured (the ablation in data/ner/PROVENANCE.md). Word forms, stem and
// shape are always on.
type Families uint16

const (
	AffixFeatures       Families = 1 << iota // prefixes, suffixes, clitic-stripped forms
	ContextFeatures                          // neighbouring words, stems and shapes
	GazetteerFeatures                        // name-list membership, multi-word matches
	TriggerFeatures                          // titles, heads, kunya, speech verbs
	ClusterFeatures                          // word clusters learnt from unlabelled news
	DocumentFeatures                         // what other mentions of a word in the document show
	ConjunctionFeatures                      // pairs of facts: word before × shape or cluster, proclitic × name list
	StackFeatures                            // a first-pass tagger's labels of the word, its neighbours and its other mentions
	VectorFeatures                           // word codes: clusters at several granularities, quantised vector dimensions
	MinedFeatures                            // name lists mined from unlabelled news after head words (the name without its head)
	StatsFeatures                            // how the word behaves in a large corpus: article, suffixes, titles before it, cohesion, quotes

	AllFamilies = AffixFeatures | ContextFeatures | GazetteerFeatures | TriggerFeatures | ClusterFeatures | DocumentFeatures | StackFeatures
)

var familyNames = []struct {
	f    Families
	name string
}{{AffixFeatures, "affixes"}, {ContextFeatures, "context"}, {GazetteerFeatures, "gazetteer"}, {TriggerFeatures, "triggers"}, {ClusterFeatures, "clusters"}, {DocumentFeatures, "document"}, {StackFeatures, "stack"}, {VectorFeatures, "vectors"}, {MinedFeatures, "mined"}, {StatsFeatures, "wordstats"}}

// String lists the families joined by "+", "base" when none.
func (f Families) String() string {
	var parts []string
	for _, n := range familyNames {
		if f&n.f != 0 {
			parts = append(parts, n.name)
		}
	}
	if len(parts) == 0 {
		return "base"
	}
	return strings.Join(parts, "+")
}

// ParseFamilies reads a "+"- or ","-separated list of family names; "all"
// and "base" are accepted.
func ParseFamilies(s string) (Families, error) {
	var f Families
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == '+' || r == ',' }) {
		switch p = strings.TrimSpace(p); p {
		case "all":
			f |= AllFamilies
		case "base", "":
		default:
			found := false
			for _, n := range familyNames {
				if n.name == p {
					f |= n.f
					found = true
				}
			}
			if !found {
				return 0, fmt.Errorf("unknown feature family %q (want base, affixes, context, gazetteer, triggers, clusters, document, stack, vectors, mined, wordstats or all)", p)
			}
		}
	}
	return f, nil
}
