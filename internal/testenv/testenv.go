// Package testenv locates the data that tests and benchmarks read: the
// repository root and the read-only ../shared folder beside it.
package testenv

import (
	"os"
	"path/filepath"
	"testing"
)

// RepoRoot is the folder holding go.mod, found by walking up from the
// working directory (go test runs in the package's folder).
func RepoRoot(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatalf("finding the repository root: %v", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Fatalf("finding the repository root: no go.mod above the working directory")
		}
		dir = parent
	}
}

// Shared is the ../shared folder (corpora, training data), or $ISNAD_SHARED.
// Tests that need it fail when it is missing: CI always has it.
func Shared(tb testing.TB) string {
	tb.Helper()
	dir := os.Getenv("ISNAD_SHARED")
	if dir == "" {
		dir = filepath.Join(RepoRoot(tb), "..", "shared")
	}
	if _, err := os.Stat(filepath.Join(dir, "README.md")); err != nil {
		tb.Fatalf("shared data folder %s is missing (set ISNAD_SHARED): %v", dir, err)
	}
	return dir
}

// Seeds is the sample corpus shipped in testdata/seeds.
func Seeds(tb testing.TB) string {
	tb.Helper()
	return filepath.Join(RepoRoot(tb), "testdata", "seeds")
}
