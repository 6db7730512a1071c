package ner

import "math"

// transitions are tag-bigram weights: start[t] opens a sentence with t,
// pair[p][t] follows tag p with tag t.
type transitions struct {
	Start [nTags]float32
	Pair  [nTags][nTags]float32
}

var negInf = float32(math.Inf(-1))

// viterbi returns the best tag sequence for emission scores em (len n*nTags,
// row per token) under tr, never letting I-X follow anything but B-X or I-X.
// back is scratch space of at least n*nTags entries; out receives the path.
func viterbi(em []float32, tr *transitions, back []uint8, out []int) {
	n := len(em) / nTags
	if n == 0 {
		return
	}
	var cur, next [nTags]float32
	for t := 0; t < nTags; t++ {
		if allowed(-1, t) {
			cur[t] = tr.Start[t] + em[t]
		} else {
			cur[t] = negInf
		}
	}
	for i := 1; i < n; i++ {
		row := em[i*nTags : (i+1)*nTags]
		for t := 0; t < nTags; t++ {
			best, arg := negInf, 0
			for p := 0; p < nTags; p++ {
				if cur[p] == negInf || !allowed(p, t) {
					continue
				}
				if s := cur[p] + tr.Pair[p][t]; s > best {
					best, arg = s, p
				}
			}
			next[t] = best + row[t]
			back[i*nTags+t] = uint8(arg)
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
