package minhash

import "slices"

// Fingerprints samples a shingle set for passage matching: a shingle is kept
// when its hash falls in one of every `every` residues, so two texts that
// share a passage of n shingles share about n/every fingerprints whatever
// else they contain. Unlike a MinHash signature, this survives heavy
// rewording around a few copied sentences. Fingerprints are the high 32 bits
// of the kept hashes, sorted and distinct.
func Fingerprints(shingles []uint64, every uint64, dst []uint32) []uint32 {
	dst = dst[:0]
	if every == 0 {
		every = 1
	}
	for _, s := range shingles {
		if mix64(s^fingerprintSalt)%every == 0 {
			dst = append(dst, uint32(s>>32))
		}
	}
	slices.Sort(dst)
	return slices.Compact(dst)
}

// fingerprintSalt decorrelates the sampling from the MinHash permutations.
const fingerprintSalt = 0x66696e6765727072

// Intersection32 counts the elements two sorted distinct fingerprint lists share.
func Intersection32(a, b []uint32) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}
