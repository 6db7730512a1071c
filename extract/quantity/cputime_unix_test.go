//go:build unix

package quantity_test

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the test process has used: benchmarks report MB
// per CPU-second beside MB/s, because wall time on a shared machine says
// little about the cost per core.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
