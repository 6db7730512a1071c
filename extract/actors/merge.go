package actors

import (
	"sort"
	"strings"
)

// DocEntities is what Link found in one document.
type DocEntities struct {
	Doc      string // document id ("d:…")
	Entities []Entity
}

// Merge joins the entities of several documents: one entity per id (the same
// lexicon actor, or the same type and folded name), with every mention
// (document id set) and every alias. For names outside the lexicon the
// fullest name seen is kept. A person known only by one word ("حبيب") is not
// merged across documents: the word alone does not say it is the same man,
// so his id is made per document. Entities come out in order of first
// appearance, documents taken in the order given.
func Merge(docs []DocEntities) []Entity {
	index := map[string]int{}
	var out []Entity
	for _, d := range docs {
		for _, e := range d.Entities {
			ms := make([]EntityMention, len(e.Mentions))
			for i, m := range e.Mentions {
				m.Doc = d.Doc
				ms[i] = m
			}
			if e.Actor == "" && e.Type == TypePER && len(strings.Fields(e.Name)) == 1 {
				e.ID += "@" + strings.TrimPrefix(d.Doc, "d:")
			}
			i, ok := index[e.ID]
			if !ok {
				index[e.ID] = len(out)
				e.Mentions = ms
				e.Aliases = append([]string(nil), e.Aliases...)
				out = append(out, e)
				continue
			}
			m := &out[i]
			m.Mentions = append(m.Mentions, ms...)
			for _, a := range e.Aliases {
				if !containsString(m.Aliases, a) {
					m.Aliases = append(m.Aliases, a)
				}
			}
			if m.Affiliation == "" {
				m.Affiliation = e.Affiliation
			}
			if m.Actor == "" && len(strings.Fields(e.Name)) > len(strings.Fields(m.Name)) {
				m.Name = e.Name
			}
		}
	}
	for i := range out {
		sort.SliceStable(out[i].Mentions, func(a, b int) bool {
			x, y := out[i].Mentions[a], out[i].Mentions[b]
			if x.Doc != y.Doc {
				return x.Doc < y.Doc
			}
			return x.Start < y.Start
		})
	}
	return out
}
