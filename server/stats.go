package server

import (
	"net/http"
	"sync"

	"github.com/isnad/isnad/store"
)

// topActors is how many of the most mentioned entities the dashboard shows.
const topActors = 15

// StatsView is the dashboard's figures.
type StatsView struct {
	store.Stats
	Days      []DayCount         `json:"days"` // documents per published day, in date order
	TopActors []store.EntityInfo `json:"top_actors"`
	Counts    CorpusCounts       `json:"counts"`
}

// DayCount is how many documents were published on one day.
type DayCount struct {
	Day       string `json:"day"`
	Documents int    `json:"documents"`
}

// CorpusCounts counts the corpus analysis's findings.
type CorpusCounts struct {
	Entities       int `json:"entities"`
	Claims         int `json:"claims"`
	Events         int `json:"events"`
	Stories        int `json:"stories"`
	ClaimGroups    int `json:"claim_groups"`
	Contradictions int `json:"contradictions"`
}

func (s *server) stats(r *http.Request) (any, error) {
	st, err := s.cfg.Store.Stats(r.Context())
	if err != nil {
		return nil, err
	}
	if st.Outlets == nil {
		st.Outlets = []store.OutletCount{}
	}
	x, err := s.corpus(r.Context())
	if err != nil {
		return nil, err
	}
	top, err := x.topActors.get(st.Documents, func() ([]store.EntityInfo, error) {
		ep, err := s.cfg.Store.Entities(r.Context(), store.EntityFilter{}, store.Page{Limit: topActors})
		return ep.Entities, err
	})
	if err != nil {
		return nil, err
	}
	v := StatsView{Stats: st, TopActors: top, Counts: CorpusCounts{
		Entities: len(x.a.Entities), Claims: len(x.a.Claims), Events: len(x.a.Events), Stories: len(x.a.Stories),
		ClaimGroups: len(x.a.ClaimGroups), Contradictions: len(x.a.Contradictions)}}
	if v.TopActors == nil {
		v.TopActors = []store.EntityInfo{}
	}
	v.Days = x.days
	return v, nil
}

// topActorsMemo keeps the dashboard's most mentioned entities while the
// number of stored documents stays: entities' counts only change when
// documents are added, and listing them with their aliases is most of what
// the dashboard's figures cost.
type topActorsMemo struct {
	mu    sync.Mutex
	valid bool
	docs  int
	top   []store.EntityInfo
}

func (m *topActorsMemo) get(docs int, list func() ([]store.EntityInfo, error)) ([]store.EntityInfo, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.valid && m.docs == docs {
		return m.top, nil
	}
	top, err := list()
	if err != nil {
		return nil, err
	}
	m.valid, m.docs, m.top = true, docs, top
	return top, nil
}
