package link

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/isnad/isnad/internal/cputime"
	"github.com/isnad/isnad/internal/testenv"
	"github.com/isnad/isnad/link/align"
	"github.com/isnad/isnad/link/internal/snn"
)

// loadCorpus reads SaudiNewsNet from the shared folder.
func loadCorpus(tb testing.TB) []snn.Article {
	tb.Helper()
	arts, err := snn.Open(filepath.Join(testenv.Shared(tb), "corpus", "saudinewsnet"))
	if err != nil {
		tb.Fatal(err)
	}
	return arts
}

// articleSource serves texts of articles by id.
func articleSource(arts []snn.Article) TextSource {
	byID := make(map[string]string, len(arts))
	for _, a := range arts {
		byID[a.ID] = a.Content
	}
	return TextFunc(func(_ context.Context, id string) (string, error) {
		t, ok := byID[id]
		if !ok {
			return "", fmt.Errorf("no article %s", id)
		}
		return t, nil
	})
}

// indexArticles indexes articles on all cores.
func indexArticles(tb testing.TB, arts []snn.Article, opt Options) *Index {
	tb.Helper()
	x, err := NewIndex(opt)
	if err != nil {
		tb.Fatal(err)
	}
	docs := make(chan Doc, 64)
	go func() {
		defer close(docs)
		for _, a := range arts {
			docs <- Doc{ID: a.ID, Outlet: a.Source, Text: a.Content}
		}
	}()
	if err := x.AddAll(docs); err != nil {
		tb.Fatal(err)
	}
	return x
}

func testLexicon(tb testing.TB) *align.Lexicon {
	tb.Helper()
	lex, err := DefaultLexicon()
	if err != nil {
		tb.Fatal(err)
	}
	return lex
}

// linkCorpus runs the whole detector over SaudiNewsNet.
func linkCorpus(tb testing.TB, arts []snn.Article) []Story {
	tb.Helper()
	start := time.Now()
	x := indexArticles(tb, arts, Options{})
	indexed := time.Now()
	stories, err := x.Stories(context.Background(), articleSource(arts), StoryOptions{Lexicon: testLexicon(tb)})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Logf("linked %d articles: index %v, candidates+verify+cluster %v, %d stories",
		len(arts), indexed.Sub(start).Round(time.Millisecond), time.Since(indexed).Round(time.Millisecond), len(stories))
	return stories
}

// judgingItem is one detector pair prepared for reading by a person.
type judgingItem struct {
	A, AURL, AOutlet, ATitle, AOpening string
	B, BURL, BOutlet, BTitle, BOpening string
	Kind                               string
	Jaccard, ACoverage, BCoverage      float64
	Passages                           [][2]string
}

// TestWriteJudgingSample writes a random sample of 200 story pairs of the
// detector for judging by hand (testdata/gold/stories/pairs.jsonl): set
// ISNAD_SAMPLE=/path/out.jsonl and ISNAD_SAMPLE_SEED. Seeds 2015, 2016 and
// 2026 drew samples 1, 2 and 3; a new sample needs a new seed.
func TestWriteJudgingSample(t *testing.T) {
	out := os.Getenv("ISNAD_SAMPLE")
	if out == "" {
		t.Skip("set ISNAD_SAMPLE=out.jsonl to write the judging sample")
	}
	arts := loadCorpus(t)
	byID := map[string]snn.Article{}
	for _, a := range arts {
		byID[a.ID] = a
	}
	var pairs []PairEvidence
	for _, s := range linkCorpus(t, arts) {
		pairs = append(pairs, s.Pairs...)
	}
	seed := uint64(2015)
	if v := os.Getenv("ISNAD_SAMPLE_SEED"); v != "" {
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			t.Fatalf("ISNAD_SAMPLE_SEED=%q: %v", v, err)
		}
		seed = n
	}
	r := rand.New(rand.NewPCG(seed, 721))
	r.Shuffle(len(pairs), func(i, j int) { pairs[i], pairs[j] = pairs[j], pairs[i] })
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	for _, p := range pairs[:min(200, len(pairs))] {
		a, b := byID[p.A], byID[p.B]
		it := judgingItem{A: p.A, AURL: a.URL, AOutlet: a.Source, ATitle: a.Title, AOpening: opening(a.Content, 300),
			B: p.B, BURL: b.URL, BOutlet: b.Source, BTitle: b.Title, BOpening: opening(b.Content, 300),
			Kind: p.Kind, Jaccard: p.Jaccard, ACoverage: p.ACoverage, BCoverage: p.BCoverage}
		ra, rb := []rune(a.Content), []rune(b.Content)
		for _, ps := range p.Passages[:min(2, len(p.Passages))] {
			it.Passages = append(it.Passages, [2]string{opening(string(ra[ps.AStart:ps.AEnd]), 250), opening(string(rb[ps.BStart:ps.BEnd]), 250)})
		}
		if err := enc.Encode(it); err != nil {
			t.Fatal(err)
		}
	}
}

func opening(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// BenchmarkLinkCorpus links the whole of SaudiNewsNet (index, candidates,
// verification, clustering) once per iteration, the texts already read. It
// reports the process CPU time per link beside the wall time, since the
// machine may be shared:
//
//	go test -run '^$' -bench LinkCorpus -benchtime 1x ./link/
func BenchmarkLinkCorpus(b *testing.B) {
	arts := loadCorpus(b)
	src := articleSource(arts)
	lex := testLexicon(b)
	var cpu time.Duration
	stories := 0
	for b.Loop() {
		before := cputime.Process()
		x := indexArticles(b, arts, Options{})
		got, err := x.Stories(context.Background(), src, StoryOptions{Lexicon: lex})
		if err != nil {
			b.Fatal(err)
		}
		cpu += cputime.Process() - before
		stories = len(got)
	}
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
	b.ReportMetric(float64(stories), "stories")
	b.ReportMetric(float64(len(arts)), "articles")
}
