package clusters

import (
	"math"
	"math/rand/v2"
)

// sparseRows is a row-compressed sparse matrix.
type sparseRows struct {
	rows, cols int
	start      []int // row r's entries are col[start[r]:start[r+1]]
	col        []int32
	val        []float32
}

// mulDense returns A·X for X of a.cols rows and k columns (row-major).
func (a *sparseRows) mulDense(x []float64, k int) []float64 {
	out := make([]float64, a.rows*k)
	for r := 0; r < a.rows; r++ {
		o := out[r*k : (r+1)*k]
		for e := a.start[r]; e < a.start[r+1]; e++ {
			v := float64(a.val[e])
			xr := x[int(a.col[e])*k : int(a.col[e]+1)*k]
			for j := range o {
				o[j] += v * xr[j]
			}
		}
	}
	return out
}

// mulTransDense returns Aᵀ·Y for Y of a.rows rows and k columns.
func (a *sparseRows) mulTransDense(y []float64, k int) []float64 {
	out := make([]float64, a.cols*k)
	for r := 0; r < a.rows; r++ {
		yr := y[r*k : (r+1)*k]
		for e := a.start[r]; e < a.start[r+1]; e++ {
			v := float64(a.val[e])
			o := out[int(a.col[e])*k : int(a.col[e]+1)*k]
			for j := range o {
				o[j] += v * yr[j]
			}
		}
	}
	return out
}

// orthonormalise makes the k columns of the n×k row-major matrix m
// orthonormal (modified Gram-Schmidt).
func orthonormalise(m []float64, n, k int) {
	for j := 0; j < k; j++ {
		for p := 0; p < j; p++ {
			var d float64
			for i := 0; i < n; i++ {
				d += m[i*k+j] * m[i*k+p]
			}
			for i := 0; i < n; i++ {
				m[i*k+j] -= d * m[i*k+p]
			}
		}
		var s float64
		for i := 0; i < n; i++ {
			s += m[i*k+j] * m[i*k+j]
		}
		s = math.Sqrt(s)
		if s == 0 {
			continue
		}
		for i := 0; i < n; i++ {
			m[i*k+j] /= s
		}
	}
}

// truncatedSVD returns the rows of U·Σ^power for the top k singular
// triplets of a, by randomised range finding with power iterations (Halko,
// Martinsson and Tropp 2011).
func truncatedSVD(a *sparseRows, k, powerIters int, power float64, rng *rand.Rand) []float64 {
	omega := make([]float64, a.cols*k)
	for i := range omega {
		omega[i] = rng.NormFloat64()
	}
	q := a.mulDense(omega, k)
	orthonormalise(q, a.rows, k)
	for it := 0; it < powerIters; it++ {
		z := a.mulTransDense(q, k)
		orthonormalise(z, a.cols, k)
		q = a.mulDense(z, k)
		orthonormalise(q, a.rows, k)
	}
	// B = Qᵀ A; B·Bᵀ = Zᵀ Z with Z = Aᵀ Q.
	z := a.mulTransDense(q, k)
	bbt := make([]float64, k*k)
	for i := 0; i < a.cols; i++ {
		zr := z[i*k : (i+1)*k]
		for p := 0; p < k; p++ {
			for r := 0; r < k; r++ {
				bbt[p*k+r] += zr[p] * zr[r]
			}
		}
	}
	vecs, vals := jacobiEigen(bbt, k)
	out := make([]float64, a.rows*k)
	for i := 0; i < a.rows; i++ {
		qr := q[i*k : (i+1)*k]
		for c := 0; c < k; c++ {
			var s float64
			for p := 0; p < k; p++ {
				s += qr[p] * vecs[p*k+c]
			}
			out[i*k+c] = s * math.Pow(math.Sqrt(math.Max(vals[c], 0)), power)
		}
	}
	return out
}

// jacobiEigen diagonalises a symmetric k×k matrix with cyclic Jacobi
// rotations; it returns eigenvectors as columns and eigenvalues.
func jacobiEigen(m []float64, k int) ([]float64, []float64) {
	a := append([]float64(nil), m...)
	v := make([]float64, k*k)
	for i := 0; i < k; i++ {
		v[i*k+i] = 1
	}
	for sweep := 0; sweep < 50; sweep++ {
		off := 0.0
		for p := 0; p < k; p++ {
			for q := p + 1; q < k; q++ {
				off += a[p*k+q] * a[p*k+q]
			}
		}
		if off < 1e-18 {
			break
		}
		for p := 0; p < k; p++ {
			for q := p + 1; q < k; q++ {
				apq := a[p*k+q]
				if math.Abs(apq) < 1e-300 {
					continue
				}
				theta := (a[q*k+q] - a[p*k+p]) / (2 * apq)
				t := math.Copysign(1, theta) / (math.Abs(theta) + math.Sqrt(theta*theta+1))
				c := 1 / math.Sqrt(t*t+1)
				s := t * c
				for r := 0; r < k; r++ { // columns p, q
					arp, arq := a[r*k+p], a[r*k+q]
					a[r*k+p], a[r*k+q] = c*arp-s*arq, s*arp+c*arq
				}
				for r := 0; r < k; r++ { // rows p, q
					apr, aqr := a[p*k+r], a[q*k+r]
					a[p*k+r], a[q*k+r] = c*apr-s*aqr, s*apr+c*aqr
				}
				for r := 0; r < k; r++ {
					vrp, vrq := v[r*k+p], v[r*k+q]
					v[r*k+p], v[r*k+q] = c*vrp-s*vrq, s*vrp+c*vrq
				}
			}
		}
	}
	vals := make([]float64, k)
	for i := 0; i < k; i++ {
		vals[i] = a[i*k+i]
	}
	return v, vals
}
