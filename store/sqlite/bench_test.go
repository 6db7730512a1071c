package sqlite

import (
	"context"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/internal/cputime"
	"github.com/isnad/isnad/search"
	"github.com/isnad/isnad/search/searchtest"
	"github.com/isnad/isnad/store"
)

const benchBatch = 500

// BenchmarkPut stores real SaudiNewsNet articles in batches of 500 into a
// fresh store, analysis and full-text indexing included. It reports docs/s;
// one op is one document.
func BenchmarkPut(b *testing.B) {
	docs := searchtest.Documents(searchtest.Articles(b, 5000))
	var bytes int64
	for _, d := range docs {
		bytes += int64(len(d.Text) + len(d.Title))
	}
	b.SetBytes(bytes / int64(len(docs)))
	s := openTemp(b)
	ctx := context.Background()
	b.ResetTimer()
	cpu0 := cputime.Process()
	stored := 0
	for stored < b.N {
		n := min(benchBatch, b.N-stored)
		batch := make([]isnad.Document, n)
		for i := range batch {
			// Past the sample, vary the text so every document is new.
			d := docs[(stored+i)%len(docs)]
			if round := (stored + i) / len(docs); round > 0 {
				d.ID = d.ID + "/" + string(rune('a'+round%26)) + string(rune('a'+round/26))
			}
			batch[i] = d
		}
		if _, err := s.Put(ctx, batch); err != nil {
			b.Fatal(err)
		}
		stored += n
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	if cpu := cputime.Process() - cpu0; cpu > 0 {
		// On a busy machine wall time mostly measures the other processes.
		b.ReportMetric(cpu.Seconds()*1e3/float64(b.N), "cpu-ms/doc")
	}
}

// BenchmarkPutDuplicates is a second ingest of the same articles: every
// document is found present and nothing is analysed or written.
func BenchmarkPutDuplicates(b *testing.B) {
	docs := searchtest.Documents(searchtest.Articles(b, benchBatch))
	s := openTemp(b)
	put(b, s, docs...)
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.Put(context.Background(), docs); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*len(docs))/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkSearch runs typical queries, snippets included, over a store of
// 5,000 real articles.
func BenchmarkSearch(b *testing.B) {
	benchmarkSearch(b, 5000)
}

// BenchmarkSearchFullCorpus runs them over all of SaudiNewsNet (31,030
// articles); building the store takes a while.
func BenchmarkSearchFullCorpus(b *testing.B) {
	benchmarkSearch(b, 0)
}

// benchStore is a fresh store of real articles (all when articles <= 0).
func benchStore(b *testing.B, articles int) *Store {
	docs := searchtest.Documents(searchtest.Articles(b, articles))
	s := openTemp(b)
	for lo := 0; lo < len(docs); lo += benchBatch {
		put(b, s, docs[lo:min(lo+benchBatch, len(docs))]...)
	}
	if _, err := s.write.Exec("PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		b.Fatal(err)
	}
	if info, err := os.Stat(s.Path()); err == nil {
		b.Logf("%d documents: store file of %.1f MB", len(docs), float64(info.Size())/1e6)
	}
	return s
}

// BenchmarkSearchNew runs searches never run before, as the API's load
// test's pairs are: a common word and one drawn from the titles, the
// search cache emptied each time, and phrases of two words from the titles
// (FTS5 ranks them). Snippets included.
func BenchmarkSearchNew(b *testing.B) {
	benchmarkSearchNew(b, 5000)
}

// BenchmarkSearchNewFullCorpus runs them over all of SaudiNewsNet.
func BenchmarkSearchNewFullCorpus(b *testing.B) {
	benchmarkSearchNew(b, 0)
}

func benchmarkSearchNew(b *testing.B, articles int) {
	s := benchStore(b, articles)
	var words, phrases []string
	rows, err := s.read.Query("SELECT title FROM documents ORDER BY rowid LIMIT 2000")
	if err != nil {
		b.Fatal(err)
	}
	for rows.Next() {
		var title string
		if err := rows.Scan(&title); err != nil {
			b.Fatal(err)
		}
		fields := strings.Fields(title)
		for _, w := range fields {
			if utf8.RuneCountInString(w) >= 5 {
				words = append(words, w)
			}
		}
		if len(fields) >= 3 && len(search.Analyze(fields[1]+" "+fields[2])) == 2 {
			phrases = append(phrases, `"`+fields[1]+" "+fields[2]+`"`)
		}
	}
	rows.Close()
	for _, kind := range []string{"rare", "pair", "phrase"} {
		b.Run(kind, func(b *testing.B) {
			cpu0 := cputime.Process()
			for i := 0; b.Loop(); i++ {
				q := words[i%len(words)]
				switch kind {
				case "pair":
					q = "السعودية " + q
				case "phrase": // FTS5's
					q = phrases[i%len(phrases)]
				}
				s.searches = searchCache{} // every search is new
				if _, err := s.Search(context.Background(), q, store.SearchOptions{}); err != nil {
					b.Fatal(err)
				}
			}
			if cpu := cputime.Process() - cpu0; cpu > 0 {
				b.ReportMetric(cpu.Seconds()*1e3/float64(b.N), "cpu-ms/op")
			}
		})
	}
}

// BenchmarkRankTerms is the ranking alone (no hits read, no snippets) of
// word queries from the store's own index, against FTS5's bm25 on the same
// store.
func BenchmarkRankTerms(b *testing.B) {
	s := benchStore(b, 5000)
	ctx := context.Background()
	docsKey, err := s.docsKey(ctx)
	if err != nil {
		b.Fatal(err)
	}
	v, err := s.lengths(ctx, docsKey)
	if err != nil {
		b.Fatal(err)
	}
	page := store.Page{Limit: store.DefaultLimit}
	for _, query := range []string{"السعودية", "ميليشيا", "السعودية الحوثيين", "داعش OR الحوثيين -اليمن"} {
		q, err := search.ParseQuery(query)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(query+"/go", func(b *testing.B) {
			for b.Loop() {
				if _, err := s.rankTerms(ctx, q, v, store.Filter{}, page); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(query+"/fts5", func(b *testing.B) {
			for b.Loop() {
				if _, _, err := s.rank(ctx, matchExpression(q), store.Filter{}, page); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func benchmarkSearch(b *testing.B, articles int) {
	s := benchStore(b, articles)
	queries := []struct {
		name, q string
		opt     store.SearchOptions
	}{
		{"rare", "ميليشيا", store.SearchOptions{}},
		{"common", "السعودية", store.SearchOptions{}},
		{"two words", "وزير الخارجية", store.SearchOptions{}},
		{"phrase", `"خادم الحرمين الشريفين"`, store.SearchOptions{}},
		{"or and exclusion", "داعش OR الحوثيين -اليمن", store.SearchOptions{}},
		{"common in one outlet", "السعودية", store.SearchOptions{Filter: store.Filter{Outlet: "alriyadh"}}},
	}
	for _, q := range queries {
		b.Run(q.name, func(b *testing.B) {
			cpu0 := cputime.Process()
			for b.Loop() {
				if _, err := s.Search(context.Background(), q.q, q.opt); err != nil {
					b.Fatal(err)
				}
			}
			if cpu := cputime.Process() - cpu0; cpu > 0 {
				b.ReportMetric(cpu.Seconds()*1e3/float64(b.N), "cpu-ms/op")
			}
		})
	}
}
