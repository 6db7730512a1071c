package link

import (
	"context"
	"fmt"
	"slices"

	"github.com/isnad/isnad/link/minhash"
)

// Candidate is a pair of documents worth comparing, with what the index
// alone can say about it. A < B by id.
type Candidate struct {
	A, B        string
	Jaccard     float64 // estimated Jaccard of the shingle sets (MinHash)
	Containment float64 // estimated share of the smaller set found in the larger
	Shared      int     // passage fingerprints the two share
	a, b        uint32
}

// minShingles: shorter texts carry too little to tell copying from chance.
const minShingles = 10

// Candidates returns the candidate pairs: documents that share an LSH band
// of their MinHash signatures (overall likeness) or at least MinShared
// passage fingerprints (a copied stretch inside rewording), sorted by A
// then B.
func (x *Index) Candidates(ctx context.Context) ([]Candidate, error) {
	x.mu.Lock()
	defer x.mu.Unlock()
	pairs, err := x.bandPairs(ctx)
	if err != nil {
		return nil, err
	}
	fpPairs, err := x.fingerprintPairs(ctx)
	if err != nil {
		return nil, err
	}
	pairs = mergeSorted(pairs, fpPairs)
	out := make([]Candidate, 0, len(pairs))
	for _, p := range pairs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		a, b := uint32(p>>32), uint32(p)
		if x.ids[a] > x.ids[b] {
			a, b = b, a
		}
		out = append(out, x.candidate(a, b))
	}
	slices.SortFunc(out, func(p, q Candidate) int {
		if p.A != q.A {
			if p.A < q.A {
				return -1
			}
			return 1
		}
		if p.B < q.B {
			return -1
		}
		if p.B > q.B {
			return 1
		}
		return 0
	})
	return out, nil
}

func (x *Index) candidate(a, b uint32) Candidate {
	j := minhash.Similarity(x.signature(a), x.signature(b))
	na, nb := int(x.sizes[a]), int(x.sizes[b])
	small, large := na, nb
	if small > large {
		small, large = large, small
	}
	return Candidate{
		A: x.ids[a], B: x.ids[b], a: a, b: b,
		Jaccard:     j,
		Containment: minhash.ContainmentFromJaccard(j, small, large),
		Shared:      minhash.Intersection32(x.fingerprints(a), x.fingerprints(b)),
	}
}

// bandPairs groups documents by each LSH band of their signatures: one
// sorted array of (band hash, document) per band, never a map of buckets,
// so memory stays one array of 8-byte keys whatever the corpus.
func (x *Index) bandPairs(ctx context.Context) ([]uint64, error) {
	n := len(x.ids)
	keys := make([]uint64, 0, n)
	var pairs []uint64
	bands := x.opt.Hashes / x.opt.Rows
	for band := range bands {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("link: banding signatures: %w", err)
		}
		keys = keys[:0]
		for i := range n {
			if x.sizes[i] < minShingles {
				continue
			}
			sig := x.signature(uint32(i))[band*x.opt.Rows : (band+1)*x.opt.Rows]
			h := uint64(band) + 1
			for _, v := range sig {
				h = mixBand(h ^ uint64(v))
			}
			keys = append(keys, h&^0xffffffff|uint64(i))
		}
		slices.Sort(keys)
		pairs = x.emitRuns(keys, pairs, true)
		pairs = compactPairs(pairs)
	}
	return pairs, nil
}

// fingerprintPairs finds documents sharing at least MinShared fingerprints.
func (x *Index) fingerprintPairs(ctx context.Context) ([]uint64, error) {
	keys := make([]uint64, 0, len(x.fps))
	for i := range x.ids {
		if x.sizes[i] < minShingles {
			continue
		}
		for _, fp := range x.fingerprints(uint32(i)) {
			keys = append(keys, uint64(fp)<<32|uint64(i))
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("link: grouping fingerprints: %w", err)
	}
	slices.Sort(keys)
	shared := x.emitRuns(keys, nil, false)
	keys = nil
	slices.Sort(shared)
	var out []uint64
	for i := 0; i < len(shared); {
		j := i
		for j < len(shared) && shared[j] == shared[i] {
			j++
		}
		if j-i >= x.opt.MinShared {
			out = append(out, shared[i])
		}
		i = j
	}
	return out, nil
}

// emitRuns appends a pair key (low<<32|high dense index) for every two
// documents of each run of equal high 32 bits of keys. Runs longer than
// MaxBucket are boilerplate for fingerprints (skipped) but real duplicate
// sets for LSH bands: those are chained in id order, enough for the
// clustering while bounding the pairs.
func (x *Index) emitRuns(keys, pairs []uint64, chainLarge bool) []uint64 {
	for i := 0; i < len(keys); {
		j := i + 1
		for j < len(keys) && keys[j]>>32 == keys[i]>>32 {
			j++
		}
		run := keys[i:j]
		i = j
		switch {
		case len(run) < 2:
		case len(run) <= x.opt.MaxBucket:
			for p := range run {
				for q := p + 1; q < len(run); q++ {
					pairs = append(pairs, pairKey(uint32(run[p]), uint32(run[q])))
				}
			}
		case chainLarge:
			docs := make([]uint32, len(run))
			for k, key := range run {
				docs[k] = uint32(key)
			}
			slices.SortFunc(docs, func(a, b uint32) int {
				if x.ids[a] < x.ids[b] {
					return -1
				}
				return 1
			})
			for k := 1; k < len(docs); k++ {
				pairs = append(pairs, pairKey(docs[k-1], docs[k]))
			}
		}
	}
	return pairs
}

func pairKey(a, b uint32) uint64 {
	if a > b {
		a, b = b, a
	}
	return uint64(a)<<32 | uint64(b)
}

func compactPairs(p []uint64) []uint64 {
	slices.Sort(p)
	return slices.Compact(p)
}

func mergeSorted(a, b []uint64) []uint64 {
	return compactPairs(append(a, b...))
}

func mixBand(x uint64) uint64 {
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return x
}

// pairCandidate is the candidate record of two indexed documents, whether
// or not the index would propose them.
func (x *Index) pairCandidate(a, b string) Candidate {
	x.mu.Lock()
	defer x.mu.Unlock()
	ia, oka := x.byID[a]
	ib, okb := x.byID[b]
	if !oka || !okb {
		return Candidate{A: a, B: b}
	}
	return x.candidate(ia, ib)
}

// proposes reports whether the index would propose two documents as a
// candidate pair: an equal LSH band or enough shared fingerprints (bucket
// size limits aside).
func (x *Index) proposes(c Candidate) bool {
	if c.Shared >= x.opt.MinShared {
		return true
	}
	sa, sb := x.signature(c.a), x.signature(c.b)
	for band := 0; band < x.opt.Hashes; band += x.opt.Rows {
		if slices.Equal(sa[band:band+x.opt.Rows], sb[band:band+x.opt.Rows]) {
			return true
		}
	}
	return false
}
