package judge

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseReliability(t *testing.T) {
	tests := []struct {
		name, in, err string
		kind, src     string
		want          byte
	}{
		{"named", "المرصد السوري لحقوق الإنسان\tC\tnote\n", "", "organization", "المرصد السوري لحقوق الانسان", 'C'},
		{"alias", "وكالة رويترز;رويترز\tb\n", "", "agency", "رويترز", 'B'},
		{"kind default", "kind:anonymous\tF\n", "", "anonymous", "مصدر مطلع", 'F'},
		{"unknown", "# nothing\n", "", "outlet", "منفذ", 'F'},
		{"bad letter", "الحرة\tG\n", "x.tsv:1: reliability \"G\"", "", "", 0},
		{"no tab", "\n\nالحرة C\n", "x.tsv:3: want name", "", "", 0},
		{"empty kind", "kind:\tA\n", "x.tsv:1: empty kind", "", "", 0},
		{"empty name", " ; \tA\n", "x.tsv:1: empty source name", "", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rel, err := ParseReliability("x.tsv", strings.NewReader(tt.in))
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("error %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := rel.Of(tt.kind, tt.src).Letter; got != tt.want {
				t.Errorf("Of(%s, %s) = %c, want %c", tt.kind, tt.src, got, tt.want)
			}
		})
	}
}

func TestLoadReliabilityFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mine.tsv")
	if err := os.WriteFile(path, []byte("الحرة\tA\nسكاي نيوز عربية\tZ\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadReliability(path); err == nil || !strings.Contains(err.Error(), path+":2:") {
		t.Errorf("error %v should name %s line 2", err, path)
	}
	if _, err := LoadReliability(filepath.Join(t.TempDir(), "missing.tsv")); err == nil {
		t.Error("missing file accepted")
	}
	rel, err := DefaultReliability()
	if err != nil {
		t.Fatal(err)
	}
	if got := rel.Of("agency", "وكالة سبوتنيك").Letter; got != 'D' {
		t.Errorf("default Sputnik %c", got)
	}
}

func FuzzParseReliability(f *testing.F) {
	f.Add("الحرة\tC\tnote\nkind:anonymous\tF\n")
	f.Add("# c\n\nx;y\ta\n")
	f.Add("\t\t\t\n")
	f.Fuzz(func(t *testing.T, in string) {
		rel, err := ParseReliability("fuzz.tsv", strings.NewReader(in))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.tsv") {
				t.Errorf("error does not name the file: %v", err)
			}
			return
		}
		if l := rel.Of("outlet", in).Letter; l < 'A' || l > 'F' {
			t.Errorf("letter %c", l)
		}
	})
}

// TestReliabilityNotes: the optional fourth column is the Arabic note; a
// table of two or three columns (a user's own) reads as before, and a
// note asked for in a language the row lacks falls back on the other.
func TestReliabilityNotes(t *testing.T) {
	tests := []struct {
		name, row      string
		wantEn, wantAr string
	}{
		{"both", "الحرة\tC\tUS-funded\tممولة أمريكيًا\n", "US-funded", "ممولة أمريكيًا"},
		{"English only", "الحرة\tC\tUS-funded\n", "US-funded", "US-funded"},
		{"Arabic only", "الحرة\tC\t\tممولة أمريكيًا\n", "ممولة أمريكيًا", "ممولة أمريكيًا"},
		{"no note", "الحرة\tC\n", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rel, err := ParseReliability("x.tsv", strings.NewReader(tt.row))
			if err != nil {
				t.Fatal(err)
			}
			rt := rel.Of("outlet", "الحرة")
			if rt.Letter != 'C' {
				t.Fatalf("letter %c", rt.Letter)
			}
			if got := rt.NoteIn("en"); got != tt.wantEn {
				t.Errorf("English note %q, want %q", got, tt.wantEn)
			}
			if got := rt.NoteIn("ar"); got != tt.wantAr {
				t.Errorf("Arabic note %q, want %q", got, tt.wantAr)
			}
		})
	}
}

// TestShippedNotesInArabic: every shipped row with an English note has an
// Arabic one, and the Arabic one is in Arabic script.
func TestShippedNotesInArabic(t *testing.T) {
	b, err := os.ReadFile("../data/judge/reliability.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for n, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) > 2 && f[2] != "" && (len(f) < 4 || !strings.ContainsFunc(f[3], func(r rune) bool { return r >= 0x0600 && r <= 0x06FF })) {
			t.Errorf("reliability.tsv:%d: %q has no Arabic note", n+1, f[0])
		}
	}
}
