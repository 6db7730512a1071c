package ner

import (
	"cmp"
	"slices"
)

// jointTable scores both passes of a stacked model with one lookup per
// feature: the two passes read the same word features, and looking each up
// once, with both passes' weights side by side, keeps a stacked model close
// to the speed of one pass.
//
// A model of one pass scores through a jointTable too, of width nTags.
type jointTable struct {
	table *featureTable // hash → row
	width int           // weights read per row: nTags, or 2*nTags for two passes
	rows  []jointRow
}

// jointRow keeps a feature's hash beside its weights: the lookup checks the
// hash in the memory it then reads the weights from.
type jointRow struct {
	key uint64
	w   [2 * nTags]float32 // the first pass's weights, then the second's
}

// passTable is the one-pass jointTable of a model's own weights.
func passTable(m *Model) *jointTable {
	j := &jointTable{table: m.table, width: nTags, rows: make([]jointRow, len(m.hashes))}
	for r, h := range m.hashes {
		j.rows[r].key = h
		copy(j.rows[r].w[:nTags], m.weights[r*nTags:(r+1)*nTags])
	}
	return j
}

func newJointTable(first, second *Model) *jointTable {
	j := &jointTable{table: newFeatureTable(len(first.hashes) + len(second.hashes)), width: 2 * nTags}
	a, b := first.hashes, second.hashes
	for ia, ib := 0, 0; ia < len(a) || ib < len(b); {
		var row jointRow
		switch {
		case ib == len(b) || ia < len(a) && a[ia] < b[ib]:
			row.key = a[ia]
			copy(row.w[:nTags], first.weights[ia*nTags:])
			ia++
		case ia == len(a) || b[ib] < a[ia]:
			row.key = b[ib]
			copy(row.w[nTags:], second.weights[ib*nTags:(ib+1)*nTags])
			ib++
		default: // in both
			row.key = a[ia]
			copy(row.w[:nTags], first.weights[ia*nTags:])
			copy(row.w[nTags:], second.weights[ib*nTags:(ib+1)*nTags])
			ia++
			ib++
		}
		j.rows = append(j.rows, row)
	}
	hotFirst(j.rows)
	for r := range j.rows {
		j.table.put(j.rows[r].key, int32(r))
	}
	return j
}

// hotFirst orders rows by the sum of their absolute weights, largest
// first. Features seen often in training have the largest weights, and are
// the ones met most often in news; kept together, they share cache lines
// and stay in cache. The order changes no score.
func hotFirst(rows []jointRow) {
	type ranked struct {
		norm float32
		row  int32
	}
	rs := make([]ranked, len(rows))
	for i := range rows {
		var n float32
		for _, w := range rows[i].w {
			n += max(w, -w)
		}
		rs[i] = ranked{n, int32(i)}
	}
	slices.SortFunc(rs, func(a, b ranked) int {
		if c := cmp.Compare(b.norm, a.norm); c != 0 {
			return c
		}
		return cmp.Compare(a.row, b.row)
	})
	old := slices.Clone(rows)
	for i, r := range rs {
		rows[i] = old[r.row]
	}
}

// find returns the row of feature h, or -1.
func (j *jointTable) find(h uint64) int32 {
	t := j.table
	if h == 0 {
		return t.zero
	}
	fp := h &^ 0xFFFFFFFF
	for i := t.slot(h); ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			return -1
		}
		if s&^0xFFFFFFFF == fp {
			if r := int32(uint32(s)) - 1; j.rows[r].key == h {
				return r
			}
		}
	}
}

// setFirst makes first the model's first pass.
func (m *Model) setFirst(first *Model) {
	m.first = first
	m.joint = newJointTable(first, m)
}

// touch reads the first slot of every feature of fs and returns a value
// made of them, which the caller keeps. The loads do not depend on one
// another, so the processor has them all in flight at once; the probes that
// follow then find their slots in cache instead of waiting for each in turn.
func (t *featureTable) touch(fs []uint64) uint64 {
	var x uint64
	for _, h := range fs {
		x ^= t.slots[t.slot(h)]
	}
	return x
}

// add adds to row (width weights) the weights of features fs, in their
// order: float sums depend on it. rows is scratch space; the result is
// touch's, for the caller to keep.
func (j *jointTable) add(fs []uint64, row []float32, rows []int32) ([]int32, uint64) {
	return j.addCols(fs, row[:j.width], 0, rows)
}

// addSecond adds to row (nTags weights) the second pass's weights of
// features fs, in their order.
func (j *jointTable) addSecond(fs []uint64, row []float32, rows []int32) ([]int32, uint64) {
	return j.addCols(fs, row[:nTags], nTags, rows)
}

// addCols adds the weights of columns col… of features fs to row: slots
// touched first, rows found next, weights added last, so that each stage's
// memory accesses overlap.
func (j *jointTable) addCols(fs []uint64, row []float32, col int, rows []int32) ([]int32, uint64) {
	x := j.table.touch(fs)
	rows = rows[:0]
	for _, h := range fs {
		if r := j.find(h); r >= 0 {
			rows = append(rows, r)
		}
	}
	for _, r := range rows {
		w := j.rows[r].w[col:][:len(row)]
		for t := range row {
			row[t] += w[t]
		}
	}
	return rows, x
}

// emissions adds to em1 and em2 the first and the second pass's scores of
// a sentence's features.
func (j *jointTable) emissions(sf *sentenceFeatures, n int, em1, em2 []float32) {
	for i := 0; i < n; i++ {
		r1 := (*[nTags]float32)(em1[i*nTags : (i+1)*nTags])
		r2 := (*[nTags]float32)(em2[i*nTags : (i+1)*nTags])
		for _, h := range sf.token(i) {
			r := j.find(h)
			if r < 0 {
				continue
			}
			w := &j.rows[r].w
			for t := range r1 {
				r1[t] += w[t]
				r2[t] += w[nTags+t]
			}
		}
	}
}

// FirstPass returns the first pass of a stacked model as a tagger of its
// own (the model itself when it is not stacked): about 1.5 times faster,
// about 2 points of F1 lower (data/ner/PROVENANCE.md), for bulk tagging
// where speed matters more.
func (m *Model) FirstPass() *Model {
	if m.first == nil {
		return m
	}
	f := *m.first
	f.feat = m.feat
	f.scratch = newScratchPool()
	return &f
}
