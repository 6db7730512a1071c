//go:build !unix

package attrib

// cpuSeconds is unavailable here; benchmarks then report wall-clock throughput only.
func cpuSeconds() float64 { return 0 }
