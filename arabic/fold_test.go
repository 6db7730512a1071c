package arabic

import (
	"testing"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"مُحَمَّدٌ", "محمد"},
		{"الْقُرْآنِ", "القران"},
		{"أحمد إبراهيم آل", "احمد ابراهيم ال"},
		{"ٱلله", "الله"},
		{"مستشفى", "مستشفي"},
		{"المدرسة", "المدرسه"},
		{"مؤتمر", "موتمر"},
		{"رئيس", "رييس"},
		{"ایران کبیر", "ايران كبير"}, // Persian ya and kaf
		{"٢٠٢١ و۱۴۰۰", "2021 و1400"},
		{"١٢٫٥٪ و٢٬٥٠٠", "12.5% و2,500"},
		{"داعـ ـش", "داعش"},
		{"ا\u0654من", "امن"},
		{"Reuters AFP", "Reuters AFP"},
		{"  قال  ", "قال"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// Two spellings of one word fold to one string.
func TestFoldMeetsSpellings(t *testing.T) {
	pairs := [][2]string{
		{"إيران", "ايران"},
		{"الأمم المتحدة", "الامم المتحده"},
		{"مستشفى", "مستشفي"},
		{"دَاعِش", "داعـ ـش"},
		{"١٢٣", "123"},
	}
	for _, p := range pairs {
		if Fold(p[0]) != Fold(p[1]) {
			t.Errorf("Fold(%q) = %q but Fold(%q) = %q", p[0], Fold(p[0]), p[1], Fold(p[1]))
		}
	}
}

func TestFoldNormalized(t *testing.T) {
	in := "  قالَ المرصدُ: داعـ ـش"
	n := FoldNormalized(in)
	if n.Text != Fold(in) {
		t.Fatalf("FoldNormalized text %q, Fold %q", n.Text, Fold(in))
	}
	src := []rune(in)
	for tok := range Words(n.Text) {
		s := n.SourceSpan(spanOf(tok))
		if got := Fold(string(src[s.Start:s.End])); got != tok.Text {
			t.Errorf("%q maps to %q, folded %q", tok.Text, string(src[s.Start:s.End]), got)
		}
	}
	if n.Source(n.Len()) != utf8.RuneCountInString(in) {
		t.Errorf("end maps to %d", n.Source(n.Len()))
	}
}

func TestFoldUnchangedIsNotCopied(t *testing.T) {
	in := "قال المرصد"
	if got := Fold(in); unsafeData(got) != unsafeData(in) {
		t.Errorf("Fold copied a text with nothing to fold")
	}
}

func TestDigits(t *testing.T) {
	tests := []struct{ in, want string }{
		{"٠١٢٣٤٥٦٧٨٩", "0123456789"},
		{"۰۱۲۳۴۵۶۷۸۹", "0123456789"},
		{"عام ٢٠٢١م", "عام 2021م"},
		{"2024", "2024"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := ASCIIDigits(tt.in); got != tt.want {
			t.Errorf("ASCIIDigits(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if Digit('٧') != '7' || Digit('۷') != '7' || Digit('x') != 'x' {
		t.Errorf("Digit maps wrongly")
	}
}
