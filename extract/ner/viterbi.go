package ner

import "math"

// transitions are tag-bigram weights: start[t] opens a sentence with t,
// pair[p][t] follows tag p with tag t.
type transitions struct {
	Start [nTags]float32
	Pair  [nTags][nTags]float32
}

var negInf = float32(math.Inf(-1))

// lattice is transitions with -Inf where a tag may not follow another (or
// open a sentence), so that decoding needs no test of what is allowed: a sum
// with -Inf never beats the best score, which starts at -Inf, exactly as a
// skipped predecessor.
type lattice struct {
	start [nTags]float32
	pair  [nTags][nTags]float32 // pair[t][p]: into t from p, a row per tag
}

func newLattice(tr *transitions) *lattice {
	l := new(lattice)
	for t := 0; t < nTags; t++ {
		l.start[t] = negInf
		if allowed(-1, t) {
			l.start[t] = tr.Start[t]
		}
		for p := 0; p < nTags; p++ {
			l.pair[t][p] = negInf
			if allowed(p, t) {
				l.pair[t][p] = tr.Pair[p][t]
			}
		}
	}
	return l
}

// viterbi returns the best tag sequence for emission scores em (len n*nTags,
// row per token) under tr, never letting I-X follow anything but B-X or I-X.
// back is scratch space of at least n*nTags entries; out receives the path.
func viterbi(em []float32, tr *transitions, back []uint8, out []int) {
	decode(em, nTags, len(em)/nTags, newLattice(tr), back, out)
}

// decode is viterbi over n tokens whose scores are em[i*stride:][:nTags]:
// the tagger keeps both passes' scores of a token side by side.
func decode(em []float32, stride, n int, l *lattice, back []uint8, out []int) {
	if n == 0 {
		return
	}
	var cur, next [nTags]float32
	for t := 0; t < nTags; t++ {
		cur[t] = l.start[t] + em[t]
	}
	for i := 1; i < n; i++ {
		row := (*[nTags]float32)(em[i*stride : i*stride+nTags])
		bk := (*[nTags]uint8)(back[i*nTags : (i+1)*nTags])
		for t := 0; t < nTags; t++ {
			pair := &l.pair[t]
			best, arg := negInf, 0
			if _, inside := isInside(t); inside {
				// Only B-X (t-1) and I-X (t) may precede I-X: every other
				// sum is -Inf, which never wins.
				if s := cur[t-1] + pair[t-1]; s > best {
					best, arg = s, t-1
				}
				if s := cur[t] + pair[t]; s > best {
					best, arg = s, t
				}
			} else {
				for p := 0; p < nTags; p++ {
					if s := cur[p] + pair[p]; s > best {
						best, arg = s, p
					}
				}
			}
			next[t] = best + row[t]
			bk[t] = uint8(arg)
		}
		cur = next
	}
	best, arg := negInf, 0
	for t := 0; t < nTags; t++ {
		if cur[t] > best {
			best, arg = cur[t], t
		}
	}
	out[n-1] = arg
	for i := n - 1; i > 0; i-- {
		out[i-1] = int(back[i*nTags+out[i]])
	}
}
