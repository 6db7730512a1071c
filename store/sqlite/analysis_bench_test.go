package sqlite

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/internal/cputime"
	"github.com/isnad/isnad/search/searchtest"
	"github.com/isnad/isnad/store"
)

// analysedArticles is n SaudiNewsNet articles with the analyses the shipped
// pipeline makes of them, and how many claims and entities they hold on
// average.
func analysedArticles(b *testing.B, n int) []store.Analyzed {
	batch := analyse(b, searchtest.Documents(searchtest.Articles(b, n)))
	var claims, entities, mentions int
	for _, a := range batch {
		claims += len(a.Analysis.Claims)
		entities += len(a.Analysis.Entities)
		for _, e := range a.Analysis.Entities {
			mentions += len(e.Mentions)
		}
	}
	b.Logf("%d articles: %.1f claims, %.1f entities, %.1f mentions each", len(batch),
		float64(claims)/float64(len(batch)), float64(entities)/float64(len(batch)), float64(mentions)/float64(len(batch)))
	return batch
}

// renamed is a, made a new document by an id suffix.
func renamed(a store.Analyzed, round int) store.Analyzed {
	if round == 0 {
		return a
	}
	suffix := fmt.Sprintf("/%d", round)
	a.Doc.ID += suffix
	an := *a.Analysis
	an.Doc = a.Doc.ID
	a.Analysis = &an
	return a
}

// BenchmarkPutAnalyzed stores real articles with their real analyses in
// batches of 500 into a fresh store (full-text indexing included); one op
// is one document.
func BenchmarkPutAnalyzed(b *testing.B) {
	docs := analysedArticles(b, 2000)
	s := openTemp(b)
	ctx := context.Background()
	b.ResetTimer()
	cpu0 := cputime.Process()
	for stored := 0; stored < b.N; {
		n := min(benchBatch, b.N-stored)
		batch := make([]store.Analyzed, n)
		for i := range batch {
			k := stored + i
			batch[i] = renamed(docs[k%len(docs)], k/len(docs))
		}
		if _, err := s.PutAnalyzed(ctx, batch); err != nil {
			b.Fatal(err)
		}
		stored += n
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	if cpu := cputime.Process() - cpu0; cpu > 0 {
		b.ReportMetric(cpu.Seconds()*1e3/float64(b.N), "cpu-ms/doc")
	}
}

// analysedStore is a store of n real articles with their analyses, and its
// entities most mentioned first.
func analysedStore(b *testing.B, n int) (*Store, []store.EntityInfo) {
	docs := analysedArticles(b, n)
	s := openTemp(b)
	for lo := 0; lo < len(docs); lo += benchBatch {
		putAnalyzed(b, s, docs[lo:min(lo+benchBatch, len(docs))]...)
	}
	top, err := s.Entities(context.Background(), store.EntityFilter{}, store.Page{Limit: 200})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := s.write.Exec("PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		b.Fatal(err)
	}
	if info, err := os.Stat(s.Path()); err == nil {
		b.Logf("%d analysed documents, %d entities: store file of %.1f MB", len(docs), top.Total, float64(info.Size())/1e6)
	}
	return s, top.Entities
}

// BenchmarkClaimsByEntity lists the first page of claims about an entity
// (the most mentioned, a middling one, and the same with an outlet filter)
// over a store of 5,000 analysed articles.
func BenchmarkClaimsByEntity(b *testing.B) {
	s, top := analysedStore(b, 5000)
	cases := []struct {
		name   string
		filter store.ClaimFilter
	}{
		{"most mentioned", store.ClaimFilter{Entity: top[0].ID}},
		{"100th", store.ClaimFilter{Entity: top[min(99, len(top)-1)].ID}},
		{"most mentioned in one outlet", store.ClaimFilter{Entity: top[0].ID, Filter: store.Filter{Outlet: "alriyadh"}}},
		{"anonymous origin", store.ClaimFilter{Origin: "anonymous"}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			var total int
			for b.Loop() {
				page, err := s.Claims(context.Background(), c.filter, store.Page{})
				if err != nil {
					b.Fatal(err)
				}
				total = page.Total
			}
			b.ReportMetric(float64(total), "matches")
		})
	}
}

// BenchmarkAnalysisReads reads back over the same store: one document's
// analysis, the entity listing, mentions and events of the top entity, and
// a whole walk with ForEachAnalysis (one op is one document there).
func BenchmarkAnalysisReads(b *testing.B) {
	s, top := analysedStore(b, 5000)
	ctx := context.Background()
	var ids []string
	if err := s.ForEachAnalysis(ctx, func(d isnad.Document, _ export.DocumentAnalysis) error {
		ids = append(ids, d.ID)
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	b.Run("Analysis", func(b *testing.B) {
		i := 0
		for b.Loop() {
			if _, err := s.Analysis(ctx, ids[i%len(ids)]); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
	b.Run("Entities", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.Entities(ctx, store.EntityFilter{}, store.Page{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("EntitiesQuery", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.Entities(ctx, store.EntityFilter{Query: "الحوثي"}, store.Page{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Mentions", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.Mentions(ctx, top[0].ID, store.Page{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("EventsByEntity", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.Events(ctx, store.EventFilter{Entity: top[0].ID}, store.Page{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("ForEachAnalysis", func(b *testing.B) {
		n := 0
		for n < b.N {
			if err := s.ForEachAnalysis(ctx, func(isnad.Document, export.DocumentAnalysis) error {
				n++
				return nil
			}); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "docs/s")
	})
}
