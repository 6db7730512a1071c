package ner

// jointTable scores both passes of a stacked model with one lookup per
// feature: the two passes read the same word features, and looking each up
// once, with both passes' weights side by side, keeps a stacked model close
// to the speed of one pass.
//
// A model of one pass scores through a jointTable too, of width nTags over
// its own table and weights.
type jointTable struct {
	table   *featureTable
	width   int       // weights per row: nTags, or 2*nTags for two passes
	weights []float32 // the first pass's weights, then the second's
}

// passTable is the one-pass jointTable over a model's own weights.
func passTable(m *Model) *jointTable {
	return &jointTable{table: m.table, width: nTags, weights: m.weights}
}

func newJointTable(first, second *Model) *jointTable {
	j := &jointTable{table: newFeatureTable(len(first.hashes) + len(second.hashes)), width: 2 * nTags}
	row := make([]float32, 2*nTags)
	a, b := first.hashes, second.hashes
	for ia, ib := 0, 0; ia < len(a) || ib < len(b); {
		clear(row)
		var h uint64
		switch {
		case ib == len(b) || ia < len(a) && a[ia] < b[ib]:
			h = a[ia]
			copy(row[:nTags], first.weights[ia*nTags:])
			ia++
		case ia == len(a) || b[ib] < a[ia]:
			h = b[ib]
			copy(row[nTags:], second.weights[ib*nTags:(ib+1)*nTags])
			ib++
		default: // in both
			h = a[ia]
			copy(row[:nTags], first.weights[ia*nTags:])
			copy(row[nTags:], second.weights[ib*nTags:(ib+1)*nTags])
			ia++
			ib++
		}
		j.table.put(h, int32(len(j.weights)/(2*nTags)))
		j.weights = append(j.weights, row...)
	}
	return j
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
		if r, ok := j.table.get(h); ok {
			rows = append(rows, r)
		}
	}
	for _, r := range rows {
		w := j.weights[int(r)*j.width+col:][:len(row)]
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
			r, ok := j.table.get(h)
			if !ok {
				continue
			}
			w := (*[2 * nTags]float32)(j.weights[int(r)*2*nTags : int(r+1)*2*nTags])
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
