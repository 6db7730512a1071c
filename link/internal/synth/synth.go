// Package synth generates a synthetic corpus of any size from real articles
// by perturbation, one document at a time and reproducibly from its number,
// so that isnad's story linking can be measured on millions of documents
// without writing them anywhere. About one document in five is a light
// rewrite of an earlier one (a planted pair); the rest are heavy remixes
// that should match nothing.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Corpus builds documents from base texts.
type Corpus struct {
	base [][]string // sentences of each base text
	n    int
	// DupEvery: document i is a light rewrite of an earlier one when
	// i % DupEvery == DupEvery-1.
	DupEvery int
}

// New splits the base texts into sentences once; n is the corpus size.
func New(texts []string, n int) (*Corpus, error) {
	c := &Corpus{n: n, DupEvery: 5}
	for _, t := range texts {
		if s := sentences(t); len(s) >= 3 {
			c.base = append(c.base, s)
		}
	}
	if len(c.base) < 2 {
		return nil, fmt.Errorf("synth: %d usable base texts, want at least 2", len(c.base))
	}
	return c, nil
}

// Len is the number of documents.
func (c *Corpus) Len() int { return c.n }

// ID names document i.
func ID(i int) string { return fmt.Sprintf("syn:%07d", i) }

// Planted returns the earlier document that document i rewrites, or -1.
func (c *Corpus) Planted(i int) int {
	if i < c.DupEvery || i%c.DupEvery != c.DupEvery-1 {
		return -1
	}
	r := rand.New(rand.NewPCG(uint64(i), 0x706c616e74))
	for {
		j := r.IntN(i)
		if c.Planted(j) < 0 {
			return j
		}
	}
}

// Text generates document i.
func (c *Corpus) Text(i int) string {
	if j := c.Planted(i); j >= 0 {
		return c.light(c.Text(j), uint64(i))
	}
	return c.remix(uint64(i))
}

// remix draws a base text, mixes in a third of another's sentences,
// shuffles them and replaces half the words by words of a third text.
func (c *Corpus) remix(seed uint64) string {
	r := rand.New(rand.NewPCG(seed, 0x72656d6978))
	a := c.base[r.IntN(len(c.base))]
	b := c.base[r.IntN(len(c.base))]
	vocab := strings.Fields(strings.Join(c.base[r.IntN(len(c.base))], " "))
	sents := append([]string(nil), a...)
	for _, s := range b {
		if r.IntN(3) == 0 {
			sents = append(sents, s)
		}
	}
	r.Shuffle(len(sents), func(i, j int) { sents[i], sents[j] = sents[j], sents[i] })
	for k, s := range sents {
		sents[k] = replaceWords(r, s, vocab, 0.5)
	}
	return strings.Join(sents, "\n")
}

// light drops, duplicates and swaps a few sentences and replaces a few
// words: a copy edited by another desk.
func (c *Corpus) light(text string, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, 0x6c69676874))
	in := strings.Split(text, "\n")
	vocab := strings.Fields(text)
	var out []string
	for _, s := range in {
		switch p := r.Float64(); {
		case p < 0.1:
			continue
		case p < 0.15:
			out = append(out, s)
		}
		out = append(out, replaceWords(r, s, vocab, 0.03))
	}
	for k := 1; k < len(out); k++ {
		if r.Float64() < 0.1 {
			out[k-1], out[k] = out[k], out[k-1]
		}
	}
	return strings.Join(out, "\n")
}

func replaceWords(r *rand.Rand, s string, vocab []string, p float64) string {
	if len(vocab) == 0 {
		return s
	}
	ws := strings.Fields(s)
	for k := range ws {
		if r.Float64() < p {
			ws[k] = vocab[r.IntN(len(vocab))]
		}
	}
	return strings.Join(ws, " ")
}

// sentences splits a text at full stops and line breaks.
func sentences(t string) []string {
	var out []string
	for _, line := range strings.Split(t, "\n") {
		for _, s := range strings.SplitAfter(line, ". ") {
			if s = strings.TrimSpace(s); len(strings.Fields(s)) >= 4 {
				out = append(out, s)
			}
		}
	}
	return out
}
