// Package cputime reads the CPU time the process has used. isnad's
// benchmarks report throughput per CPU-second beside wall time: on a shared
// machine wall time says little about the cost per core.
package cputime
