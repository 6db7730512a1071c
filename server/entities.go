package server

import (
	"fmt"
	"net/http"

	"github.com/isnad/isnad/store"
)

// entities lists corpus-wide entities, most mentioned first; ?type= PER,
// ORG, LOC or MISC; ?q= part of a name or alias, matched the Arabic way.
func (s *server) entities(r *http.Request) (any, error) {
	p, err := page(r)
	if err != nil {
		return nil, err
	}
	q := r.URL.Query()
	ef := store.EntityFilter{Type: q.Get("type"), Query: q.Get("q")}
	if !validEntityType(ef.Type) {
		return nil, badRequest(fmt.Sprintf("type must be PER, ORG, LOC or MISC, not %q", ef.Type))
	}
	if len(ef.Query) > maxQueryBytes {
		return nil, badRequest(fmt.Sprintf("q is longer than %d bytes", maxQueryBytes))
	}
	ep, err := s.cfg.Store.Entities(r.Context(), ef, p)
	if err != nil {
		return nil, err
	}
	items := ep.Entities
	if items == nil {
		items = []store.EntityInfo{}
	}
	return listing[store.EntityInfo]{Items: items, Total: ep.Total, Offset: p.Offset, Limit: p.Limit}, nil
}

// EntityView is one entity with the first page of its mentions, of the
// claims that name or cite it, and of its events (paged by ?offset=&limit=).
type EntityView struct {
	Entity   store.EntityInfo  `json:"entity"`
	Mentions store.MentionPage `json:"mentions"`
	Claims   store.ClaimPage   `json:"claims"`
	Events   store.EventPage   `json:"events"`
}

func (s *server) entity(r *http.Request) (any, error) {
	p, err := page(r)
	if err != nil {
		return nil, err
	}
	ctx, id := r.Context(), r.PathValue("id")
	e, err := s.cfg.Store.Entity(ctx, id)
	if err != nil {
		return nil, err
	}
	v := EntityView{Entity: e}
	if v.Mentions, err = s.cfg.Store.Mentions(ctx, id, p); err != nil {
		return nil, err
	}
	if v.Claims, err = s.cfg.Store.Claims(ctx, store.ClaimFilter{Entity: id}, p); err != nil {
		return nil, err
	}
	if v.Events, err = s.cfg.Store.Events(ctx, store.EventFilter{Entity: id}, p); err != nil {
		return nil, err
	}
	if v.Mentions.Mentions == nil {
		v.Mentions.Mentions = []store.StoredMention{}
	}
	if v.Claims.Claims == nil {
		v.Claims.Claims = []store.StoredClaim{}
	}
	if v.Events.Events == nil {
		v.Events.Events = []store.StoredEvent{}
	}
	return v, nil
}

func validEntityType(t string) bool {
	switch t {
	case "", "PER", "ORG", "LOC", "MISC":
		return true
	}
	return false
}
