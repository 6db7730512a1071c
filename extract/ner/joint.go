package ner

// jointTable scores both passes of a stacked model with one lookup per
// feature: the two passes read the same word features, and looking each up
// once, with both passes' weights side by side, keeps a stacked model close
// to the speed of one pass.
type jointTable struct {
	table   *featureTable
	weights []float32 // 2*nTags per row: the first pass's weights, then the second's
}

func newJointTable(first, second *Model) *jointTable {
	j := &jointTable{table: newFeatureTable(len(first.hashes) + len(second.hashes))}
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

// tagStacked decodes a document with a stacked model: one scoring of the
// word features for both passes, the first pass's tags, then the stacked
// features' scores added to the second pass's.
func (m *Model) tagStacked(doc [][]string, feats []sentenceFeatures, infos []*sentenceInfo) [][]int {
	total := 0
	for _, tokens := range doc {
		total += len(tokens)
	}
	em2 := make([]float32, total*nTags)
	prior := make([][]int, len(doc))
	var em1 []float32
	var back []uint8
	off := 0
	for s, tokens := range doc {
		n := len(tokens)
		prior[s] = make([]int, n)
		if n == 0 {
			continue
		}
		em1, back = grow(em1, n*nTags), growU8(back, n*nTags)
		clear(em1)
		m.joint.emissions(&feats[s], n, em1, em2[off:off+n*nTags])
		viterbi(em1, &m.first.trans, back, prior[s])
		off += n * nTags
	}
	stack := make([]sentenceFeatures, len(doc))
	stackFeatures(infos, prior, stack)
	out := make([][]int, len(doc))
	off = 0
	for s, tokens := range doc {
		n := len(tokens)
		out[s] = make([]int, n)
		if n == 0 {
			continue
		}
		em := em2[off : off+n*nTags]
		back = growU8(back, n*nTags)
		m.addEmissions(&stack[s], n, em)
		viterbi(em, &m.trans, back, out[s])
		off += n * nTags
	}
	return out
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
	return &f
}
