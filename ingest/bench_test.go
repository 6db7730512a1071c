package ingest

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/isnad/isnad/internal/cputime"
	"github.com/isnad/isnad/internal/testenv"
)

// BenchmarkReadSaudiNewsNetZip reads and cleans one day of SaudiNewsNet
// (one zip, one JSON array) and reports articles/s and MB/s of JSON read.
func BenchmarkReadSaudiNewsNetZip(b *testing.B) {
	r := newReader(b)
	path := snnZips(b)[0]
	var bytesIn int64
	for _, a := range snnRecords(b, path) {
		bytesIn += int64(len(a.Content) + len(a.Title) + len(a.Author) + len(a.URL) + 100)
	}
	b.ResetTimer()
	cpu0 := cputime.Process().Seconds()
	articles := 0
	for i := 0; i < b.N; i++ {
		err := r.Read(context.Background(), []string{path}, func(it Item) error {
			if it.Err == nil {
				articles++
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(articles)/sec, "articles/s")
	b.ReportMetric(float64(bytesIn)*float64(b.N)/sec/1e6, "MB/s")
	// CPU time tells the cost when the machine is shared and wall time lies.
	if cpu := cputime.Process().Seconds() - cpu0; cpu > 0 {
		b.ReportMetric(float64(articles)/cpu, "articles/cpu-s")
	}
}

// BenchmarkDocument cleans the five seeds (chrome, metadata, ids).
func BenchmarkDocument(b *testing.B) {
	r := newReader(b)
	paths, _ := filepath.Glob(filepath.Join(testenv.Seeds(b), "*.txt"))
	var texts []string
	size := 0
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(raw))
		size += len(raw)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			r.Document(Record{Text: t})
		}
	}
}

// BenchmarkChrome runs the chrome rules alone over the seeds' lines.
func BenchmarkChrome(b *testing.B) {
	r := newReader(b)
	paths, _ := filepath.Glob(filepath.Join(testenv.Seeds(b), "*.txt"))
	var docs [][]string
	size := 0
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, splitLines(string(raw)))
		size += len(raw)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, lines := range docs {
			r.chrome.Clean(lines, "")
		}
	}
}

// BenchmarkReadSaudiNewsNetCorpus reads and cleans the whole SaudiNewsNet
// corpus (18 zips, 31,030 articles) once per iteration and reports
// articles/s and the share of characters page-chrome removal took out
// (bylines, tag lists, "read more" links: it must stay well under 1%).
// go test ./ingest -run XXX -bench Corpus -benchtime 1x
func BenchmarkReadSaudiNewsNetCorpus(b *testing.B) {
	r := newReader(b)
	zips := snnZips(b)
	var docs, failed, kept, removed int
	cpu0 := cputime.Process().Seconds()
	for i := 0; i < b.N; i++ {
		err := r.Read(context.Background(), zips, func(it Item) error {
			if it.Err != nil {
				failed++
				return nil
			}
			docs++
			kept += utf8.RuneCountInString(it.Doc.Text)
			for _, l := range it.Doc.Removed {
				removed += utf8.RuneCountInString(l)
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(docs)/sec, "articles/s")
	if cpu := cputime.Process().Seconds() - cpu0; cpu > 0 {
		b.ReportMetric(float64(docs)/cpu, "articles/cpu-s")
	}
	b.ReportMetric(100*float64(removed)/float64(kept+removed), "removed-%")
	b.ReportMetric(float64(failed)/float64(b.N), "failed/op")
}
