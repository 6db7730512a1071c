package attrib

import (
	"testing"
	"unicode/utf8"

	"github.com/isnad/isnad/arabic"
)

// FuzzExtract feeds arbitrary text: the extractor must not panic, and every span it
// returns must lie inside the text and hold the claim's text.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"قال مصدر مطلع إن الاجتماع عقد أمس. وأضاف أن النتائج إيجابية.",
		"ونقلت وكالة سبوتنيك الروسية عن مصدر مطلع تأكيده عقد اللقاءات.",
		"المرصد: الحرس الثوري يرسل قائدا\nوبحسب المرصد، فقد تم التواصل.",
		"\"الهجمات توقفت. والقوافل تمر\" بحسب عبدالرحمن.",
		"بحسب", "قال", "، ، «» \" :", "وفقا ل", "نقلا عن", "من المستحيل التأكد",
		"Reuters reported that the talks collapsed, according to officials.",
	} {
		f.Add(s, "الحرة")
	}
	x := newTestExtractor(f)
	f.Fuzz(func(t *testing.T, text, credit string) {
		if !utf8.ValidString(text) {
			return
		}
		text = arabic.Display(text).Text
		in := Input{DocID: "d:fuzz", Text: text, Sentences: arabic.Sentences(text), Outlet: "الحل نت"}
		if credit != "" {
			in.Credits = []string{credit}
		}
		runes := []rune(text)
		for _, c := range x.Extract(in) {
			if c.Start < 0 || c.End > len(runes) || c.Start >= c.End {
				t.Fatalf("claim span %d-%d outside text of %d", c.Start, c.End, len(runes))
			}
			if string(runes[c.Start:c.End]) != c.Text {
				t.Fatalf("claim span does not hold its text")
			}
			for _, l := range c.Chain {
				if l.Start == -1 && l.End == -1 {
					continue
				}
				if l.Start < 0 || l.End > len(runes) || l.Start > l.End {
					t.Fatalf("link span %d-%d outside text", l.Start, l.End)
				}
			}
			for _, h := range c.Hedges {
				if h.Start < 0 || h.End > len(runes) || h.Start >= h.End {
					t.Fatalf("hedge span %d-%d outside text", h.Start, h.End)
				}
			}
			if c.Polarity != Asserted && c.Polarity != Denied {
				t.Fatalf("polarity %q", c.Polarity)
			}
		}
	})
}
