package search

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/isnad/isnad/search/searchtest"
)

// fullSnippet is the snippet of the best window of the whole text, as
// SpanSnippet must cut it.
func fullSnippet(text string, match map[string]bool, words int) Snippet {
	p := Partial{Terms: Analyze(text), Read: len(text)}
	return p.Snippet(text, match, words)
}

func TestSpanSnippetIsTheAnalysedOne(t *testing.T) {
	filler := strings.Repeat("كلام عادي لا صلة له بالموضوع ", 20)
	tests := []struct {
		name, text, query string
		words             int
	}{
		{"one match", "هاجمت الميليشيات المدينة فجرا.", "ميليشيا", 30},
		{"cut both sides", filler + "قالت مصادر إن داعش انسحب من ريف حمص بعد معارك مع الجيش " + filler, "داعش حمص", 8},
		{"obfuscated word", "أعلن تنظيم داعـ ـش مسؤوليته عن الهجوم على الحاجز.", "داعش", 5},
		{"hamza seats", "قال مسئول في الوزارة إن المسؤولين وصلوا.", "مسؤول", 4},
		{"latin and numbers", "Islamic State militants claimed 2,500 attacks, officials said ١٢٫٥", "isis militants 2500", 5},
		{"long word, wide gaps", "قال      ...     " + strings.Repeat("ب", 40) + " ثم داعش", "داعش", 5},
		{"no match", filler, "موسكو", 6},
		{"empty text", "", "موسكو", 6},
		{"punctuation only", "!!! ؟؟ ...", "موسكو", 6},
	}
	a := NewAnalyzer()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := ParseQuery(tt.query)
			if err != nil {
				t.Fatal(err)
			}
			spans := AppendSpans(nil, tt.text, Analyze(tt.text))
			got, ok := a.SpanSnippet(tt.text, spans, q.Terms(), tt.words)
			if !ok {
				t.Fatal("spans do not fit their own text")
			}
			if want := fullSnippet(tt.text, q.Terms(), tt.words); !reflect.DeepEqual(got, want) {
				t.Errorf("SpanSnippet = %+v\nwant          %+v", got, want)
			}
		})
	}
}

// TestSpanSnippetRealArticles compares SpanSnippet with analysis on real
// news, for words frequent and rare.
func TestSpanSnippetRealArticles(t *testing.T) {
	arts := searchtest.Articles(t, 300)
	a := NewAnalyzer()
	for _, query := range []string{"السعودية", "وزير الخارجية", "داعش OR الحوثيين", "ميليشيا"} {
		q, err := ParseQuery(query)
		if err != nil {
			t.Fatal(err)
		}
		for i, art := range arts {
			spans := AppendSpans(nil, art.Content, Analyze(art.Content))
			if spans == nil && len(Analyze(art.Content)) > 0 {
				t.Fatalf("article %d: no spans", i)
			}
			got, ok := a.SpanSnippet(art.Content, spans, q.Terms(), SnippetWords)
			if want := fullSnippet(art.Content, q.Terms(), SnippetWords); !ok || !reflect.DeepEqual(got, want) {
				t.Fatalf("%q, article %d: SpanSnippet = %+v (%v)\nwant %+v", query, i, got, ok, want)
			}
		}
	}
}

// TestSpanSnippetHashCollision: a word whose hash is a sought term's is not
// marked.
func TestSpanSnippetHashCollision(t *testing.T) {
	seen := map[uint16]string{}
	var x, y string
	for i := 0; x == ""; i++ {
		w := fmt.Sprintf("w%d", i)
		if other, ok := seen[termHash(w)]; ok {
			x, y = other, w
		}
		seen[termHash(w)] = w
	}
	text := "one " + y + " two " + x + " three"
	spans := AppendSpans(nil, text, Analyze(text))
	got, ok := NewAnalyzer().SpanSnippet(text, spans, map[string]bool{x: true}, 30)
	if !ok || len(got.Marks) != 1 || got.Plain() != "one "+y+" two «"+x+"» three" {
		t.Errorf("%s and %s share a hash; snippet for %s = %q %+v (%v)", x, y, x, got.Plain(), got.Marks, ok)
	}
}

func TestSpanSnippetRefusesForeignSpans(t *testing.T) {
	text := "نص قصير"
	spans := AppendSpans(nil, "نص أطول بكثير من النص الذي يرافق هذه المواضع", Analyze("نص أطول بكثير من النص الذي يرافق هذه المواضع"))
	if _, ok := NewAnalyzer().SpanSnippet(text, spans, map[string]bool{"نص": true}, 30); ok {
		t.Error("spans of a longer text were taken for a short one")
	}
	if _, ok := NewAnalyzer().SpanSnippet(text, []byte{0x80}, map[string]bool{"نص": true}, 30); ok {
		t.Error("a truncated varint was taken for spans")
	}
}

// TestAppendSpansPlaces: spans place every term at its code points, in
// valid text and in text with stray bytes (counted one code point each, as
// Analyze counts them).
func TestAppendSpansPlaces(t *testing.T) {
	for _, text := range []string{
		"قال وزير الخارجية، في بيان: إن «داعـ ـش» انسحب من 3 مواقع.",
		"mixed نص and English, ١٢ digits",
		"قبل \xff\xfe بعد \xc3 نهاية",
		"\x80ميليشيا",
	} {
		terms := Analyze(text)
		spans := AppendSpans(nil, text, terms)
		if spans == nil {
			t.Fatalf("%q: no spans", text)
		}
		r := spanReader{text: text, spans: spans}
		for i, term := range terms {
			start, end, hash, more := r.next()
			if !more {
				t.Fatalf("%q: spans end at term %d of %d", text, i, len(terms))
			}
			runes := []rune(text) // stray bytes are one code point each
			gotStart, gotEnd := len([]rune(text[:start])), len([]rune(text[:end]))
			if gotStart != term.Start || gotEnd != term.End || hash != termHash(term.Text) || gotEnd > len(runes) {
				t.Errorf("%q term %d %q: spans place it at %d-%d, want %d-%d", text, i, term.Text, gotStart, gotEnd, term.Start, term.End)
			}
		}
	}
}

func BenchmarkSpanSnippet(b *testing.B) {
	arts := searchtest.Articles(b, 200)
	q, err := ParseQuery("وزير الخارجية OR السعودية")
	if err != nil {
		b.Fatal(err)
	}
	match := q.Terms()
	spans := make([][]byte, len(arts))
	for i, art := range arts {
		spans[i] = AppendSpans(nil, art.Content, Analyze(art.Content))
	}
	a := NewAnalyzer()
	for i := 0; b.Loop(); i++ {
		a.SpanSnippet(arts[i%len(arts)].Content, spans[i%len(arts)], match, SnippetWords)
	}
}
