package neural

import "math"

// crf holds the tag-transition scores: start[t], pair[prev*nTags+t], end[t].
type crf struct {
	start, pair, end []float32
}

// viterbi returns the best tag sequence for emissions em (n × nTags).
func (c *crf) viterbi(em []float32, n int, out []int) {
	score := make([]float32, n*nTags)
	back := make([]uint8, n*nTags)
	for t := 0; t < nTags; t++ {
		score[t] = c.start[t] + em[t]
	}
	for i := 1; i < n; i++ {
		for t := 0; t < nTags; t++ {
			best, arg := float32(math.Inf(-1)), 0
			for p := 0; p < nTags; p++ {
				if s := score[(i-1)*nTags+p] + c.pair[p*nTags+t]; s > best {
					best, arg = s, p
				}
			}
			score[i*nTags+t] = best + em[i*nTags+t]
			back[i*nTags+t] = uint8(arg)
		}
	}
	best, arg := float32(math.Inf(-1)), 0
	for t := 0; t < nTags; t++ {
		if s := score[(n-1)*nTags+t] + c.end[t]; s > best {
			best, arg = s, t
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = arg
		arg = int(back[i*nTags+arg])
	}
}

// marginals runs forward-backward over emissions em (n × nTags) and
// returns log Z, the tag marginals (n × nTags) and the expected transition
// counts (nTags × nTags, summed over positions).
func (c *crf) marginals(em []float32, n int) (float64, []float64, []float64) {
	alpha := make([]float64, n*nTags)
	beta := make([]float64, n*nTags)
	buf := make([]float64, nTags)
	for t := 0; t < nTags; t++ {
		alpha[t] = float64(c.start[t] + em[t])
	}
	for i := 1; i < n; i++ {
		for t := 0; t < nTags; t++ {
			for p := 0; p < nTags; p++ {
				buf[p] = alpha[(i-1)*nTags+p] + float64(c.pair[p*nTags+t])
			}
			alpha[i*nTags+t] = logSumExp(buf) + float64(em[i*nTags+t])
		}
	}
	for t := 0; t < nTags; t++ {
		beta[(n-1)*nTags+t] = float64(c.end[t])
		buf[t] = alpha[(n-1)*nTags+t] + float64(c.end[t])
	}
	logZ := logSumExp(buf)
	for i := n - 2; i >= 0; i-- {
		for p := 0; p < nTags; p++ {
			for t := 0; t < nTags; t++ {
				buf[t] = float64(c.pair[p*nTags+t]+em[(i+1)*nTags+t]) + beta[(i+1)*nTags+t]
			}
			beta[i*nTags+p] = logSumExp(buf)
		}
	}
	marg := make([]float64, n*nTags)
	for k := range marg {
		marg[k] = math.Exp(alpha[k] + beta[k] - logZ)
	}
	pairs := make([]float64, nTags*nTags)
	for i := 1; i < n; i++ {
		for p := 0; p < nTags; p++ {
			for t := 0; t < nTags; t++ {
				pairs[p*nTags+t] += math.Exp(alpha[(i-1)*nTags+p] + float64(c.pair[p*nTags+t]+em[i*nTags+t]) + beta[i*nTags+t] - logZ)
			}
		}
	}
	return logZ, marg, pairs
}

// goldScore is the score of tag sequence gold.
func (c *crf) goldScore(em []float32, gold []int) float64 {
	s := float64(c.start[gold[0]] + c.end[gold[len(gold)-1]])
	for i, t := range gold {
		s += float64(em[i*nTags+t])
		if i > 0 {
			s += float64(c.pair[gold[i-1]*nTags+t])
		}
	}
	return s
}
