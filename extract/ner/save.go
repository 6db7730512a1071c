package ner

import (
	"compress/gzip"
	"encoding/gob"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/isnad/isnad/extract/ner/clusters"
)

// modelFormat is the version of the model file; Load reads it and the
// formats it extends (1: one pass; 2 adds the stacked model's first pass).
const modelFormat = 2

// modelFile is the saved form of a model: weights and the word lists its
// features read, so a model file is complete on its own. Run-time Extra
// gazetteers are not saved.
type modelFile struct {
	Format   int
	Tags     []string
	Families Families
	DocSize  int
	Hashes   []uint64 // sorted; row i of Weights belongs to Hashes[i]
	Weights  []float32
	Trans    transitions
	// Gazetteer holds the gazetteer's entries and after them the mined
	// lists' (labels "LEX-…", which no gazetteer uses): one field for both
	// keeps the file format, and the shipped file, as they were.
	Gazetteer [][2]string // label, folded phrase
	Triggers  [][2]string
	Words     []string // clustered words, sorted
	Coarse    []uint16
	Fine      []uint16
	Alt       []uint16 // second partition, when the clusters have one
	CodeWords []string // words with codes (WordCodes), sorted
	Codes     [][]string
	// First is the first pass of a stacked model (nil otherwise): it reads
	// the same word lists, so it has only weights.
	First *passFile
	// StatWords are the words (and word pairs) with statistics codes
	// (WordStats), sorted; Stats their codes. Last, so the fields before
	// keep their gob field numbers.
	StatWords []string
	Stats     [][]string
}

// passFile holds the weights of a stacked model's first pass.
type passFile struct {
	Families Families
	Hashes   []uint64
	Weights  []float32
	Trans    transitions
}

// Save writes the model as gzip-compressed gob.
func (m *Model) Save(w io.Writer) error {
	f := modelFile{Format: modelFormat, Tags: tagNames[:], Families: m.families, DocSize: m.docSize, Trans: m.trans}
	// Rows are kept in hash order (see perceptron.model).
	f.Hashes, f.Weights = m.hashes, m.weights
	if fp := m.first; fp != nil {
		f.First = &passFile{Families: fp.families, Hashes: fp.hashes, Weights: fp.weights, Trans: fp.trans}
	}
	res := m.feat.res
	if res.Gazetteer != nil {
		f.Gazetteer = res.Gazetteer.entryList()
	}
	if res.Triggers != nil {
		f.Triggers = res.Triggers.entryList()
	}
	if res.Clusters != nil {
		f.Words = res.Clusters.Words()
		for _, w := range f.Words {
			ids, _ := res.Clusters.Lookup(w)
			f.Coarse = append(f.Coarse, ids.Coarse)
			f.Fine = append(f.Fine, ids.Fine)
			if res.Clusters.HasAlt() {
				f.Alt = append(f.Alt, ids.Alt)
			}
		}
	}
	if res.Mined != nil {
		f.Gazetteer = append(f.Gazetteer, res.Mined.entryList()...)
	}
	if res.Codes != nil {
		f.CodeWords = res.Codes.Words()
		for _, w := range f.CodeWords {
			f.Codes = append(f.Codes, res.Codes.Lookup(w))
		}
	}
	if res.Stats != nil {
		f.StatWords = res.Stats.Words()
		for _, w := range f.StatWords {
			f.Stats = append(f.Stats, res.Stats.Lookup(w))
		}
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	if err := gob.NewEncoder(zw).Encode(&f); err != nil {
		return fmt.Errorf("writing model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("writing model: %w", err)
	}
	return nil
}

// Load reads a model written by Save. name labels errors.
func Load(r io.Reader, name string) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("reading model %s: %w", name, err)
	}
	defer zr.Close()
	var f modelFile
	if err := gob.NewDecoder(zr).Decode(&f); err != nil {
		return nil, fmt.Errorf("reading model %s: %w", name, err)
	}
	if f.Format < 1 || f.Format > modelFormat {
		return nil, fmt.Errorf("reading model %s: format %d, this isnad reads format %d", name, f.Format, modelFormat)
	}
	if !slices.Equal(f.Tags, tagNames[:]) {
		return nil, fmt.Errorf("reading model %s: tag set %v differs from %v", name, f.Tags, tagNames)
	}
	if len(f.Weights) != len(f.Hashes)*nTags || len(f.Coarse) != len(f.Words) || len(f.Fine) != len(f.Words) ||
		len(f.Alt) != 0 && len(f.Alt) != len(f.Words) || len(f.Codes) != len(f.CodeWords) || len(f.Stats) != len(f.StatWords) ||
		f.First != nil && len(f.First.Weights) != len(f.First.Hashes)*nTags {
		return nil, fmt.Errorf("reading model %s: inconsistent table sizes", name)
	}
	var res Resources
	if gaz, mined := splitMined(f.Gazetteer); len(gaz) > 0 || len(mined) > 0 {
		if len(gaz) > 0 {
			res.Gazetteer = lexiconFromEntries(gaz)
		}
		if len(mined) > 0 {
			res.Mined = lexiconFromEntries(mined)
		}
	}
	if len(f.Triggers) > 0 {
		res.Triggers = lexiconFromEntries(f.Triggers)
	}
	if len(f.Words) > 0 {
		words := make(map[string]clusters.IDs, len(f.Words))
		for i, w := range f.Words {
			ids := clusters.IDs{Coarse: f.Coarse[i], Fine: f.Fine[i]}
			if len(f.Alt) > 0 {
				ids.Alt = f.Alt[i]
			}
			words[w] = ids
		}
		res.Clusters = clusters.NewSet(words, len(f.Alt) > 0)
	}
	if len(f.CodeWords) > 0 {
		words := make(map[string][]string, len(f.CodeWords))
		for i, w := range f.CodeWords {
			words[w] = f.Codes[i]
		}
		res.Codes = NewWordCodes(words)
	}
	if len(f.StatWords) > 0 {
		words := make(map[string][]string, len(f.StatWords))
		for i, w := range f.StatWords {
			words[w] = f.Stats[i]
		}
		res.Stats = NewWordCodes(words)
	}
	if !slices.IsSorted(f.Hashes) || f.First != nil && !slices.IsSorted(f.First.Hashes) {
		return nil, fmt.Errorf("reading model %s: feature table out of order", name)
	}
	m := &Model{feat: newFeaturizer(res, f.Families), families: f.Families, docSize: f.DocSize, trans: f.Trans}
	m.setWeights(f.Hashes, f.Weights)
	if (f.First != nil) != (f.Families&StackFeatures != 0) {
		return nil, fmt.Errorf("reading model %s: stacked features and first pass do not go together", name)
	}
	if f.First != nil {
		first := &Model{feat: m.feat, families: f.First.Families, docSize: f.DocSize, trans: f.First.Trans}
		first.setWeights(f.First.Hashes, f.First.Weights)
		m.setFirst(first)
	}
	return m, nil
}

func lexiconFromEntries(entries [][2]string) *Lexicon {
	lex := NewLexicon()
	for _, e := range entries {
		lex.Add(e[1], e[0])
	}
	return lex
}

// splitMined separates the mined lists' entries (labels "LEX-…") from the
// gazetteer's in a model file's Gazetteer field.
func splitMined(entries [][2]string) (gaz, mined [][2]string) {
	for _, e := range entries {
		if strings.HasPrefix(e[0], minedLabelPrefix) {
			mined = append(mined, e)
		} else {
			gaz = append(gaz, e)
		}
	}
	return gaz, mined
}
