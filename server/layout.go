package server

import (
	"math"
)

// Force-directed layout of the actor network, computed on the server so
// that the browser places 2,000 nodes at once (preset positions) instead of
// running cytoscape's cose layout for seconds.
const (
	layoutSpacing    = 40.0 // ideal distance between linked nodes, in pixels
	layoutIterations = 120
)

// layout places n nodes joined by edges (pairs of node positions, with
// weights) with the Fruchterman–Reingold forces: every pair of nodes repels,
// every edge attracts, and a weak pull towards the centre keeps the
// unlinked ones near. Repulsion is counted only between nodes of
// neighbouring cells of a grid as wide as its reach, which makes an
// iteration linear in nodes and edges. Nodes start on a sunflower spiral in
// the order given (put the heaviest first: they start in the middle), so
// the same graph is always laid out the same way.
func layout(n int, edges [][2]int32, weights []int) (xs, ys []float64) {
	xs, ys = make([]float64, n), make([]float64, n)
	if n == 0 {
		return xs, ys
	}
	k := layoutSpacing
	golden := math.Pi * (3 - math.Sqrt(5))
	for i := range n {
		r, a := k*math.Sqrt(float64(i)), float64(i)*golden
		xs[i], ys[i] = r*math.Cos(a), r*math.Sin(a)
	}
	dx, dy := make([]float64, n), make([]float64, n)
	reach := 2 * k
	cells := map[[2]int32][]int32{}
	temperature := k * math.Sqrt(float64(n)) / 4
	for it := range layoutIterations {
		clear(dx)
		clear(dy)
		clear(cells)
		for i := range n {
			c := [2]int32{int32(math.Floor(xs[i] / reach)), int32(math.Floor(ys[i] / reach))}
			cells[c] = append(cells[c], int32(i))
		}
		for c, members := range cells {
			for ox := int32(-1); ox <= 1; ox++ {
				for oy := int32(-1); oy <= 1; oy++ {
					for _, j := range cells[[2]int32{c[0] + ox, c[1] + oy}] {
						for _, i := range members {
							if i == j {
								continue
							}
							ddx, ddy := xs[i]-xs[j], ys[i]-ys[j]
							d2 := ddx*ddx + ddy*ddy
							if d2 > reach*reach {
								continue
							}
							if d2 < 0.01 { // on top of each other: part them along a fixed direction
								ddx, ddy, d2 = float64(i-j), 1, float64((i-j)*(i-j))+1
							}
							f := k * k / d2 // k²/d, over d to make (ddx, ddy) a unit vector
							dx[i] += ddx * f
							dy[i] += ddy * f
						}
					}
				}
			}
		}
		for e, p := range edges {
			a, b := p[0], p[1]
			ddx, ddy := xs[a]-xs[b], ys[a]-ys[b]
			d := math.Sqrt(ddx*ddx + ddy*ddy)
			if d < 0.01 {
				continue
			}
			// d²/k, stronger for edges of more shared events (slowly).
			f := d / k * (1 + math.Log1p(float64(weights[e])))
			dx[a] -= ddx * f
			dy[a] -= ddy * f
			dx[b] += ddx * f
			dy[b] += ddy * f
		}
		for i := range n {
			dx[i] -= 0.02 * xs[i]
			dy[i] -= 0.02 * ys[i]
			d := math.Sqrt(dx[i]*dx[i] + dy[i]*dy[i])
			if d > temperature {
				dx[i], dy[i] = dx[i]/d*temperature, dy[i]/d*temperature
			}
			xs[i] += dx[i]
			ys[i] += dy[i]
		}
		// Cool linearly to a tenth of the start.
		temperature = k * math.Sqrt(float64(n)) / 4 * (1 - 0.9*float64(it+1)/layoutIterations)
	}
	for i := range n {
		xs[i], ys[i] = math.Round(xs[i]*10)/10, math.Round(ys[i]*10)/10
	}
	return xs, ys
}
