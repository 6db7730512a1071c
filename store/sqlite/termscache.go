package sqlite

import (
	"container/list"
	"sync"

	"github.com/isnad/isnad/search"
)

// termsCacheTerms bounds the analysed terms the store keeps (some 32 bytes
// each and their texts, 60 to 90 MB in all): about 6,000 articles of
// SaudiNewsNet, a fifth of it.
const termsCacheTerms = 1 << 21

// termsCache keeps the analysed terms of the bodies searches cut snippets
// from, as far as they were analysed (search.Partial). Analysing a body is
// two-thirds of a search's cost (some 0.25 CPU ms per article, twenty a
// page), and the documents that match what analysts search for recur from
// one search to the next: a new pair of words often ranks documents an
// earlier search already showed. Documents never change once stored, so a
// document's terms stay right as long as it is kept.
type termsCache struct {
	mu    sync.Mutex
	terms int        // terms kept in all
	order *list.List // of *termsEntry, most recently used first
	at    map[string]*list.Element
}

type termsEntry struct {
	id string
	p  *search.Partial // shared: extend a Clone
}

// get returns the terms kept for document id; they are shared: extend a
// Clone.
func (c *termsCache) get(id string) (*search.Partial, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.at == nil {
		return nil, false
	}
	e, ok := c.at[id]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*termsEntry).p, true
}

// put keeps a document's terms (in place of fewer kept before), forgetting
// the least recently used documents beyond the bound.
func (c *termsCache) put(id string, p *search.Partial) {
	if len(p.Terms) > termsCacheTerms/64 {
		return // a very long document would push out many others
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.at == nil {
		c.order, c.at = list.New(), map[string]*list.Element{}
	}
	if e, ok := c.at[id]; ok {
		old := e.Value.(*termsEntry)
		if len(old.p.Terms) >= len(p.Terms) {
			return
		}
		c.order.Remove(e)
		c.terms -= len(old.p.Terms)
	}
	c.at[id] = c.order.PushFront(&termsEntry{id: id, p: p})
	c.terms += len(p.Terms)
	for c.terms > termsCacheTerms {
		last := c.order.Back()
		old := last.Value.(*termsEntry)
		c.order.Remove(last)
		delete(c.at, old.id)
		c.terms -= len(old.p.Terms)
	}
}
