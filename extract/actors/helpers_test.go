package actors

import (
	"sync"
	"testing"
)

var (
	lexOnce sync.Once
	lexVal  *Lexicon
	lexErr  error
)

// testLexicon loads the shipped lexicon once for all tests.
func testLexicon(t testing.TB) *Lexicon {
	t.Helper()
	lexOnce.Do(func() { lexVal, lexErr = LoadDefault() })
	if lexErr != nil {
		t.Fatalf("loading the shipped lexicon: %v", lexErr)
	}
	return lexVal
}

// span returns the code-point span of the n-th (0-based) occurrence of sub in s.
func span(t testing.TB, s, sub string, n int) (int, int) {
	t.Helper()
	rs, ss := []rune(s), []rune(sub)
	for i := 0; i+len(ss) <= len(rs); i++ {
		if string(rs[i:i+len(ss)]) == sub {
			if n == 0 {
				return i, i + len(ss)
			}
			n--
		}
	}
	t.Fatalf("%q not found in %q", sub, s)
	return 0, 0
}
