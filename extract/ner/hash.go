package ner

// Features are 64-bit FNV-1a hashes of a template id and its strings, so the
// tagger never builds feature strings. Collisions among the few hundred
// thousand features of a model are negligible at 64 bits.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashStart(template byte) uint64 {
	return (fnvOffset ^ uint64(template)) * fnvPrime
}

func hashAdd(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	// A separator byte keeps ("ab","c") apart from ("a","bc").
	return (h ^ 0xff) * fnvPrime
}

func hash1(template byte, a string) uint64 { return hashAdd(hashStart(template), a) }

func hash2(template byte, a, b string) uint64 {
	return hashAdd(hashAdd(hashStart(template), a), b)
}

func hashInt(template byte, n int) uint64 {
	h := hashStart(template)
	for i := 0; i < 4; i++ {
		h = (h ^ uint64(byte(n>>(8*i)))) * fnvPrime
	}
	return h
}
