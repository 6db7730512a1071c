package clusters

import (
	"context"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"sort"
)

// Options sets the size of what the learner builds.
type Options struct {
	Words    int    // the most frequent folded words that get clusters
	Contexts int    // the most frequent words used as context features
	Dims     int    // dimensions kept by the truncated SVD
	Fine     int    // number of fine clusters
	Coarse   int    // number of coarse clusters (groups of fine ones)
	MinCount int    // words seen fewer times get no cluster
	Iters    int    // k-means iterations
	Seed     uint64 // seeds the projection and k-means initialisation
	Workers  int    // goroutines for k-means assignment
}

// DefaultOptions is what the shipped cluster file was learnt with.
func DefaultOptions() Options {
	return Options{Words: 50000, Contexts: 3000, Dims: 128, Fine: 1000, Coarse: 100,
		MinCount: 3, Iters: 12, Seed: 1, Workers: 2}
}

// window holds the relative positions whose words describe a word's context;
// each position is its own block of features (left and right differ).
var window = [...]int{-2, -1, 1, 2}

// Learn clusters words by the company they keep: for each frequent word it
// counts the frequent words at positions ±1 and ±2, weights the counts by
// positive pointwise mutual information, projects the sparse vectors to a few
// dense dimensions by truncated SVD (randomised, seeded), and runs spherical k-means
// twice: on the words (fine clusters), then on the fine centroids (coarse).
// The sentences are read once into memory as word ids.
func Learn(ctx context.Context, read func(emit func([]string)) error, opt Options, log io.Writer) (*Set, error) {
	wv, rng, err := embed(ctx, read, opt, log)
	if err != nil {
		return nil, err
	}
	vecs := wv.Vecs
	fine, centroids, err := kmeans(ctx, vecs, opt.Dims, opt.Fine, opt.Iters, opt.Workers, rng, log)
	if err != nil {
		return nil, err
	}
	coarseOfFine, _, err := kmeans(ctx, centroids, opt.Dims, opt.Coarse, opt.Iters*2, opt.Workers, rng, log)
	if err != nil {
		return nil, err
	}
	words := make(map[string]IDs, len(wv.Words))
	for r, w := range wv.Words {
		f := fine[r]
		words[w] = IDs{Coarse: uint16(coarseOfFine[f]), Fine: uint16(f)}
	}
	return &Set{words: words}, nil
}

// embed reads the corpus and returns the unit-length SVD vectors of its
// frequent words (in frequency order), and the generator, advanced past the
// projection, that the k-means draws continue from.
func embed(ctx context.Context, read func(emit func([]string)) error, opt Options, log io.Writer) (*WordVectors, *rand.Rand, error) {
	ids := map[string]int32{}
	var vocab []string
	var freq []int64
	var stream []int32 // word ids, -1 between sentences
	err := read(func(toks []string) {
		for _, t := range toks {
			id, ok := ids[t]
			if !ok {
				id = int32(len(vocab))
				ids[t] = id
				vocab = append(vocab, t)
				freq = append(freq, 0)
			}
			freq[id]++
			stream = append(stream, id)
		}
		stream = append(stream, -1)
	})
	if err != nil {
		return nil, nil, err
	}
	fmt.Fprintf(log, "clusters: %d tokens, %d word types\n", len(stream), len(vocab))

	// rank[id] is the word's frequency rank; ties broken by spelling so the
	// order does not depend on map iteration.
	order := make([]int32, len(vocab))
	for i := range order {
		order[i] = int32(i)
	}
	sort.Slice(order, func(a, b int) bool {
		fa, fb := freq[order[a]], freq[order[b]]
		if fa != fb {
			return fa > fb
		}
		return vocab[order[a]] < vocab[order[b]]
	})
	rank := make([]int32, len(vocab))
	for r, id := range order {
		rank[id] = int32(r)
	}
	nWords := min(opt.Words, len(vocab))
	for nWords > 0 && freq[order[nWords-1]] < int64(opt.MinCount) {
		nWords--
	}
	nCtx := min(opt.Contexts, len(vocab))
	nFeat := nCtx * len(window)

	// Co-occurrence counts, keyed by target rank × feature.
	counts := map[int64]float64{}
	for i, id := range stream {
		if id < 0 || rank[id] >= int32(nWords) {
			continue
		}
		for wi, d := range window {
			j := i + d
			if j < 0 || j >= len(stream) || stream[j] < 0 {
				continue
			}
			c := rank[stream[j]]
			if c >= int32(nCtx) {
				continue
			}
			counts[int64(rank[id])*int64(nFeat)+int64(wi*nCtx)+int64(c)]++
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	rowSum := make([]float64, nWords)
	colSum := make([]float64, nFeat)
	for k, v := range counts {
		rowSum[k/int64(nFeat)] += v
		colSum[k%int64(nFeat)] += v
	}
	ctxTotal := 0.0
	for _, c := range colSum {
		ctxTotal += math.Pow(c, 0.75)
	}
	fmt.Fprintf(log, "clusters: %d words, %d context features, %d non-zero counts\n", nWords, nFeat, len(counts))

	rng := rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x9e3779b97f4a7c15))
	// Map iteration order varies; sort the keys so sums are reproducible.
	keys := make([]int64, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] })
	a := &sparseRows{rows: nWords, cols: nFeat, start: make([]int, nWords+1)}
	for _, k := range keys {
		w, f := k/int64(nFeat), k%int64(nFeat)
		// Context counts smoothed to the power 0.75 (Levy et al. 2015).
		pmi := math.Log(counts[k] * ctxTotal / (rowSum[w] * math.Pow(colSum[f], 0.75)))
		if pmi <= 0 {
			continue
		}
		a.col = append(a.col, int32(f))
		a.val = append(a.val, float32(pmi))
		a.start[w+1] = len(a.col)
	}
	for r := 1; r <= nWords; r++ {
		a.start[r] = max(a.start[r], a.start[r-1])
	}
	fmt.Fprintf(log, "clusters: PPMI matrix %d×%d with %d entries; truncated SVD to %d dimensions\n", nWords, nFeat, len(a.col), opt.Dims)
	emb := truncatedSVD(a, opt.Dims, 2, 0.5, rng)
	vecs := make([]float32, len(emb))
	for i, v := range emb {
		vecs[i] = float32(v)
	}
	normalise(vecs, opt.Dims)
	words := make([]string, nWords)
	for r := range words {
		words[r] = vocab[order[r]]
	}
	return &WordVectors{Words: words, Dims: opt.Dims, Vecs: vecs}, rng, nil
}

func normalise(vecs []float32, dims int) {
	for i := 0; i+dims <= len(vecs); i += dims {
		row := vecs[i : i+dims]
		var s float64
		for _, v := range row {
			s += float64(v) * float64(v)
		}
		if s == 0 {
			continue
		}
		inv := float32(1 / math.Sqrt(s))
		for d := range row {
			row[d] *= inv
		}
	}
}
