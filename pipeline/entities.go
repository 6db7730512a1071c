package pipeline

import (
	"cmp"
	"slices"

	"github.com/isnad/isnad/export"
)

// entityMerger joins the entities of many documents by id: the first name
// stays, aliases add up in the order seen, mentions are sorted by document
// and offset.
// Entity ids are corpus-stable (a lexicon actor's id, or type and folded
// name), so the same id in two documents is the same actor.
type entityMerger struct {
	order []string
	byID  map[string]*export.Entity
	alias map[string]map[string]bool
}

func (m *entityMerger) add(ents []export.Entity) {
	if m.byID == nil {
		m.byID = map[string]*export.Entity{}
		m.alias = map[string]map[string]bool{}
	}
	for _, e := range ents {
		have, ok := m.byID[e.ID]
		if !ok {
			cp := e
			cp.Aliases = nil
			cp.Mentions = append([]export.Mention(nil), e.Mentions...)
			m.byID[e.ID] = &cp
			m.alias[e.ID] = map[string]bool{}
			m.order = append(m.order, e.ID)
			have = &cp
		} else {
			have.Mentions = append(have.Mentions, e.Mentions...)
		}
		for _, a := range e.Aliases {
			if !m.alias[e.ID][a] {
				m.alias[e.ID][a] = true
				have.Aliases = append(have.Aliases, a)
			}
		}
	}
}

func (m *entityMerger) merged() []export.Entity {
	out := make([]export.Entity, 0, len(m.order))
	for _, id := range m.order {
		e := *m.byID[id]
		if e.Aliases == nil {
			e.Aliases = []string{}
		}
		slices.SortStableFunc(e.Mentions, func(a, b export.Mention) int {
			return cmp.Or(cmp.Compare(a.Doc, b.Doc), cmp.Compare(a.Start, b.Start))
		})
		out = append(out, e)
	}
	return out
}
