//go:build !unix

package main

import "time"

// cpuTime is unknown where getrusage is missing; the bench reports 0.
func cpuTime() time.Duration { return 0 }
