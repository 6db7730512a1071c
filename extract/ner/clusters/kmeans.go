package clusters

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"sync"
)

// kmeans is spherical k-means over unit rows of vecs (dims wide): points go
// to the centroid of highest dot product, centroids are re-normalised means.
// Initial centroids are k distinct points drawn with rng. It returns each
// point's cluster and the centroids. Assignment is split over workers; the
// result does not depend on their number.
func kmeans(ctx context.Context, vecs []float32, dims, k, iters, workers int, rng *rand.Rand, log io.Writer) ([]int, []float32, error) {
	n := len(vecs) / dims
	if n == 0 {
		return nil, nil, fmt.Errorf("k-means: no points")
	}
	k = min(k, n)
	workers = max(workers, 1)
	cent := make([]float32, k*dims)
	for c, p := range rng.Perm(n)[:k] {
		copy(cent[c*dims:(c+1)*dims], vecs[p*dims:(p+1)*dims])
	}
	assign := make([]int, n)
	for it := 0; it < iters; it++ {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		var wg sync.WaitGroup
		moved := make([]int, workers)
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func(w int) {
				defer wg.Done()
				for i := w; i < n; i += workers {
					best, bestDot := 0, float32(-2)
					p := vecs[i*dims : (i+1)*dims]
					for c := 0; c < k; c++ {
						if d := dot(p, cent[c*dims:(c+1)*dims]); d > bestDot {
							best, bestDot = c, d
						}
					}
					if assign[i] != best || it == 0 {
						moved[w]++
					}
					assign[i] = best
				}
			}(w)
		}
		wg.Wait()
		total := 0
		for _, m := range moved {
			total += m
		}
		clear(cent)
		size := make([]int, k)
		for i, c := range assign {
			size[c]++
			row := cent[c*dims : (c+1)*dims]
			for d, v := range vecs[i*dims : (i+1)*dims] {
				row[d] += v
			}
		}
		for c := 0; c < k; c++ {
			if size[c] == 0 { // an empty cluster restarts at a random point
				p := rng.IntN(n)
				copy(cent[c*dims:(c+1)*dims], vecs[p*dims:(p+1)*dims])
			}
		}
		normalise(cent, dims)
		fmt.Fprintf(log, "clusters: k-means k=%d iteration %d: %d points moved\n", k, it+1, total)
		if total == 0 {
			break
		}
	}
	return assign, cent, nil
}

func dot(a, b []float32) float32 {
	var s float32
	b = b[:len(a)]
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}
