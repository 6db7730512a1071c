package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Sentence is a tokenised sentence with one BIO tag per token (tags may be
// nil for untagged text).
type Sentence struct {
	Tokens []string
	Tags   []string
}

// Limits on CoNLL input, so that a malformed file fails clearly.
const (
	maxCoNLLLine     = 1 << 16
	maxSentenceWords = 10000
)

// ReadCoNLL reads `token TAG` lines with a blank line between sentences (the
// token and tag separated by spaces or a tab; the tag is the last field).
// PERS is read as PER. name labels errors.
func ReadCoNLL(r io.Reader, name string) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 4096), maxCoNLLLine)
	var out []Sentence
	var cur Sentence
	line := 0
	flush := func() {
		if len(cur.Tokens) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if line == 1 {
			text = strings.TrimPrefix(text, "\ufeff")
		}
		if strings.TrimSpace(text) == "" {
			flush()
			continue
		}
		f := strings.Fields(text)
		if len(f) < 2 {
			return nil, fmt.Errorf("reading %s line %d: want `token TAG`, got %q", name, line, text)
		}
		tag := CanonicalTag(f[len(f)-1])
		if _, ok := tagID(tag); !ok {
			return nil, fmt.Errorf("reading %s line %d: unknown tag %q (want O or B-/I- PER, PERS, ORG, LOC, MISC)", name, line, f[len(f)-1])
		}
		if len(cur.Tokens) >= maxSentenceWords {
			return nil, fmt.Errorf("reading %s line %d: sentence longer than %d tokens", name, line, maxSentenceWords)
		}
		cur.Tokens = append(cur.Tokens, f[0])
		cur.Tags = append(cur.Tags, tag)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s line %d: %w", name, line+1, err)
	}
	flush()
	return out, nil
}

// WriteCoNLL writes sentences as `token TAG` lines, a blank line after each.
func WriteCoNLL(w io.Writer, sents []Sentence) error {
	bw := bufio.NewWriter(w)
	for _, s := range sents {
		for i, tok := range s.Tokens {
			tag := "O"
			if i < len(s.Tags) {
				tag = s.Tags[i]
			}
			fmt.Fprintf(bw, "%s %s\n", tok, tag)
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}
