package ner

import (
	"math/rand/v2"
	"testing"
)

func TestDropFeatures(t *testing.T) {
	// Two tokens of 1,000 features each; the first of each stands for the bias.
	sf := sentenceFeatures{off: []int32{0}}
	for tok := 0; tok < 2; tok++ {
		for k := 0; k < 1000; k++ {
			sf.flat = append(sf.flat, uint64(tok*1000+k))
		}
		sf.off = append(sf.off, int32(len(sf.flat)))
	}
	for _, c := range []struct {
		q        float64
		min, max int // features kept per token
	}{
		{0, 1000, 1000},
		{0.1, 850, 950},
		{0.5, 430, 570},
		{1, 1, 1}, // the bias only
	} {
		var out sentenceFeatures
		dropFeatures(&sf, &out, c.q, rand.New(rand.NewPCG(1, 2)))
		if len(out.off) != 3 {
			t.Fatalf("q=%v: %d offsets, want 3", c.q, len(out.off))
		}
		for tok := 0; tok < 2; tok++ {
			got := out.token(tok)
			if len(got) < c.min || len(got) > c.max {
				t.Errorf("q=%v token %d: kept %d features, want %d-%d", c.q, tok, len(got), c.min, c.max)
			}
			if len(got) == 0 || got[0] != uint64(tok*1000) {
				t.Errorf("q=%v token %d: bias not kept first", c.q, tok)
			}
		}
	}
}
