package minhash

import "fmt"

// Signature is a MinHash signature: for each permutation, the smallest
// permuted shingle hash, kept as its high 32 bits. The share of equal
// positions between two signatures estimates the Jaccard similarity of
// their shingle sets.
type Signature []uint32

// Hasher holds the permutations h_i(x) = a_i*x + b_i (mod 2^64), a_i odd.
// Its coefficients come from a fixed seed, so the same text gets the same
// signature in every process.
type Hasher struct {
	a, b []uint64
}

// DefaultSeed seeds the permutations of isnad's signatures. Changing it
// changes every signature: stored indexes must be rebuilt.
const DefaultSeed = 0x69736e6164 // "isnad"

// NewHasher makes n permutations from seed. n must be positive.
func NewHasher(n int, seed uint64) (*Hasher, error) {
	if n <= 0 || n > 4096 {
		return nil, fmt.Errorf("minhash: %d permutations, want 1..4096", n)
	}
	g := splitmix64{state: seed}
	h := &Hasher{a: make([]uint64, n), b: make([]uint64, n)}
	for i := range n {
		h.a[i] = g.next() | 1
		h.b[i] = g.next()
	}
	return h, nil
}

// Size is the number of permutations, the length of every signature.
func (h *Hasher) Size() int { return len(h.a) }

// Sign computes the signature of a shingle set into dst (grown if needed)
// and returns it. An empty set gets a signature of all ones, which matches
// no real signature except another empty one.
func (h *Hasher) Sign(shingles []uint64, dst Signature) Signature {
	n := len(h.a)
	if cap(dst) < n {
		dst = make(Signature, n)
	}
	dst = dst[:n]
	mins := make([]uint64, n)
	for i := range mins {
		mins[i] = ^uint64(0)
	}
	a, b := h.a, h.b[:n]
	a = a[:n]
	for _, x := range shingles {
		for i := range mins {
			if v := a[i]*x + b[i]; v < mins[i] {
				mins[i] = v
			}
		}
	}
	for i, m := range mins {
		dst[i] = uint32(m >> 32)
	}
	return dst
}

// Similarity estimates the Jaccard similarity of the sets behind two
// signatures of the same hasher: the share of equal positions.
func Similarity(a, b Signature) float64 {
	if len(a) == 0 || len(a) != len(b) {
		return 0
	}
	eq := 0
	for i := range a {
		if a[i] == b[i] {
			eq++
		}
	}
	return float64(eq) / float64(len(a))
}

// ContainmentFromJaccard turns an estimated Jaccard j of sets of sizes na
// and nb into the estimated share of the first set found in the second:
// |A∩B| = j(|A|+|B|)/(1+j).
func ContainmentFromJaccard(j float64, na, nb int) float64 {
	if na == 0 {
		return 0
	}
	inter := j * float64(na+nb) / (1 + j)
	c := inter / float64(na)
	if c > 1 {
		c = 1
	}
	return c
}
