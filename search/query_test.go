package search

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestParseQuery(t *testing.T) {
	w := func(s string) Phrase { return Phrase{Word(s)} }
	tests := []struct {
		name  string
		input string
		want  Query
		err   error
	}{
		{"one word", "ميليشيا", Query{Clauses: [][]Phrase{{w("ميليشيا")}}}, nil},
		{"all words", "داعش إيران", Query{Clauses: [][]Phrase{{w("داعش")}, {w("إيران")}}}, nil},
		{"phrase", `"الحرس الثوري" سوريا`, Query{Clauses: [][]Phrase{{{Word("الحرس"), Word("الثوري")}}, {w("سوريا")}}}, nil},
		{"arabic quotes", `«الحرس الثوري»`, Query{Clauses: [][]Phrase{{{Word("الحرس"), Word("الثوري")}}}}, nil},
		{"unclosed quote", `"الحرس الثوري`, Query{Clauses: [][]Phrase{{{Word("الحرس"), Word("الثوري")}}}}, nil},
		{"or", "داعش OR الدولة سوريا", Query{Clauses: [][]Phrase{{w("داعش"), w("الدولة")}, {w("سوريا")}}}, nil},
		{"leading or is a no-op", "OR داعش", Query{Clauses: [][]Phrase{{w("داعش")}}}, nil},
		{"lowercase or is a word", "isis or daesh", Query{Clauses: [][]Phrase{{w("isis")}, {w("or")}, {w("daesh")}}}, nil},
		{"exclusion", "داعش -العراق", Query{Clauses: [][]Phrase{{w("داعش")}}, Excluded: []Phrase{w("العراق")}}, nil},
		{"excluded phrase", `داعش -"الحرس الثوري"`, Query{Clauses: [][]Phrase{{w("داعش")}}, Excluded: []Phrase{{Word("الحرس"), Word("الثوري")}}}, nil},
		{"hyphenated word is a phrase", "al-Qaeda", Query{Clauses: [][]Phrase{{{"al", "qaeda"}}}}, nil},
		{"lone dash is nothing", "داعش - سوريا", Query{Clauses: [][]Phrase{{w("داعش")}, {w("سوريا")}}}, nil},
		{"fts syntax is just text", `NEAR(a b) AND c* ^d`, Query{Clauses: [][]Phrase{{{"near", "a"}}, {{"b"}}, {{"and"}}, {{"c"}}, {{"d"}}}}, nil},
		{"empty", "", Query{}, ErrEmptyQuery},
		{"punctuation", "؟!… «»", Query{}, ErrEmptyQuery},
		{"only exclusions", "-داعش", Query{}, ErrEmptyQuery},
		{"too long", strings.Repeat("ا", MaxQueryBytes), Query{}, ErrQueryTooLong},
		{"too many words", strings.Repeat("w ", MaxQueryTerms+1), Query{}, ErrQueryTooLong},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseQuery(tt.input)
			if !errors.Is(err, tt.err) {
				t.Fatalf("ParseQuery(%q) error = %v, want %v", tt.input, err, tt.err)
			}
			if err == nil && !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ParseQuery(%q) = %q, want %q", tt.input, got, tt.want)
			}
		})
	}
}

func TestQueryTerms(t *testing.T) {
	q, err := ParseQuery(`الميليشيات OR "الحرس الثوري" -داعش`)
	if err != nil {
		t.Fatal(err)
	}
	got := q.Terms()
	for _, want := range []string{Word("ميليشيا"), Word("الحرس"), Word("الثوري")} {
		if !got[want] {
			t.Errorf("Terms() = %v, lacks %q", got, want)
		}
	}
	if got[Word("داعش")] {
		t.Errorf("Terms() = %v holds the excluded داعش", got)
	}
}

func TestParseQueryRepairsObfuscation(t *testing.T) {
	q, err := ParseQuery("داعـ ـش")
	if err != nil {
		t.Fatal(err)
	}
	if want := (Query{Clauses: [][]Phrase{{{Word("داعش")}}}}); !reflect.DeepEqual(q, want) {
		t.Errorf("ParseQuery(obfuscated) = %q, want %q", q, want)
	}
}
