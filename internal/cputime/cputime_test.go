//go:build unix

package cputime

import "testing"

// Busy work must show as CPU time, and the clock never runs backwards.
func TestProcessAdvances(t *testing.T) {
	start := Process()
	if start <= 0 {
		t.Fatalf("Process() = %v at start, want > 0", start)
	}
	x := 0
	for i := 0; Process()-start < 20e6 && i < 1e10; i++ {
		x += i
	}
	if got := Process() - start; got < 20e6 {
		t.Errorf("CPU time advanced %v after busy work, want ≥ 20ms (x=%d)", got, x)
	}
}
