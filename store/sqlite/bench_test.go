package sqlite

import (
	"context"
	"os"
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/internal/cputime"
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

func benchmarkSearch(b *testing.B, articles int) {
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
