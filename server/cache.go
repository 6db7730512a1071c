package server

import (
	"container/list"
	"context"
	"net/http"
	"strconv"
	"strings"
	"sync"
)

// responseCacheBytes bounds the encoded answers the server keeps. A
// document with its analysis is some 10 to 60 KB of JSON over SaudiNewsNet,
// so this holds a few thousand of the documents and claim cards analysts
// have open, and every listing and search page between.
const responseCacheBytes = 96 << 20

// responseCache keeps the JSON bytes of recent read answers, so that a
// document, claim card, listing or search asked again costs a map lookup
// instead of store reads, corpus lookups and encoding (about 1.5 CPU ms a
// request over SaudiNewsNet, which under 50 clients on 2 cores made the
// queue, not the work, most of the latency).
//
// What the answers depend on is the stored documents and the saved corpus
// results (every upload stores documents, every upload and reliability edit
// ends in a relink that saves results), so each answer is kept under the
// version of both it was computed at; a new version empties the cache. The
// version is read from the store on every request, so that another process
// writing the same store is seen at once too.
type responseCache struct {
	maxBytes int

	mu      sync.Mutex
	version string
	bytes   int
	order   *list.List // of *cachedAnswer, most recently used first
	at      map[string]*list.Element
}

// cachedAnswer is one kept 200 answer.
type cachedAnswer struct {
	key         string
	contentType string
	body        []byte
}

func newResponseCache(maxBytes int) *responseCache {
	return &responseCache{maxBytes: maxBytes, order: list.New(), at: map[string]*list.Element{}}
}

// cost is what an answer counts against the bound: its bytes and its key,
// and a little for the bookkeeping.
func (a *cachedAnswer) cost() int { return len(a.body) + 2*len(a.key) + 128 }

// get returns the answer kept for key at version.
func (c *responseCache) get(version, key string) (*cachedAnswer, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.version != version {
		return nil, false
	}
	e, ok := c.at[key]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*cachedAnswer), true
}

// put keeps a computed at version, forgetting everything of other versions
// and the least recently used answers beyond the bound. An answer larger
// than a sixteenth of the bound is not kept: it would push out many others.
func (c *responseCache) put(version string, a *cachedAnswer) {
	if a.cost() > c.maxBytes/16 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.version != version {
		c.version = version
		c.order.Init()
		clear(c.at)
		c.bytes = 0
	}
	if e, ok := c.at[a.key]; ok {
		c.bytes -= e.Value.(*cachedAnswer).cost()
		c.order.Remove(e)
	}
	c.at[a.key] = c.order.PushFront(a)
	c.bytes += a.cost()
	for c.bytes > c.maxBytes {
		last := c.order.Back()
		old := last.Value.(*cachedAnswer)
		c.order.Remove(last)
		delete(c.at, old.key)
		c.bytes -= old.cost()
	}
}

// cacheKey is what a read answer depends on in the request: the path and
// query as sent (lang among them), the Accept-Language header (the
// language when lang is absent) and the caller's role. The cache sits
// behind authentication and the route's role check, so only a request that
// may read the route reaches it; the role in the key keeps answers apart
// all the same, should a route ever answer roles differently.
func cacheKey(r *http.Request) string {
	var b strings.Builder
	b.Grow(len(r.URL.Path) + len(r.URL.RawQuery) + 32)
	b.WriteString(r.URL.Path)
	b.WriteByte('?')
	b.WriteString(r.URL.RawQuery)
	b.WriteByte(0)
	b.WriteString(r.Header.Get("Accept-Language"))
	b.WriteByte(0)
	b.WriteString(principalOf(r).role)
	return b.String()
}

// versioned is a store that names its state in one query (the SQLite
// store does).
type versioned interface {
	DataVersion(ctx context.Context) (string, error)
}

// dataVersion names the state of the store the answers are computed from:
// how many documents it holds (documents are only ever added) and when
// each corpus result was last saved.
func (s *server) dataVersion(ctx context.Context) (string, error) {
	if vs, ok := s.cfg.Store.(versioned); ok {
		return vs.DataVersion(ctx)
	}
	st, err := s.cfg.Store.Stats(ctx)
	if err != nil {
		return "", err
	}
	v, err := s.cfg.Store.CorpusResultsVersion(ctx)
	if err != nil {
		return "", err
	}
	return strconv.Itoa(st.Documents) + "|" + v, nil
}

// cached serves a GET read route from the response cache, else from next,
// keeping its answer when it is a 200. Other methods, and every request
// when the server has no store to version the answers by, go to next.
func (s *server) cached(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet || s.cfg.Store == nil || s.cache == nil {
			next.ServeHTTP(w, r)
			return
		}
		version, err := s.dataVersion(r.Context())
		if err != nil {
			next.ServeHTTP(w, r) // the handler reports the store's trouble
			return
		}
		key := cacheKey(r)
		if a, ok := s.cache.get(version, key); ok {
			h := w.Header()
			h.Set("Content-Type", a.contentType)
			h.Set("Cache-Control", "no-store")
			h.Set("Content-Length", strconv.Itoa(len(a.body)))
			w.WriteHeader(http.StatusOK)
			_, _ = w.Write(a.body) // a failed write means the client is gone
			return
		}
		rec := &recorder{header: w.Header(), status: http.StatusOK}
		next.ServeHTTP(rec, r)
		if rec.status == http.StatusOK && r.Context().Err() == nil {
			s.cache.put(version, &cachedAnswer{key: key, contentType: w.Header().Get("Content-Type"), body: rec.body})
		}
		w.Header().Set("Content-Length", strconv.Itoa(len(rec.body)))
		w.WriteHeader(rec.status)
		_, _ = w.Write(rec.body)
	})
}

// recorder holds an answer back until it is complete, to keep it and then
// send it. Headers go to the real response's map directly.
type recorder struct {
	header http.Header
	status int
	wrote  bool
	body   []byte
}

func (r *recorder) Header() http.Header { return r.header }

func (r *recorder) WriteHeader(status int) {
	if !r.wrote {
		r.status, r.wrote = status, true
	}
}

func (r *recorder) Write(p []byte) (int, error) {
	r.wrote = true
	r.body = append(r.body, p...)
	return len(p), nil
}
