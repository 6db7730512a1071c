package sqlite

import (
	"container/list"
	"slices"
	"sync"

	"github.com/isnad/isnad/store"
)

// searchCacheSize is how many recent searches the store keeps the answers
// of: analysts repeat the names in the news, and ranking a word found in
// most documents (السعودية in 20,000 of SaudiNewsNet's 30,000) and cutting
// the page's snippets costs some 0.5 CPU ms a time from the store's own
// index (rankterms.go), and a few ms by FTS5 (phrases); a kept answer
// costs a copy.
const searchCacheSize = 512

// searchKey is what a search's answer depends on besides the stored
// documents.
type searchKey struct {
	match  string // the FTS5 expression of the parsed query, which says it whole
	filter store.Filter
	page   store.Page
}

// searchCache keeps the answers of the most recent searches, valid while
// the documents' highest rowid stays what it was when they were found:
// documents are only ever added, so a new one changes it and empties the
// cache (see statsCache).
type searchCache struct {
	mu      sync.Mutex
	docsKey int64
	order   *list.List // of *searchEntry, most recently used first
	at      map[searchKey]*list.Element
}

type searchEntry struct {
	key  searchKey
	hits []store.Hit
}

// get returns a copy of the hits kept for k over the documents docsKey.
func (c *searchCache) get(docsKey int64, k searchKey) ([]store.Hit, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.at == nil || c.docsKey != docsKey {
		return nil, false
	}
	e, ok := c.at[k]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(e)
	return slices.Clone(e.Value.(*searchEntry).hits), true
}

// put keeps the hits found for k over the documents docsKey, forgetting the
// least recently used answer when full and every answer found over other
// documents.
func (c *searchCache) put(docsKey int64, k searchKey, hits []store.Hit) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.at == nil || docsKey > c.docsKey {
		c.docsKey, c.order, c.at = docsKey, list.New(), map[searchKey]*list.Element{}
	}
	if docsKey != c.docsKey {
		return // found over older documents than the cache already holds
	}
	if e, ok := c.at[k]; ok {
		c.order.MoveToFront(e)
		return
	}
	c.at[k] = c.order.PushFront(&searchEntry{key: k, hits: slices.Clone(hits)})
	if c.order.Len() > searchCacheSize {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.at, last.Value.(*searchEntry).key)
	}
}
