package sqlite

import (
	"context"
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
	for _, table := range []string{"search_docs", "search_spans", "search_postings"} {
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

// TestPostingsRoundTrip: postings written in batches, some out of order,
// read back in doc order with their weights.
func TestPostingsRoundTrip(t *testing.T) {
	pb := postingsBatch{}
	docs := []uint32{1, 2, 4095, 4096, 4097, 9000, 70000}
	for i, d := range docs {
		pb.add(int64(d), []termWeight{{"a", uint32(i + 1)}, {"b", 300}})
	}
	var got []posting
	var chunks []int64
	pb.rows(func(term string, chunk int64, b []byte) {
		if term != "a" {
			return
		}
		chunks = append(chunks, chunk)
		var err error
		if got, err = decodePostings(got, chunk, b); err != nil {
			t.Fatal(err)
		}
	})
	if !slices.Equal(chunks, []int64{0, 1, 2, 17}) {
		t.Errorf("chunks %v, want 0 1 2 17", chunks)
	}
	if len(got) != len(docs) {
		t.Fatalf("%d postings back, want %d", len(got), len(docs))
	}
	for i, p := range got {
		if p.doc != docs[i] || p.w != uint32(i+1) {
			t.Errorf("posting %d = %+v, want doc %d weight %d", i, p, docs[i], i+1)
		}
	}
	// A chunk appended out of order (two processes indexing at once).
	out := postingsBatch{}
	out.add(7, []termWeight{{"a", 1}})
	b := append((*out["a"])[0].b, (*pb["a"])[0].b...)
	ps, err := decodePostings(nil, 0, b)
	if err != nil || len(ps) != 4 || ps[0].doc != 1 || ps[1].doc != 2 || ps[2].doc != 7 || ps[3].doc != 4095 {
		t.Errorf("out-of-order chunk read back as %+v (%v), want docs 1 2 7 4095", ps, err)
	}
	if _, err := decodePostings(nil, 0, []byte{1}); err == nil {
		t.Error("a chunk cut short was read")
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
	for _, table := range []string{"search_docs", "search_spans", "search_postings"} {
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
