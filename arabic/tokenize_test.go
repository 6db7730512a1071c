package arabic

import (
	"slices"
	"testing"

	"github.com/isnad/isnad"
)

func spanOf(t Token) isnad.Span { return isnad.Span{Start: t.Start, End: t.End} }

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"قال المرصد السوري", []string{"قال", "المرصد", "السوري"}},
		{"بلغ 12.5 و2,500 و١٢٫٥ و٢٬٥٠٠", []string{"بلغ", "12.5", "و", "2,500", "و", "١٢٫٥", "و", "٢٬٥٠٠"}},
		{"عام 2021.", []string{"عام", "2021", "."}},
		{"1,2,3, و", []string{"1,2,3", ",", "و"}},
		{"F16 H1N1 don't 10km", []string{"F16", "H1N1", "don't", "10", "km"}},
		{"«قال» “داعش” (الحرة)", []string{"«", "قال", "»", "“", "داعش", "”", "(", "الحرة", ")"}},
		{"ماذا؟! انتهى... حقا!!", []string{"ماذا", "؟", "!", "انتهى", "...", "حقا", "!!"}},
		{"مُحَمَّدٌ", []string{"مُحَمَّدٌ"}},
		{"داعـش", []string{"داعـش"}},
		{"نيسان/ أبريل", []string{"نيسان", "/", "أبريل"}},
		{"", nil},
		{"   \n ", nil},
		{"a\xffb", []string{"a", "\xff", "b"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range Tokenize(tt.in) {
			got = append(got, tok.Text)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokenOffsets(t *testing.T) {
	in := "قال: «١٢٫٥ مليون» in U.S."
	rs := []rune(in)
	toks := Tokenize(in)
	for _, tok := range toks {
		if got := string(rs[tok.Start:tok.End]); got != tok.Text {
			t.Errorf("token %q at %d:%d spans %q", tok.Text, tok.Start, tok.End, got)
		}
	}
	if toks[3].Text != "١٢٫٥" || !toks[3].IsNumber() || !toks[0].IsWord() || !toks[1].IsPunct() {
		t.Errorf("kinds wrong: %+v", toks)
	}
}

func TestWords(t *testing.T) {
	var got []string
	for w := range Words("قال: «١٢ مليون»!") {
		got = append(got, w.Text)
	}
	if want := []string{"قال", "١٢", "مليون"}; !slices.Equal(got, want) {
		t.Errorf("Words = %q, want %q", got, want)
	}
	for range Words("a b c") {
		break // stopping early must not panic
	}
}

func TestLanguage(t *testing.T) {
	tests := []struct{ in, want string }{
		{"قال المرصد السوري لحقوق الإنسان", "ar"},
		{"The Syrian Observatory said", "en"},
		{"قال المرصد (SOHR) إن", "ar"},
		{"2021 - 12", ""},
		{"", ""},
		{"Привет мир", ""},
	}
	for _, tt := range tests {
		if got := Language(tt.in); got != tt.want {
			t.Errorf("Language(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if s := ArabicShare("ab قال"); s != 0.6 {
		t.Errorf("ArabicShare = %v, want 0.6", s)
	}
}

func TestIsArabicLetter(t *testing.T) {
	for _, r := range "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئىةپچژگکی" {
		if !IsArabicLetter(r) {
			t.Errorf("%q is an Arabic letter", r)
		}
	}
	for _, r := range "ـ٠١َُِّ،؛؟ a1." {
		if IsArabicLetter(r) {
			t.Errorf("%q is not an Arabic letter", r)
		}
	}
}
