package arabic

import (
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"", "داعـ ـش", "  إيـ ـران\r\n\r\n\r\nالفصـ ـائل  ", "مُحَمّ\u064eد", "ا\u0654من", "\ufefb \ufdfa",
	"a\xffb\xc0", "دا\u200bعش\u200d👨\u200d👩", "قال: «انتهى.» ثم 3.5 و٢٬٥٠٠! U.S. Dr. Smith\n1. بند",
	"ـــ ـــ", "\u2028\u2029\u0085x", "cafe\u0301 \u2000 ", "ـ ـ", "e\u0301\u0654",
}

func addSeeds(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
}

// FuzzDisplay: never panics, valid UTF-8 out, idempotent, and the offset map
// is monotonic, within bounds and sends the end to the end.
func FuzzDisplay(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		n := Display(s)
		if !utf8.ValidString(n.Text) {
			t.Fatalf("invalid UTF-8 out of %q: %q", s, n.Text)
		}
		if again := Display(n.Text).Text; again != n.Text {
			t.Fatalf("not idempotent: %q → %q → %q", s, n.Text, again)
		}
		checkMonotonic(t, s, n)
	})
}

func checkMonotonic(t *testing.T, s string, n Normalized) {
	t.Helper()
	srcLen := utf8.RuneCountInString(s)
	outLen := utf8.RuneCountInString(n.Text)
	prev := 0
	for i := 0; i <= outLen; i++ {
		p := n.Source(i)
		if p < prev || p > srcLen {
			t.Fatalf("Source(%d) = %d for %q: not monotonic or beyond %d", i, p, s, srcLen)
		}
		prev = p
	}
	if outLen > 0 && n.Source(outLen) != srcLen {
		t.Fatalf("end maps to %d, not %d", n.Source(outLen), srcLen)
	}
	prev = 0
	for i := 0; i <= srcLen; i++ {
		o := n.Output(i)
		if o < prev || o > outLen {
			t.Fatalf("Output(%d) = %d for %q: not monotonic or beyond %d", i, o, s, outLen)
		}
		prev = o
	}
	for i := 0; i <= outLen; i++ {
		if o := n.Output(n.Source(i)); o > i {
			t.Fatalf("Output(Source(%d)) = %d for %q", i, o, s)
		}
	}
}

// FuzzFold: Fold is the fold of the display form, idempotent, and agrees with
// FoldNormalized.
func FuzzFold(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		got := Fold(s)
		if !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8")
		}
		if want := Fold(Display(s).Text); got != want {
			t.Fatalf("Fold(%q) = %q, fold of display %q", s, got, want)
		}
		if again := Fold(got); again != got {
			t.Fatalf("not idempotent: %q → %q → %q", s, got, again)
		}
		n := FoldNormalized(s)
		if n.Text != got {
			t.Fatalf("FoldNormalized %q ≠ Fold %q", n.Text, got)
		}
		checkMonotonic(t, s, n)
		_ = Stem(got)
		_ = Segment(got)
	})
}

// FuzzTokenize: tokens are ordered, disjoint, in bounds, their text is the
// span of the input, and only whitespace lies between them.
func FuzzTokenize(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(s)
		var byteOf []int // byte offset of every code point, and of the end
		for i := range s {
			byteOf = append(byteOf, i)
		}
		byteOf = append(byteOf, len(s))
		cp := 0
		for _, tok := range toks {
			if tok.Start < cp || tok.End <= tok.Start || tok.End >= len(byteOf) {
				t.Fatalf("bad token %+v after %d", tok, cp)
			}
			if got := s[byteOf[tok.Start]:byteOf[tok.End]]; got != tok.Text {
				t.Fatalf("token %+v spans %q", tok, got)
			}
			for _, r := range s[byteOf[cp]:byteOf[tok.Start]] {
				if !isSpace(r) {
					t.Fatalf("non-space %q skipped before %+v", r, tok)
				}
			}
			cp = tok.End
		}
		for _, r := range s[byteOf[cp]:] {
			if !isSpace(r) {
				t.Fatalf("non-space %q skipped at the end", r)
			}
		}
	})
}

// FuzzSentences: spans ordered, disjoint, non-empty, in bounds and trimmed.
func FuzzSentences(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		n := utf8.RuneCountInString(s)
		rs := []rune(s)
		prev := 0
		for _, sp := range Sentences(s) {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > n {
				t.Fatalf("bad span %v after %d in %d", sp, prev, n)
			}
			if isSpace(rs[sp.Start]) || isSpace(rs[sp.End-1]) {
				t.Fatalf("span %v not trimmed: %q", sp, string(rs[sp.Start:sp.End]))
			}
			prev = sp.End
		}
	})
}
