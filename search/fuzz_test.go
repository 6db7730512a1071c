package search

import (
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"هاجمت الميليشيات لإيران داعـ ـش المدينة.",
	"ISIS attacked on ٢٩ March, al-Qaeda said",
	`"الحرس الثوري" OR داعش -"العراق" NEAR(a b) c* ^d`,
	"ـ ـ ـ", "\xff\xfeا", "-", `"`, "OR OR", "لل", "ؤئ", "\u0301\u064b",
}

// FuzzAnalyze checks that any text analyses without panic into terms that
// lie inside the text, in order, and that a whitespace tokenizer keeps whole.
func FuzzAnalyze(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		n := utf8.RuneCountInString(text)
		prevEnd := 0
		for _, term := range Analyze(text) {
			if term.Start < prevEnd || term.End <= term.Start || term.End > n {
				t.Fatalf("term %+v out of order or outside the text (%d code points)", term, n)
			}
			prevEnd = term.End
			if term.Text == "" || !oneIndexToken(term.Text) {
				t.Fatalf("term %q would not index as one token", term.Text)
			}
		}
	})
}

// FuzzParseQuery checks that any input either parses into phrases of
// indexable terms or is refused with one of the query errors.
func FuzzParseQuery(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, input string) {
		q, err := ParseQuery(input)
		if err != nil {
			if err != ErrEmptyQuery && err != ErrQueryTooLong {
				t.Fatalf("ParseQuery(%q) = unexpected error %v", input, err)
			}
			return
		}
		for _, c := range q.Clauses {
			for _, p := range c {
				for _, term := range p {
					if !oneIndexToken(term) {
						t.Fatalf("ParseQuery(%q) term %q is not one token", input, term)
					}
				}
			}
		}
	})
}

// oneIndexToken reports whether s is made only of ASCII letters and digits
// and non-ASCII characters: what FTS5's ascii tokenizer keeps as one token.
func oneIndexToken(s string) bool {
	for _, r := range s {
		if r < 0x80 && !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}
