//go:build !unix

package link

import "time"

// processCPU is not measured outside unix systems.
func processCPU() time.Duration { return 0 }
