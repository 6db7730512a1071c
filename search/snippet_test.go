package search

import (
	"strings"
	"testing"
)

func TestMakeSnippet(t *testing.T) {
	filler := strings.Repeat("كلام عادي لا صلة له بالموضوع ", 20)
	tests := []struct {
		name       string
		text       string
		query      string
		words      int
		wantPlain  string
		wantMarked []string // source text under each mark
	}{
		{
			name:       "short text, one match",
			text:       "هاجمت الميليشيات المدينة فجرا.",
			query:      "ميليشيا",
			words:      30,
			wantPlain:  "هاجمت «الميليشيات» المدينة فجرا",
			wantMarked: []string{"الميليشيات"},
		},
		{
			name:       "window around the cluster, cut both sides",
			text:       filler + "قالت مصادر إن داعش انسحب من ريف حمص بعد معارك مع الجيش " + filler,
			query:      "داعش حمص",
			words:      8,
			wantPlain:  "… إن «داعش» انسحب من ريف «حمص» بعد معارك …",
			wantMarked: []string{"داعش", "حمص"},
		},
		{
			name:       "best cluster wins over an early lone match",
			text:       "داعش " + filler + "اتهم البيان داعش وإيران معا " + filler,
			query:      "داعش OR إيران",
			words:      6,
			wantPlain:  "… اتهم البيان «داعش» «وإيران» معا كلام …",
			wantMarked: []string{"داعش", "وإيران"},
		},
		{
			name:       "obfuscated source keeps its raw form",
			text:       "أعلن تنظيم داعـ ـش مسؤوليته",
			query:      "داعش",
			words:      30,
			wantPlain:  "أعلن تنظيم «داعـ ـش» مسؤوليته",
			wantMarked: []string{"داعـ ـش"},
		},
		{
			name:       "plain form is one line",
			text:       "السطر الأول عن داعش\n\nوالسطر الثاني",
			query:      "داعش",
			words:      30,
			wantPlain:  "السطر الأول عن «داعش» والسطر الثاني",
			wantMarked: []string{"داعش"},
		},
		{
			name:       "match pieces into a long text, offsets in the whole text",
			text:       filler + "\n" + filler + filler + "\nقالت مصادر إن داعش انسحب من ريف حمص بعد معارك مع الجيش " + filler,
			query:      "داعش حمص",
			words:      8,
			wantPlain:  "… إن «داعش» انسحب من ريف «حمص» بعد معارك …",
			wantMarked: []string{"داعش", "حمص"},
		},
		{
			name:       "match in the first lines of a long text: cut after",
			text:       "داعش " + filler + filler + filler,
			query:      "داعش",
			words:      4,
			wantPlain:  "«داعش» كلام عادي لا …",
			wantMarked: []string{"داعش"},
		},
		{
			name:      "no match: head of the text",
			text:      "أ ب ج د ه و ز",
			query:     "سوريا",
			words:     3,
			wantPlain: "أ ب ج …",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := ParseQuery(tt.query)
			if err != nil {
				t.Fatal(err)
			}
			s := MakeSnippet(tt.text, q.Terms(), tt.words)
			if got := s.Plain(); got != tt.wantPlain {
				t.Errorf("Plain() = %q\nwant      %q", got, tt.wantPlain)
			}
			if got := runeSlice(tt.text, s.Start, s.End); got != s.Text {
				t.Errorf("document[%d:%d] = %q, want the snippet text %q", s.Start, s.End, got, s.Text)
			}
			// A Partial kept from an earlier search (for a word of the
			// filler, found at once) and extended for this one cuts the
			// same snippet.
			a := NewAnalyzer()
			var kept Partial
			a.Extend(&kept, tt.text, map[string]bool{Word("كلام"): true}, tt.words)
			p := kept.Clone()
			a.Extend(p, tt.text, q.Terms(), tt.words)
			if got := p.Snippet(tt.text, q.Terms(), tt.words); got.Plain() != tt.wantPlain {
				t.Errorf("extended Partial: Plain() = %q\nwant                  %q", got.Plain(), tt.wantPlain)
			}
			var marked []string
			for _, m := range s.Marks {
				marked = append(marked, runeSlice(s.Text, m.Start, m.End))
			}
			if strings.Join(marked, "|") != strings.Join(tt.wantMarked, "|") {
				t.Errorf("marks cover %q, want %q", marked, tt.wantMarked)
			}
		})
	}
}

func TestMakeSnippetEmpty(t *testing.T) {
	if s := MakeSnippet("", map[string]bool{"x": true}, 30); s.Text != "" || len(s.Marks) != 0 {
		t.Errorf("MakeSnippet of empty text = %+v", s)
	}
}
