package search

import (
	"slices"
	"testing"
)

func terms(text string) []string {
	var out []string
	for _, t := range Analyze(text) {
		out = append(out, t.Text)
	}
	return out
}

// TestVariantsMeet lists spellings an analyst expects to find one another.
func TestVariantsMeet(t *testing.T) {
	tests := []struct {
		name, query, text string
	}{
		{"plural with article", "ميليشيا", "الميليشيات"},
		{"plural after lam-lam", "ميليشيا", "للميليشيات"},
		{"plural after wa-lam-lam", "الميليشيات", "وللميليشيات"},
		{"hamza below dropped", "إيران", "ايران"},
		{"preposition lam", "إيران", "لإيران"},
		{"conjunction waw", "إيران", "وإيران"},
		{"obfuscated with tatweel", "داعش", "داعـ ـش"},
		{"obfuscated inside", "إيران", "إيـ ـران"},
		{"tatweel stretch", "الفصائل", "الفصـــائل"},
		{"ta marbuta", "مدينة", "مدينه"},
		{"alef maqsura", "مستشفى", "مستشفي"},
		{"hamza on waw vs ya", "مسؤول", "مسئول"},
		{"hamza seats plural", "شؤون", "شئون"},
		{"madda", "آلاف", "الاف"},
		{"diacritics", "قال", "قَالَ"},
		{"arabic-indic digits", "2015", "٢٠١٥"},
		{"persian digits", "2015", "۲۰۱۵"},
		{"latin case", "ISIS", "Isis"},
		{"country and adjective", "سوريا", "السورية"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, d := terms(tt.query), terms(tt.text)
			if len(q) != 1 || len(d) != 1 || q[0] != d[0] {
				t.Errorf("%q analyses to %q, %q to %q: want one shared term", tt.query, q, tt.text, d)
			}
		})
	}
}

// TestDistinctWordsStayApart guards against a stemmer so eager it conflates.
func TestDistinctWordsStayApart(t *testing.T) {
	tests := []struct{ a, b string }{
		{"إيران", "العراق"},
		{"داعش", "دمشق"},
		{"سوريا", "روسيا"},
		{"ميليشيا", "مليون"},
	}
	for _, tt := range tests {
		if a, b := terms(tt.a), terms(tt.b); slices.Equal(a, b) {
			t.Errorf("%q and %q both analyse to %q", tt.a, tt.b, a)
		}
	}
}

func TestAnalyzeOffsets(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		words []string // the source text of each term, in order
	}{
		{"plain", "قال المسؤول: إن القوات وصلت.", []string{"قال", "المسؤول", "إن", "القوات", "وصلت"}},
		{"obfuscation keeps its source span", "هاجم داعـ ـش المدينة", []string{"هاجم", "داعـ ـش", "المدينة"}},
		{"latin and digits", "ISIS attacked on ٢٩ March", []string{"ISIS", "attacked", "on", "٢٩", "March"}},
		{"punctuation only", "… — «» !", nil},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, term := range Analyze(tt.text) {
				got = append(got, runeSlice(tt.text, term.Start, term.End))
			}
			if !slices.Equal(got, tt.words) {
				t.Errorf("Analyze(%q) spans cover %q, want %q", tt.text, got, tt.words)
			}
		})
	}
}

func TestJoined(t *testing.T) {
	got := Joined([]Term{{Text: "ميليشي"}, {Text: "ايران"}, {Text: "isis"}})
	want := "ميليشي ايران isis"
	if got != want {
		t.Errorf("Joined = %q, want %q", got, want)
	}
}
