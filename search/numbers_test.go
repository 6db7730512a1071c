package search

import "testing"

func TestNumbersAndInnerPunctuation(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2,500", "2500"},
		{"1,000,000", "1000000"},
		{"٢٬٥٠٠", "2500"},
		{"12.5", "12٫5"},
		{"١٢٫٥", "12٫5"},
		{"0,00000", "0٫00000"},
		{"2,5", "2٫5"},
		{"don't", "dont"},
		{"F16", "f16"},
		{"2015", "2015"},
	}
	for _, tt := range tests {
		if got := Word(tt.in); got != tt.want {
			t.Errorf("Word(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
