package ner

// featureTable maps feature hashes to weight rows with open addressing and
// linear probing: two flat arrays, faster than a Go map for the tagger's
// many lookups of absent features, which end at the first empty slot.
type featureTable struct {
	slots []tableSlot // key 0 marks an empty slot; a zero hash is kept in zero
	mask  uint64
	zero  int32 // row of the hash 0, or -1
	count int
}

// tableSlot keeps a key beside its row: one cache line per probe.
type tableSlot struct {
	key uint64
	row int32
}

func newFeatureTable(n int) *featureTable {
	size := 1
	for size < 2*n+1 { // at most half full
		size <<= 1
	}
	return &featureTable{slots: make([]tableSlot, size), mask: uint64(size - 1), zero: -1}
}

// slot spreads the hash (Fibonacci hashing) so that nearby hashes do not
// cluster.
func (t *featureTable) slot(h uint64) uint64 { return (h * 0x9E3779B97F4A7C15) >> 20 & t.mask }

func (t *featureTable) put(h uint64, row int32) {
	t.count++
	if h == 0 {
		t.zero = row
		return
	}
	for i := t.slot(h); ; i = (i + 1) & t.mask {
		if s := &t.slots[i]; s.key == 0 || s.key == h {
			s.key, s.row = h, row
			return
		}
	}
}

func (t *featureTable) get(h uint64) (int32, bool) {
	if h == 0 {
		return t.zero, t.zero >= 0
	}
	for i := t.slot(h); ; i = (i + 1) & t.mask {
		switch s := &t.slots[i]; s.key {
		case h:
			return s.row, true
		case 0:
			return 0, false
		}
	}
}
