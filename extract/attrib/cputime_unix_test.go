//go:build unix

package attrib

import "syscall"

// cpuSeconds is the CPU time this process has used (user + system), so benchmarks can
// report throughput per core even on a machine other work keeps busy.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}
