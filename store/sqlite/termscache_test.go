package sqlite

import (
	"fmt"
	"strings"
	"testing"

	"github.com/isnad/isnad/search"
	"github.com/isnad/isnad/store"
)

// TestSnippetsFromKeptTerms: a document's snippet cut from its kept terms
// (a second search that ranks it) is the snippet of its text analysed anew.
func TestSnippetsFromKeptTerms(t *testing.T) {
	s := openTemp(t)
	filler := strings.Repeat("كلام عادي لا صلة له بالموضوع ", 40) + "\n"
	d := doc("بيان", "outlet", "2024-01-02",
		"قالت مصادر إن داعش انسحب من ريف حمص بعد معارك مع الجيش.\n"+filler+filler+
			"وأضافت المصادر أن الجيش دخل المدينة وأن الأهالي عادوا إلى حمص.\n"+filler)
	put(t, s, d)
	limit := 10
	// داعش is in the first lines: the terms kept are those of a part of
	// the text, extended for الأهالي at the end.
	for _, q := range []string{"داعش", "الجيش", "حمص الجيش", "الأهالي", "حمص"} {
		for range 2 { // the second time from the kept terms
			// Paging differently each time keeps the search cache out of it.
			hits, err := s.Search(t.Context(), q, store.SearchOptions{Page: store.Page{Limit: limit}})
			limit++
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) != 1 {
				t.Fatalf("%s: %d hits, want 1", q, len(hits))
			}
			pq, err := search.ParseQuery(q)
			if err != nil {
				t.Fatal(err)
			}
			want := search.MakeSnippet(d.Text, pq.Terms(), search.SnippetWords)
			if got := hits[0].Snippet; fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("%s: snippet %+v, want %+v", q, got, want)
			}
		}
	}
	at := strings.Index(d.Text, "الأهالي")
	if p, ok := s.terms.get(d.ID); !ok || p.Read <= at || p.Complete(d.Text) {
		t.Errorf("kept terms of the document: %v; want them extended past byte %d, not to the end", p, at)
	}
}

// TestTermsCacheBound: the least recently used documents go past the bound.
func TestTermsCacheBound(t *testing.T) {
	var c termsCache
	p := &search.Partial{Terms: make([]search.Term, termsCacheTerms/100)}
	for i := range 150 {
		c.put(fmt.Sprint(i), p)
		if c.terms > termsCacheTerms {
			t.Fatalf("after %d documents: %d terms kept, bound %d", i+1, c.terms, termsCacheTerms)
		}
	}
	if _, ok := c.get("149"); !ok {
		t.Error("the last document is not kept")
	}
	if _, ok := c.get("0"); ok {
		t.Error("the first document is still kept past the bound")
	}
	c.put("long", &search.Partial{Terms: make([]search.Term, termsCacheTerms/32)})
	if _, ok := c.get("long"); ok {
		t.Error("a document too long for the cache is kept")
	}
}

// TestDataVersion: the version changes when a document is stored and when
// corpus results are saved, and only then.
func TestDataVersion(t *testing.T) {
	s := openTemp(t)
	ctx := t.Context()
	version := func() string {
		v, err := s.DataVersion(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	v0 := version()
	if version() != v0 {
		t.Fatal("the version changed with nothing stored")
	}
	put(t, s, doc("بيان", "outlet", "2024-01-02", "نص البيان"))
	v1 := version()
	if v1 == v0 {
		t.Error("storing a document left the version as it was")
	}
	if err := s.PutCorpusResults(ctx, "stories", []byte("[]")); err != nil {
		t.Fatal(err)
	}
	if version() == v1 {
		t.Error("saving corpus results left the version as it was")
	}
}
