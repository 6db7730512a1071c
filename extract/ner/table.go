package ner

// featureTable maps feature hashes to weight rows with open addressing and
// linear probing, faster than a Go map for the tagger's many lookups of
// absent features, which end at the first empty slot.
//
// A slot is 8 bytes: the row plus one in its low half (0 marks an empty
// slot) and the high half of the hash as a fingerprint. Small slots keep
// more of the table in cache; the full hash, kept per row in keys, is read
// only when the fingerprint matches, so an absent feature almost never
// costs a second memory access and a present one is never mistaken.
type featureTable struct {
	slots []uint64
	keys  []uint64 // row → hash
	mask  uint64
	zero  int32 // row of the hash 0, or -1
	count int
}

func newFeatureTable(n int) *featureTable {
	// Up to three quarters full: a probe that goes on past its first slot
	// mostly stays within the cache line it started in (8 slots a line),
	// and a smaller table stays in cache.
	size := 1
	for size < n+n/3+1 {
		size <<= 1
	}
	return &featureTable{slots: make([]uint64, size), keys: make([]uint64, 0, n), mask: uint64(size - 1), zero: -1}
}

// slot spreads the hash (Fibonacci hashing) so that nearby hashes do not
// cluster.
func (t *featureTable) slot(h uint64) uint64 { return (h * 0x9E3779B97F4A7C15) >> 20 & t.mask }

// put adds hash h for row, which must be the table's next row (0, 1, 2 …)
// or an existing hash's row again.
func (t *featureTable) put(h uint64, row int32) {
	t.count++
	for int(row) >= len(t.keys) {
		t.keys = append(t.keys, 0)
	}
	t.keys[row] = h
	if h == 0 {
		t.zero = row
		return
	}
	fp := h &^ 0xFFFFFFFF
	for i := t.slot(h); ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 || s&^0xFFFFFFFF == fp && t.keys[int32(uint32(s))-1] == h {
			t.slots[i] = fp | uint64(uint32(row+1))
			return
		}
	}
}

func (t *featureTable) get(h uint64) (int32, bool) {
	if h == 0 {
		return t.zero, t.zero >= 0
	}
	fp := h &^ 0xFFFFFFFF
	for i := t.slot(h); ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			return 0, false
		}
		if s&^0xFFFFFFFF == fp {
			if r := int32(uint32(s)) - 1; t.keys[r] == h {
				return r, true
			}
		}
	}
}
