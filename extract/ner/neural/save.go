package neural

import (
	"compress/gzip"
	"encoding/gob"
	"fmt"
	"io"
	"math"
	"sync"
)

// savedModel is the file form of a Model (gzip gob). The fixed word vectors
// are stored as int8 with one scale per row: a quarter of the float32 size,
// within 1/254 of each row's largest value.
type savedModel struct {
	Format   int
	Config   Config
	VecWords []string
	VecDims  int
	VecQ     []int8
	VecScale []float32
	Words    []string // row r+1 of the word table
	Word     []float32
	Char     []float32
	Dense    []float32
}

const fileFormat = 1

// Save writes the model.
func (m *Model) Save(w io.Writer) error {
	s := savedModel{Format: fileFormat, Config: m.cfg, VecDims: m.vecDims, Word: m.word, Char: m.char, Dense: m.dense}
	s.VecWords = make([]string, len(m.lex.vecIndex))
	for w, r := range m.lex.vecIndex {
		s.VecWords[r] = w
	}
	s.Words = make([]string, len(m.lex.wordIndex))
	for w, r := range m.lex.wordIndex {
		s.Words[r-1] = w
	}
	d := m.vecDims
	s.VecQ = make([]int8, len(m.vecs))
	s.VecScale = make([]float32, len(s.VecWords))
	for r := range s.VecScale {
		row := m.vecs[r*d : (r+1)*d]
		var top float32
		for _, x := range row {
			top = max(top, x, -x)
		}
		if top == 0 {
			continue
		}
		s.VecScale[r] = top / 127
		for k, x := range row {
			s.VecQ[r*d+k] = int8(math.Round(float64(x / s.VecScale[r])))
		}
	}
	zw := gzip.NewWriter(w)
	if err := gob.NewEncoder(zw).Encode(&s); err != nil {
		return fmt.Errorf("writing neural tagger: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("writing neural tagger: %w", err)
	}
	return nil
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("reading neural tagger: %w", err)
	}
	defer zr.Close()
	var s savedModel
	if err := gob.NewDecoder(zr).Decode(&s); err != nil {
		return nil, fmt.Errorf("reading neural tagger: %w", err)
	}
	if s.Format != fileFormat {
		return nil, fmt.Errorf("reading neural tagger: format %d, want %d", s.Format, fileFormat)
	}
	m := &Model{cfg: s.Config, vecDims: s.VecDims, word: s.Word, char: s.Char, dense: s.Dense, tagPool: new(sync.Pool)}
	d := s.VecDims
	if d <= 0 || len(s.VecQ) != len(s.VecWords)*d || len(s.VecScale) != len(s.VecWords) ||
		len(s.Word) != (len(s.Words)+1)*s.Config.WordDims || len(s.Char) != s.Config.Buckets*s.Config.CharDims ||
		len(s.Dense) != m.denseSize() {
		return nil, fmt.Errorf("reading neural tagger: table sizes do not match the configuration")
	}
	lx := &lexicon{vecIndex: make(map[string]int32, len(s.VecWords)), wordIndex: make(map[string]int32, len(s.Words)), buckets: s.Config.Buckets}
	m.vecs = make([]float32, len(s.VecQ))
	for r, w := range s.VecWords {
		lx.vecIndex[w] = int32(r)
		for k := r * d; k < (r+1)*d; k++ {
			m.vecs[k] = float32(s.VecQ[k]) * s.VecScale[r]
		}
	}
	for r, w := range s.Words {
		lx.wordIndex[w] = int32(r + 1)
	}
	m.lex = lx
	return m, nil
}
