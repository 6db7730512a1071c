package clusters

import (
	"compress/gzip"
	"context"
	"encoding/gob"
	"fmt"
	"io"
	"math/rand/v2"
)

// WordVectors are the dense vectors the clusters are cut from: the truncated
// SVD of the words' PPMI context counts, one unit-length row of Dims values
// per word, words in frequency order.
type WordVectors struct {
	Words []string
	Dims  int
	Vecs  []float32 // len(Words) × Dims
}

// Vector returns word r's row.
func (v *WordVectors) Vector(r int) []float32 { return v.Vecs[r*v.Dims : (r+1)*v.Dims] }

// EmbedWords computes the vectors Learn clusters (same options, same
// numbers), for uses that want the dimensions themselves.
func EmbedWords(ctx context.Context, read func(emit func([]string)) error, opt Options, log io.Writer) (*WordVectors, error) {
	wv, _, err := embed(ctx, read, opt, log)
	return wv, err
}

// Hierarchy cuts the vectors into nested partitions: k-means into ks[0]
// clusters over the words, then each further level by k-means over the
// previous level's centroids (ks decreasing), as the coarse clusters are
// made from the fine ones. levels[l][r] is word r's cluster at level l: like
// the prefixes of a Brown-cluster path, a word is placed at several
// granularities, the coarse ones seen often enough in training to get a
// reliable weight.
func (v *WordVectors) Hierarchy(ctx context.Context, ks []int, iters, workers int, seed uint64, log io.Writer) ([][]int, error) {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	levels := make([][]int, len(ks))
	points := v.Vecs
	var up []int // word → cluster of the previous level
	for l, k := range ks {
		assign, cent, err := kmeans(ctx, points, v.Dims, k, iters, workers, rng, log)
		if err != nil {
			return nil, fmt.Errorf("clustering %d words into %d: %w", len(v.Words), k, err)
		}
		if up == nil {
			levels[l] = assign
		} else {
			levels[l] = make([]int, len(up))
			for r, c := range up {
				levels[l][r] = assign[c]
			}
		}
		up, points = levels[l], cent
	}
	return levels, nil
}

// Save writes the vectors as gzip-compressed gob.
func (v *WordVectors) Save(w io.Writer) error {
	zw := gzip.NewWriter(w)
	if err := gob.NewEncoder(zw).Encode(v); err != nil {
		return fmt.Errorf("writing word vectors: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("writing word vectors: %w", err)
	}
	return nil
}

// LoadWordVectors reads vectors written by Save.
func LoadWordVectors(r io.Reader) (*WordVectors, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("reading word vectors: %w", err)
	}
	defer zr.Close()
	var v WordVectors
	if err := gob.NewDecoder(zr).Decode(&v); err != nil {
		return nil, fmt.Errorf("reading word vectors: %w", err)
	}
	if v.Dims <= 0 || len(v.Vecs) != len(v.Words)*v.Dims {
		return nil, fmt.Errorf("reading word vectors: %d words, %d dims, %d values", len(v.Words), v.Dims, len(v.Vecs))
	}
	return &v, nil
}
