package wordlist

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestRead(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
		err      bool
	}{
		{"words, comments and blanks", "# list\nالامين\n\n  الكامل  \n#x\n", []string{"الامين", "الكامل"}, false},
		{"empty", "", nil, false},
		{"a line too long", strings.Repeat("a", maxLineBytes+1), nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Read(strings.NewReader(tt.in), "list.txt")
			if (err != nil) != tt.err {
				t.Fatalf("error %v, want error %v", err, tt.err)
			}
			if err != nil {
				if !strings.Contains(err.Error(), "list.txt") {
					t.Errorf("error %v does not name the file", err)
				}
				return
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for _, w := range tt.want {
				if !got[w] {
					t.Errorf("%q missing from %v", w, got)
				}
			}
		})
	}
}

func TestReadFS(t *testing.T) {
	fsys := fstest.MapFS{"ner/common.txt": {Data: []byte("# c\nالامين\n")}}
	got, err := ReadFS(fsys, "ner/common.txt", "data/ner/common.txt")
	if err != nil || !got["الامين"] || len(got) != 1 {
		t.Fatalf("ReadFS: %v, %v", got, err)
	}
	if _, err := ReadFS(fsys, "ner/missing.txt", "data/ner/missing.txt"); err == nil || !strings.Contains(err.Error(), "data/ner/missing.txt") {
		t.Fatalf("missing file: error %v does not name it", err)
	}
}
