package minhash

// FNV-1a and splitmix64 are written here rather than taken from hash/maphash:
// maphash seeds differ between processes, and isnad's signatures must be the
// same on every run and every machine so that an index can be rebuilt,
// compared and stored.

const (
	fnvOffset64 = 14695981039346656037
	fnvPrime64  = 1099511628211
)

// fnv1a64 hashes a string with 64-bit FNV-1a.
func fnv1a64(s string) uint64 {
	h := uint64(fnvOffset64)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime64
	}
	return h
}

// mix64 is the splitmix64 finaliser: it spreads every input bit over the
// output so that combined word hashes do not keep FNV's weak low bits.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// splitmix64 is a tiny deterministic generator for the permutation
// coefficients: state advances by the golden-ratio increment.
type splitmix64 struct{ state uint64 }

func (s *splitmix64) next() uint64 {
	s.state += 0x9e3779b97f4a7c15
	return mix64(s.state)
}

// HashString is the 64-bit FNV-1a hash of s, mixed: a stable hash for ids.
func HashString(s string) uint64 { return mix64(fnv1a64(s)) }
