package sqlite

import (
	"context"
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/isnad/isnad/search"
	"github.com/isnad/isnad/search/searchtest"
	"github.com/isnad/isnad/store"
)

// rankQueries are word queries of every shape rankTerms serves.
var rankQueries = []string{
	"السعودية", "ميليشيا", "وزير الخارجية", "داعش OR الحوثيين", "داعش OR الحوثيين -اليمن",
	"السعودية -الرياض", "الأمير الأمير", "المملكة وزير الرياض", "موسكو OR طهران", "كلمةلاتوجد",
	"السعودية كلمةلاتوجد", "كلمةلاتوجد OR ميليشيا",
}

// TestRankTermsIsFTS5Bm25 ranks word queries over real articles both ways:
// the store's own index must give FTS5's bm25 order and scores.
func TestRankTermsIsFTS5Bm25(t *testing.T) {
	s := openTemp(t)
	docs := searchtest.Documents(searchtest.Articles(t, 1500))
	for lo := 0; lo < len(docs); lo += 500 {
		put(t, s, docs[lo:min(lo+500, len(docs))]...)
	}
	ctx := context.Background()
	docsKey, err := s.docsKey(ctx)
	if err != nil {
		t.Fatal(err)
	}
	v, err := s.lengths(ctx, docsKey)
	if _, indexed := count(t, s); err != nil || !v.complete || v.count != int64(indexed) {
		t.Fatalf("lengths: %d documents, complete %v (%v); want %d, complete", v.count, v.complete, err, indexed)
	}
	for _, query := range rankQueries {
		for _, page := range []store.Page{{Limit: 20}, {Offset: 15, Limit: 10}, {Limit: 500}} {
			compareRankings(t, s, v, query, store.Filter{}, page)
		}
	}
	// Filters: the outlet and the days of the first article, and both.
	first := docs[0]
	for _, f := range []store.Filter{
		{Outlet: first.Outlet},
		{From: first.Published, To: first.Published},
		{Outlet: first.Outlet, From: first.Published},
	} {
		hits := 0
		for _, query := range rankQueries[:6] {
			hits += compareRankings(t, s, v, query, f, store.Page{Limit: 30})
		}
		if hits == 0 {
			t.Errorf("filter %+v: no hits to compare", f)
		}
	}
	compareRankings(t, s, v, "السعودية", store.Filter{To: "2000-01-01"}, store.Page{})
}

// compareRankings checks rankTerms against FTS5 for one query, filter and
// page. Documents with equal scores may come in either order.
func compareRankings(t *testing.T, s *Store, v lengthsView, query string, f store.Filter, page store.Page) int {
	t.Helper()
	ctx := context.Background()
	q, err := search.ParseQuery(query)
	if err != nil {
		t.Fatal(err)
	}
	if !termsOnly(q) {
		t.Fatalf("%q is not a query of words", query)
	}
	want, _, err := s.rank(ctx, matchExpression(q), f, page)
	if err != nil {
		t.Fatal(err)
	}
	ranked, err := s.rankTerms(ctx, q, v, f, page)
	if err != nil {
		t.Fatal(err)
	}
	got, _, err := s.hitPage(ctx, ranked)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("%q %+v %+v: %d hits, FTS5 gives %d", query, f, page, len(got), len(want))
	}
	near := func(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }
	for i := range got {
		if !near(got[i].Score, want[i].Score) {
			t.Errorf("%q %+v %+v hit %d: score %.12f, FTS5 bm25 %.12f", query, f, page, i, got[i].Score, want[i].Score)
			continue
		}
		if got[i].ID != want[i].ID {
			tied := (i > 0 && near(want[i-1].Score, want[i].Score)) || (i+1 < len(want) && near(want[i+1].Score, want[i].Score))
			if !tied {
				t.Errorf("%q %+v %+v hit %d: %s, FTS5 ranks %s there", query, f, page, i, got[i].ID, want[i].ID)
			}
		}
	}
	return len(got)
}

// TestBackfillIndexesOldStores: a store whose documents were stored before
// the store's own index existed is indexed when opened, and ranks as FTS5.
func TestBackfillIndexesOldStores(t *testing.T) {
	s := openTemp(t)
	docs := searchtest.Documents(searchtest.Articles(t, 700))
	put(t, s, docs[:500]...)
	put(t, s, docs[500:]...)
	ctx := context.Background()
	before, err := s.Search(ctx, "وزير الخارجية", store.SearchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, table := range []string{"search_docs", "search_spans", "search_postings", "search_segments"} {
		if _, err := s.write.ExecContext(ctx, "DELETE FROM "+table); err != nil {
			t.Fatal(err)
		}
	}
	path := s.Path()
	s.Close()
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var indexed int
	if _, want := count(t, s); s.read.QueryRowContext(ctx, "SELECT count(*) FROM search_docs").Scan(&indexed) != nil || indexed != want {
		t.Fatalf("after opening: %d documents indexed, want %d", indexed, want)
	}
	after, err := s.Search(ctx, "وزير الخارجية", store.SearchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(after) != len(before) || len(after) == 0 {
		t.Fatalf("%d hits after the backfill, %d before", len(after), len(before))
	}
	for i := range after {
		if after[i].ID != before[i].ID || after[i].Score != before[i].Score || after[i].Snippet.Text != before[i].Snippet.Text {
			t.Errorf("hit %d after the backfill %s %.6f %q, before %s %.6f %q", i,
				after[i].ID, after[i].Score, after[i].Snippet.Text, before[i].ID, before[i].Score, before[i].Snippet.Text)
		}
	}
	docsKey, err := s.docsKey(ctx)
	if err != nil {
		t.Fatal(err)
	}
	v, err := s.lengths(ctx, docsKey)
	if err != nil || !v.complete {
		t.Fatalf("lengths after the backfill: complete %v (%v)", v.complete, err)
	}
	compareRankings(t, s, v, "وزير الخارجية", store.Filter{}, store.Page{Limit: 50})
}

// TestSearchSeesNewDocuments: a document stored after a search is found by
// the next one (lengths and statistics follow the store).
func TestSearchSeesNewDocuments(t *testing.T) {
	s, _ := searchCorpus(t)
	ctx := context.Background()
	hits, err := s.Search(ctx, "الحرس", store.SearchOptions{})
	if err != nil || len(hits) != 2 {
		t.Fatalf("before: %d hits (%v), want 2", len(hits), err)
	}
	added := doc("الحرس الحرس", "okaz", "2015-08-01", "الحرس في كل مكان: الحرس والحرس.")
	put(t, s, added)
	hits, err = s.Search(ctx, "الحرس", store.SearchOptions{})
	if err != nil || len(hits) != 3 || hits[0].ID != added.ID {
		t.Fatalf("after: %+v (%v), want 3 hits, the new document first", hits, err)
	}
	if len(hits[0].Snippet.Marks) != 3 {
		t.Errorf("snippet of the new document %+v, want its 3 الحرس marked", hits[0].Snippet)
	}
}

// TestPostingsBlocks: postings packed into blocks are found back by term,
// with their weights, and segments merge into one holding them all.
func TestPostingsBlocks(t *testing.T) {
	docs := []uint32{1, 2, 4095, 4096, 4097, 9000, 70000, 1<<31 - 1}
	var want []posting
	for i, d := range docs {
		want = append(want, posting{d, uint32(i + 1)})
	}
	// Enough terms for several blocks, sharing prefixes.
	var terms []string
	for i := range 3000 {
		terms = append(terms, fmt.Sprintf("ميليشي%05d", i))
	}
	slices.Sort(terms)
	segment := func(from, to int) []block {
		var w blockWriter
		for _, term := range terms {
			var ps []posting
			for _, p := range want[from:to] {
				ps = append(ps, posting{p.doc, p.w + uint32(len(term))})
			}
			w.add(term, ps)
		}
		w.finish()
		return w.blocks
	}
	check := func(name string, blocks []block) {
		t.Helper()
		if len(blocks) < 2 {
			t.Fatalf("%s: %d blocks, want several", name, len(blocks))
		}
		for i, b := range blocks {
			if len(b.b) > blockBytes {
				t.Errorf("%s: block %d holds %d bytes", name, i, len(b.b))
			}
		}
		for _, term := range terms {
			// The block holding a term is the last one starting at or before it.
			i := len(blocks) - 1
			for blocks[i].first > term {
				i--
			}
			r := entryReader{b: blocks[i].b}
			if !r.find(term) {
				t.Fatalf("%s: %q not found", name, term)
			}
			ps, err := decodePostings(nil, r.n, r.ps)
			if err != nil || len(ps) != len(want) {
				t.Fatalf("%s: %q: %d postings (%v), want %d", name, term, len(ps), err, len(want))
			}
			for j, p := range ps {
				if p.doc != want[j].doc || p.w != want[j].w+uint32(len(term)) {
					t.Errorf("%s: %q posting %d = %+v, want %+v", name, term, j, p, want[j])
				}
			}
		}
		r := entryReader{b: blocks[0].b}
		if r.find("ميليشي") || r.find(terms[0]+"x") {
			t.Errorf("%s: a term never written was found", name)
		}
	}
	check("one segment", segment(0, len(want)))
	// Three segments, one out of doc order (two processes at once), merged.
	var readers []segmentReader
	for _, part := range [][2]int{{0, 3}, {6, 8}, {3, 6}} {
		var r segmentReader
		for _, b := range segment(part[0], part[1]) {
			r.blocks = append(r.blocks, b.b)
		}
		readers = append(readers, r)
	}
	// And one whose terms no other segment has: copied as they are.
	var own blockWriter
	for i := range 500 {
		own.add(fmt.Sprintf("ميليشي%05dب", i), []posting{{uint32(i + 1), 3}})
	}
	own.finish()
	var r segmentReader
	for _, b := range own.blocks {
		r.blocks = append(r.blocks, b.b)
	}
	readers = append(readers, r)
	merged, err := mergeBlocks(readers)
	if err != nil {
		t.Fatal(err)
	}
	check("merged", merged)
	for _, i := range []int{0, 77, 499} {
		term := fmt.Sprintf("ميليشي%05dب", i)
		j := len(merged) - 1
		for merged[j].first > term {
			j--
		}
		r := entryReader{b: merged[j].b}
		if !r.find(term) {
			t.Fatalf("merged: %q not found", term)
		}
		if ps, err := decodePostings(nil, r.n, r.ps); err != nil || len(ps) != 1 || ps[0] != (posting{uint32(i + 1), 3}) {
			t.Errorf("merged: %q postings %+v (%v)", term, ps, err)
		}
	}
	if _, err := decodePostings(nil, 1, []byte{1}); err == nil {
		t.Error("postings cut short were read")
	}
	if r := (entryReader{b: []byte{0, 9, 'a'}}); r.next() || r.err == nil {
		t.Error("a block cut short was read")
	}
}

// TestEntryFind finds terms in a block of terms that prefix one another,
// and misses the terms around them.
func TestEntryFind(t *testing.T) {
	terms := []string{"ا", "اب", "ابت", "ابتد", "ابو", "ب", "بب", "ببا", "بد", "ت"}
	var w blockWriter
	for i, term := range terms {
		w.add(term, []posting{{uint32(i + 1), 1}})
	}
	w.finish()
	if len(w.blocks) != 1 {
		t.Fatalf("%d blocks, want 1", len(w.blocks))
	}
	for i, term := range terms {
		r := entryReader{b: w.blocks[0].b}
		if !r.find(term) || string(r.term) != term {
			t.Errorf("%q not found", term)
			continue
		}
		if ps, err := decodePostings(nil, r.n, r.ps); err != nil || len(ps) != 1 || ps[0].doc != uint32(i+1) {
			t.Errorf("%q: postings %+v (%v), want document %d", term, ps, err, i+1)
		}
	}
	for _, term := range []string{"", "آ", "اا", "ابا", "ابتدا", "ابتث", "ابز", "با", "ببب", "بج", "تت", "ث"} {
		if r := (entryReader{b: w.blocks[0].b}); r.find(term) {
			t.Errorf("%q found, never written (as %q)", term, r.term)
		}
	}
}

// TestMergeRuns: postings of segments read out of doc order are put back
// in order.
func TestMergeRuns(t *testing.T) {
	for _, tc := range []struct {
		docs []uint32
		runs []int
	}{
		{[]uint32{5, 6, 1, 2, 9}, []int{0, 2, 4}},
		{[]uint32{1, 4, 7, 2, 5, 8, 3, 6, 9}, []int{0, 3, 6}},
		{[]uint32{10, 1, 2, 3}, []int{0, 1}},
	} {
		var ps []posting
		for _, d := range tc.docs {
			ps = append(ps, posting{d, d * 10})
		}
		got := mergeRuns(ps, tc.runs)
		if len(got) != len(tc.docs) || !slices.IsSortedFunc(got, byDoc) {
			t.Errorf("mergeRuns(%v, %v) = %v", tc.docs, tc.runs, got)
		}
		for _, p := range got {
			if p.w != p.doc*10 {
				t.Errorf("mergeRuns(%v): posting %+v lost its weight", tc.docs, p)
			}
		}
	}
}

// TestSegmentsMerge: batches of every size leave at most mergeFactor-1
// segments a level, and searches rank as FTS5 throughout.
func TestSegmentsMerge(t *testing.T) {
	s := openTemp(t)
	docs := searchtest.Documents(searchtest.Articles(t, 400))
	ctx := context.Background()
	sizes := []int{1, 50, 3, 1, 60, 50, 50, 1, 50, 2, 50, 50, 32}
	at := 0
	for _, n := range sizes {
		put(t, s, docs[at:at+n]...)
		at += n
		rows, err := s.read.QueryContext(ctx, "SELECT level, count(*), sum(docs) FROM search_segments GROUP BY level")
		if err != nil {
			t.Fatal(err)
		}
		total := 0
		for rows.Next() {
			var level, n, d int
			if err := rows.Scan(&level, &n, &d); err != nil {
				t.Fatal(err)
			}
			if n >= mergeFactor {
				t.Errorf("after %d documents: %d segments of level %d", at, n, level)
			}
			total += d
		}
		rows.Close()
		if _, indexed := count(t, s); total != indexed {
			t.Errorf("after %d documents: segments hold %d documents, want %d", at, total, indexed)
		}
	}
	docsKey, err := s.docsKey(ctx)
	if err != nil {
		t.Fatal(err)
	}
	v, err := s.lengths(ctx, docsKey)
	if err != nil {
		t.Fatal(err)
	}
	hits := 0
	for _, query := range rankQueries {
		hits += compareRankings(t, s, v, query, store.Filter{}, store.Page{Limit: 500})
	}
	if hits == 0 {
		t.Error("no hits to compare")
	}
}

// TestCursorWeight walks a list with the galloping cursor.
func TestCursorWeight(t *testing.T) {
	var ps []posting
	for d := uint32(0); d < 1000; d += 3 {
		ps = append(ps, posting{d, uint32(d + 1)})
	}
	c := cursor{ps: ps}
	for d := uint32(0); d < 1005; d += 2 {
		want := uint32(0)
		if d%3 == 0 && d < 1000 {
			want = uint32(d + 1)
		}
		if got := c.weight(d); got != want {
			t.Fatalf("weight(%d) = %d, want %d", d, got, want)
		}
	}
}

// TestSearchWithoutOwnIndex: while the own index lacks documents (a store
// not yet backfilled), searches go to FTS5 and snippets are cut by
// analysing, with the same hits.
func TestSearchWithoutOwnIndex(t *testing.T) {
	s, _ := searchCorpus(t)
	ctx := context.Background()
	queries := []string{"الحرس", "إيران OR داعش", `"الحرس الثوري"`}
	var before [][]store.Hit
	for _, q := range queries {
		hits, err := s.Search(ctx, q, store.SearchOptions{})
		if err != nil || len(hits) == 0 {
			t.Fatalf("%q: %d hits (%v)", q, len(hits), err)
		}
		before = append(before, hits)
	}
	for _, table := range []string{"search_docs", "search_spans", "search_postings", "search_segments"} {
		if _, err := s.write.ExecContext(ctx, "DELETE FROM "+table); err != nil {
			t.Fatal(err)
		}
	}
	s.searches = searchCache{}
	s.docLengths = docLengths{}
	for i, q := range queries {
		hits, err := s.Search(ctx, q, store.SearchOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) != len(before[i]) {
			t.Fatalf("%q: %d hits without the own index, %d with", q, len(hits), len(before[i]))
		}
		for j := range hits {
			if hits[j].ID != before[i][j].ID || hits[j].Snippet.Text != before[i][j].Snippet.Text {
				t.Errorf("%q hit %d: %s %q without the own index, %s %q with", q, j,
					hits[j].ID, hits[j].Snippet.Text, before[i][j].ID, before[i][j].Snippet.Text)
			}
		}
	}
}

// TestGatheredWeights: a batch's postings per term, title words weighing 2
// and body words 1, kept across batches without leaking into the next.
func TestGatheredWeights(t *testing.T) {
	terms := func(words ...string) []search.Term {
		var ts []search.Term
		for _, w := range words {
			ts = append(ts, search.Term{Text: w})
		}
		return ts
	}
	kept := make(chan *gathered, 1)
	for round := range 2 {
		w := newSearchWriter(kept)
		g := w.gathered
		g.addTerms(7, terms("a"), 2)
		g.addTerms(7, terms("a", "b", "a"), 1)
		g.addTerms(9, terms("b"), 1)
		if round == 0 {
			g.addTerms(9, terms("c"), 2)
		}
		g.group()
		got := map[string][]posting{}
		for _, e := range g.entries {
			got[e.term] = e.ps
		}
		want := map[string][]posting{"a": {{7, 4}}, "b": {{7, 1}, {9, 1}}}
		if round == 0 {
			want["c"] = []posting{{9, 2}}
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("round %d: %v, want %v", round, got, want)
		}
		w.close()
	}
}
