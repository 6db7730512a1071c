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

// strHash is the FNV-1a hash of a string, computed once per word form.
func strHash(s string) uint64 { return hashAdd(fnvOffset, s) }

// mix is the splitmix64 finaliser: it spreads every input bit over the
// output, so combined hashes stay well distributed.
func mix(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	return h ^ h>>31
}

// wordFeature is the feature of template t over a precomputed word hash.
func wordFeature(t byte, h uint64) uint64 { return mix(h ^ (uint64(t)+1)*0x9E3779B97F4A7C15) }

// pairFeature is the feature of template t over two word hashes.
func pairFeature(t byte, a, b uint64) uint64 { return mix(wordFeature(t, a) ^ b) }
