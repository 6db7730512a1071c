package arabic

import (
	"slices"
	"testing"

	"github.com/isnad/isnad/data"
)

func TestSegment(t *testing.T) {
	tests := []struct {
		word     string
		prefixes []string
		stem     string
		suffixes []string
	}{
		{"والميليشيات", []string{"و", "ال"}, "ميليشيات", nil},
		{"الحكومة", []string{"ال"}, "الحكومة"[len("ال"):], nil},
		{"للحكومة", []string{"ل", "ال"}, "حكومة", nil},
		{"بالتالي", []string{"ب", "ال"}, "تالي", nil},
		{"وبالتالي", []string{"و", "ب", "ال"}, "تالي", nil},
		{"كالعادة", []string{"ك", "ال"}, "عادة", nil},
		{"فالأمر", []string{"ف", "ال"}, "أمر", nil},
		{"وللحكومة", []string{"و", "ل", "ال"}, "حكومة", nil},
		{"وقال", []string{"و"}, "قال", nil},
		{"بحسب", []string{"ب"}, "حسب", nil},
		{"لتنظيم", []string{"ل"}, "تنظيم", nil},
		{"قواتها", nil, "قوات", []string{"ها"}},
		{"وقادتهم", []string{"و"}, "قادت", []string{"هم"}},
		{"مواقعها", nil, "مواقع", []string{"ها"}},
		// Conservative: short words and words listed whole.
		{"وزير", nil, "وزير", nil},
		{"وزارة", nil, "وزارة", nil},
		{"كبير", nil, "كبير", nil},
		{"لجنة", nil, "لجنة", nil},
		{"فريق", nil, "فريق", nil},
		{"لبنان", nil, "لبنان", nil},
		{"ولبنان", []string{"و"}, "لبنان", nil},
		{"بريطانيا", nil, "بريطانيا", nil},
		{"كابول", nil, "كابول", nil},
		{"الله", nil, "الله", nil},
		{"التي", nil, "التي", nil},
		{"هنا", nil, "هنا", nil},
		{"منها", nil, "منها", nil},
		{"كورونا", nil, "كورونا", nil},
		{"بين", nil, "بين", nil},
		{"Reuters", nil, "Reuters", nil},
		{"2021", nil, "2021", nil},
		{"", nil, "", nil},
	}
	for _, tt := range tests {
		got := Segment(tt.word)
		if !slices.Equal(got.Prefixes, tt.prefixes) || got.Stem != tt.stem || !slices.Equal(got.Suffixes, tt.suffixes) {
			t.Errorf("Segment(%q) = %q + %q + %q, want %q + %q + %q",
				tt.word, got.Prefixes, got.Stem, got.Suffixes, tt.prefixes, tt.stem, tt.suffixes)
		}
	}
}

// Segmenting folded and unfolded spellings gives the folded segmentation.
func TestSegmentFoldedAgrees(t *testing.T) {
	for _, w := range []string{"والميليشيات", "بالإضافة", "وأضاف", "لبنان", "قواتها", "الإيرانية"} {
		a, b := Segment(w), Segment(Fold(w))
		if Fold(a.Stem) != b.Stem || len(a.Prefixes) != len(b.Prefixes) || len(a.Suffixes) != len(b.Suffixes) {
			t.Errorf("Segment(%q) = %+v but Segment(Fold) = %+v", w, a, b)
		}
	}
}

func TestStem(t *testing.T) {
	groups := [][]string{
		{"ميليشيا", "الميليشيات", "ميليشيات", "والميليشيات", "للميليشيات", "بالميليشيات"},
		{"سوريا", "سوري", "سورية", "السوريين", "والسوريون"},
		{"إيران", "الإيرانية", "إيراني", "والإيرانيين"},
		{"فلسطين", "الفلسطينيين", "فلسطيني", "الفلسطينية"},
		{"قانون", "القانونية", "قانوني"},
		{"الحكومة", "حكومات", "الحكومي", "والحكومة"},
		{"مسؤول", "المسؤولون", "مسؤولين", "والمسؤولين"},
		{"داعش", "وداعش", "لداعش"},
		{"قال", "وقال"},
		{"انتخابات", "الانتخابات", "الانتخاب"},
	}
	for _, g := range groups {
		want := Stem(g[0])
		for _, w := range g[1:] {
			if got := Stem(w); got != want {
				t.Errorf("Stem(%q) = %q, but Stem(%q) = %q", w, got, g[0], want)
			}
		}
	}
	distinct := [][2]string{{"وزارة", "زيارة"}, {"لبنان", "بنان"}, {"كبير", "بير"}, {"قانون", "قان"}}
	for _, p := range distinct {
		if Stem(p[0]) == Stem(p[1]) {
			t.Errorf("Stem(%q) = Stem(%q) = %q", p[0], p[1], Stem(p[0]))
		}
	}
	if got := Stem("ميليشيا"); got != "ميليش" {
		t.Errorf("Stem(ميليشيا) = %q, want ميليش", got)
	}
	if got := Stem("Reuters"); got != "Reuters" {
		t.Errorf("Stem(Reuters) = %q", got)
	}
	for _, w := range []string{"الذي", "الذين", "بعدما", "الله", "والله"} {
		if got, want := Stem(w), Fold(w); got != want && "و"+got != want {
			t.Errorf("Stem(%q) = %q, want the word whole", w, got)
		}
	}
	if got := Stem("جدا"); got != "جدا" {
		t.Errorf("Stem keeps three letters: Stem(جدا) = %q", got)
	}
}

func TestLexiconLoads(t *testing.T) {
	lex, err := loadLexicon(data.Arabic)
	if err != nil {
		t.Fatal(err)
	}
	for name, m := range map[string]map[string]bool{
		"abbreviations": lex.abbreviations, "whole": lex.whole, "keepInitial": lex.keepInitial,
		"keepFinal": lex.keepFinal, "keepEnding": lex.keepEnding, "stemWhole": lex.stemWhole,
	} {
		if len(m) < 10 {
			t.Errorf("list %s has only %d words", name, len(m))
		}
	}
	for _, w := range []string{"لبنان", "الله", "التي"} {
		if !lex.whole[w] {
			t.Errorf("%q missing from the whole-word lists", w)
		}
	}
}
