package ner

import (
	"archive/zip"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"testing"

	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/internal/cputime"
	"github.com/isnad/isnad/internal/testenv"
)

func TestEvidenceFeatureIsHash1(t *testing.T) {
	for _, tc := range []struct{ prefix, label string }{
		{"t-1:", "PER"}, {"g:", "LOC"}, {"g-1:", "ORG"}, {"g+1:", "MISC"}, {"p:", "B-LOC"}, {"", "kunya"}, {"", ""},
	} {
		if got, want := evidenceFeature(tc.prefix, tc.label), hash1(tDocEvidence, tc.prefix+tc.label); got != want {
			t.Errorf("evidenceFeature(%q, %q) = %x, want hash1 %x", tc.prefix, tc.label, got, want)
		}
	}
}

// newsDocs are SaudiNewsNet articles split into sentences of tokens as
// Entities splits them: distinct documents, as a pipeline worker sees them.
func newsDocs(b *testing.B, n int) (docs [][][]string, tokens int) {
	b.Helper()
	zr, err := zip.OpenReader(filepath.Join(testenv.Shared(b), "corpus", "saudinewsnet", "2015-07-21.zip"))
	if err != nil {
		b.Fatal(err)
	}
	defer zr.Close()
	f, err := zr.File[0].Open()
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var articles []struct{ Content string }
	if err := json.NewDecoder(f).Decode(&articles); err != nil {
		b.Fatal(err)
	}
	for _, a := range articles[:min(n, len(articles))] {
		norm := arabic.Display(a.Content).Text
		runes := []rune(norm)
		var doc [][]string
		for _, sent := range arabic.Sentences(norm) {
			var toks []string
			for _, tok := range arabic.Tokenize(string(runes[sent.Start:sent.End])) {
				toks = append(toks, tok.Text)
			}
			doc = append(doc, toks)
			tokens += len(toks)
		}
		docs = append(docs, doc)
	}
	return docs, tokens
}

// BenchmarkTagNews tags distinct news articles one after another, as a
// pipeline worker does: the form cache fills as the articles go by. The
// cold variant empties it before every article, the worst case.
func BenchmarkTagNews(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	docs, _ := newsDocs(b, 1000)
	for _, cold := range []bool{false, true} {
		name := "warm"
		if cold {
			name = "cold"
		}
		b.Run(name, func(b *testing.B) {
			runtime.GC()
			b.ResetTimer()
			cpu0 := cputime.Process()
			tokens := 0
			for i := 0; i < b.N; i++ {
				if cold {
					m.scratch = newScratchPool()
				}
				doc := docs[i%len(docs)]
				for _, s := range doc {
					tokens += len(s)
				}
				m.TagDocument(doc)
			}
			if cpu := cputime.Process() - cpu0; cpu > 0 {
				b.ReportMetric(float64(tokens)/cpu.Seconds(), "cpu-tokens/s")
			}
			b.ReportMetric(float64(tokens)/float64(b.N), "tokens/doc")
		})
	}
}

// plainViterbi is the decoder written the obvious way, with a test of what
// may follow what at every step: decode must return exactly its paths.
func plainViterbi(em []float32, tr *transitions) []int {
	n := len(em) / nTags
	score := make([][nTags]float32, n)
	back := make([][nTags]int, n)
	for t := 0; t < nTags; t++ {
		score[0][t] = negInf
		if allowed(-1, t) {
			score[0][t] = tr.Start[t] + em[t]
		}
	}
	for i := 1; i < n; i++ {
		for t := 0; t < nTags; t++ {
			best, arg := negInf, 0
			for p := 0; p < nTags; p++ {
				if score[i-1][p] == negInf || !allowed(p, t) {
					continue
				}
				if s := score[i-1][p] + tr.Pair[p][t]; s > best {
					best, arg = s, p
				}
			}
			score[i][t], back[i][t] = best+em[i*nTags+t], arg
		}
	}
	out := make([]int, n)
	best := negInf
	for t := 0; t < nTags; t++ {
		if score[n-1][t] > best {
			best, out[n-1] = score[n-1][t], t
		}
	}
	for i := n - 1; i > 0; i-- {
		out[i-1] = back[i][out[i]]
	}
	return out
}

func TestDecodeMatchesPlainViterbi(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for k := 0; k < 2000; k++ {
		weight := func() float32 {
			if k%3 == 0 { // small integers: many ties, which order breaks
				return float32(r.IntN(3))
			}
			return float32(r.NormFloat64())
		}
		var tr transitions
		for a := 0; a < nTags; a++ {
			tr.Start[a] = weight()
			for b := 0; b < nTags; b++ {
				tr.Pair[a][b] = weight()
			}
		}
		n := 1 + r.IntN(12)
		// Side by side with other scores, as the tagger keeps both passes.
		const stride = 2 * nTags
		wide := make([]float32, n*stride)
		em := make([]float32, n*nTags)
		for i := range em {
			v := float32(r.NormFloat64() * 3)
			if r.IntN(10) == 0 {
				v = float32(r.IntN(3)) // ties
			}
			em[i] = v
			wide[i/nTags*stride+nTags+i%nTags] = v
		}
		want := plainViterbi(em, &tr)
		got := make([]int, n)
		viterbi(em, &tr, make([]uint8, n*nTags), got)
		strided := make([]int, n)
		decode(wide[nTags:], stride, n, newLattice(&tr), make([]uint8, n*nTags), strided)
		if !slices.Equal(got, want) || !slices.Equal(strided, want) {
			t.Fatalf("case %d: decode %v, strided %v, plain Viterbi %v", k, got, strided, want)
		}
	}
}

// plainTags tags a document the plain way: every feature of every token
// looked up in each pass's own table, in order, and decoded by the plain
// Viterbi.
func plainTags(m *Model, doc [][]string) [][]int {
	feats := make([]sentenceFeatures, len(doc))
	infos := m.feat.extractDocument(doc, feats)
	pass := func(p *Model, extra []sentenceFeatures) [][]int {
		out := make([][]int, len(doc))
		for s, tokens := range doc {
			em := make([]float32, len(tokens)*nTags)
			p.emissions(&feats[s], len(tokens), em)
			if extra != nil {
				p.addEmissions(&extra[s], len(tokens), em)
			}
			if len(tokens) > 0 {
				out[s] = plainViterbi(em, &p.trans)
			}
		}
		return out
	}
	if m.first == nil {
		return pass(m, nil)
	}
	stack := make([]sentenceFeatures, len(doc))
	stackFeatures(infos, pass(m.first, nil), stack)
	return pass(m, stack)
}

// The tagging path must give the plain path's tags, for the shipped model
// whatever its weights, for its first pass alone, and across documents
// (the form cache carries over from one to the next).
func TestTagFastMatchesPlainPath(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	_, docs := readGolden(t)
	docs = docs[:min(len(docs), 40)]
	for _, tagger := range []*Model{m, m.FirstPass()} {
		for d, doc := range docs {
			got, want := tagger.tagIDs(doc.tokens), plainTags(tagger, doc.tokens)
			for s := range want {
				if !slices.Equal(got[s], want[s]) {
					t.Fatalf("stacked %v, doc %d sentence %d: tags %v, plain path %v", tagger.first != nil, d, s, got[s], want[s])
				}
			}
		}
	}
}

// Goroutines tagging at once each take their own scratch space: the tags
// are those of tagging one document after another.
func TestTagConcurrently(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	_, docs := readGolden(t)
	want := make([][][]string, len(docs))
	for d := range docs {
		want[d] = m.TagDocument(docs[d].tokens)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range docs {
				d := (k + g*17) % len(docs) // each goroutine in its own order
				got := m.TagDocument(docs[d].tokens)
				for s := range got {
					if !slices.Equal(got[s], want[d][s]) {
						errs <- fmt.Sprintf("goroutine %d, doc %d sentence %d: %v, want %v", g, d, s, got[s], want[d][s])
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestDocumentWord(t *testing.T) {
	for _, tc := range []struct {
		tok  string
		want bool
	}{
		{"محمد", true}, {"العراق", true}, {"بالعراق", true}, {"CNN", true},
		{"من", false}, {"في", false}, {"الى", true}, {"UN", false}, {"2015", false}, {"،", false}, {"A1", false},
	} {
		if got := documentWord(ptr(newWord(tc.tok))); got != tc.want {
			t.Errorf("documentWord(%q) = %v, want %v", tc.tok, got, tc.want)
		}
	}
}

func ptr[T any](v T) *T { return &v }
