package quantity_test

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/extract/quantity/scan"
	"github.com/isnad/isnad/internal/testenv"
)

// FuzzQuantity feeds arbitrary text (and arbitrary skip spans) to the
// quantity tagger: no panic, every figure a non-empty span of the text whose
// Text is the text's code points Start..End, min <= max.
func FuzzQuantity(f *testing.F) {
	for _, s := range []string{
		"نحو 12 ألف", "أكثر من 200 عملية", "نحو 2500 إلى 3000", "5ر32 مليون جنيه", "١٢٬٥٠٠", "12,000.5",
		"أربعمائة وواحداً وثلاثين موقوفاً", "شهرين ونصف", "العشرات من", "٢٠٠٠ م2", "\xff1", "1.2.3.4.5",
		"99999999999999999999999999 مليار", "رقم (٩٦٢)", "بين 10 و", "ساعتين تقريبا",
	} {
		f.Add(s, 0, 3)
	}
	if files, err := filepath.Glob(filepath.Join(testenv.Seeds(f), "*.txt")); err == nil {
		for _, p := range files {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(string(b), 10, 40)
			}
		}
	}
	qt, _ := newTaggers(f)
	f.Fuzz(func(t *testing.T, text string, s0, s1 int) {
		var skip []isnad.Span
		if s0 >= 0 && s1 > s0 {
			skip = []isnad.Span{{Start: s0, End: s1}}
		}
		runes := []rune(text)
		for _, q := range qt.Tag(text, skip) {
			if q.Start < 0 || q.Start >= q.End || q.End > len(runes) {
				t.Fatalf("span %d..%d outside text of %d code points", q.Start, q.End, len(runes))
			}
			if string(runes[q.Start:q.End]) != q.Text && utf8.ValidString(text) {
				t.Fatalf("span %d..%d is %q, Text is %q", q.Start, q.End, string(runes[q.Start:q.End]), q.Text)
			}
			if q.Min != nil && q.Max != nil && *q.Min > *q.Max {
				t.Fatalf("%q: min %v > max %v", q.Text, *q.Min, *q.Max)
			}
		}
	})
}

// FuzzScan checks the tokenizer's spans and byte offsets.
func FuzzScan(f *testing.F) {
	f.Add("داعـ ـش في 12,000 و٣٫٥ ًٌٍ")
	f.Add("\xff\xfe\x00abc")
	f.Fuzz(func(t *testing.T, text string) {
		n := utf8.RuneCountInString(text)
		prevEnd := 0
		for _, tok := range scan.Scan(text) {
			if tok.Start < prevEnd || tok.Start >= tok.End || tok.End > n {
				t.Fatalf("token %q span %d..%d (previous end %d, text %d)", tok.Key, tok.Start, tok.End, prevEnd, n)
			}
			if tok.Byte < 0 || tok.ByteEnd > len(text) || tok.Byte >= tok.ByteEnd {
				t.Fatalf("token %q bytes %d..%d of %d", tok.Key, tok.Byte, tok.ByteEnd, len(text))
			}
			if utf8.RuneCountInString(text[:tok.Byte]) != tok.Start {
				t.Fatalf("token %q: byte %d is not code point %d", tok.Key, tok.Byte, tok.Start)
			}
			prevEnd = tok.End
		}
	})
}
