package judge

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/internal/cputime"
)

// syntheticAnalysis is docs documents of claimsPerDoc claims each over a
// Zipf vocabulary, where a tenth of the claims are retellings (shuffled,
// one word changed) of a claim of an earlier document — the shape of a news
// corpus after single-document analysis.
func syntheticAnalysis(docs, claimsPerDoc int) *export.Analysis {
	r := rand.New(rand.NewPCG(1, 2))
	letters := []rune("ابتثجحخدذرزسشصضطظعغفقكلمنهوي")
	vocab := make([]string, 50000)
	for i := range vocab {
		n := 3 + r.IntN(5)
		w := make([]rune, n)
		for k := range w {
			w[k] = letters[r.IntN(len(letters))]
		}
		vocab[i] = string(w)
	}
	zipf := rand.NewZipf(r, 1.1, 2, uint64(len(vocab)-1))
	a := export.NewAnalysis()
	var texts []string
	for d := range docs {
		id := fmt.Sprintf("d:%d", d)
		outlet := fmt.Sprintf("منفذ%d", d%300)
		a.Documents = append(a.Documents, export.Document{ID: id, Outlet: &outlet})
		for c := range claimsPerDoc {
			var text string
			if len(texts) > 0 && r.IntN(10) == 0 {
				ws := strings.Fields(texts[r.IntN(len(texts))])
				r.Shuffle(len(ws), func(i, j int) { ws[i], ws[j] = ws[j], ws[i] })
				ws[0] = vocab[zipf.Uint64()]
				text = strings.Join(ws, " ")
			} else {
				ws := make([]string, 12+r.IntN(10))
				for k := range ws {
					ws[k] = vocab[zipf.Uint64()]
				}
				text = strings.Join(ws, " ")
			}
			texts = append(texts, text)
			chain := []export.Link{}
			if r.IntN(2) == 0 {
				chain = append(chain, export.Link{Name: fmt.Sprintf("مصدر%d", r.IntN(500)), Kind: "organization"})
			}
			a.Claims = append(a.Claims, export.Claim{ID: fmt.Sprintf("c:%d:%d", d, c), Doc: id, Text: text, Chain: chain,
				Polarity: "asserted", Hedges: []string{}, Entities: []string{}, Times: []int{}, Quantities: []int{}})
		}
	}
	return a
}

// BenchmarkJudgeCorpus judges a SaudiNewsNet-sized corpus: 31k documents
// of 15 claims each (465k claims).
func BenchmarkJudgeCorpus(b *testing.B) {
	a := syntheticAnalysis(31000, 15)
	j := New(nil, Options{})
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		c := *a
		c.Claims = append([]export.Claim(nil), a.Claims...)
		b.StartTimer()
		cpu := cputime.Process().Seconds()
		if err := j.Judge(context.Background(), &c); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(cputime.Process().Seconds()-cpu, "cpu-s/op")
		b.ReportMetric(float64(len(c.ClaimGroups)), "groups")
	}
}

// BenchmarkJudgeSeedsSize judges a corpus the size of a small inquiry.
func BenchmarkJudgeSmall(b *testing.B) {
	a := syntheticAnalysis(200, 15)
	j := New(nil, Options{})
	b.ResetTimer()
	for range b.N {
		c := *a
		c.Claims = append([]export.Claim(nil), a.Claims...)
		if err := j.Judge(context.Background(), &c); err != nil {
			b.Fatal(err)
		}
	}
}
