package sentences

import (
	"fmt"
	"strings"
	"testing"
)

func TestVerbs(t *testing.T) {
	tests := []struct{ in, want string }{
		{"%d of %d: %s", "[%d %d %s]"},
		{"(p=%.2f) 100%%", "[%.2f]"},
		{"reliability %c", "[%c]"},
		{"none", "[]"},
	}
	for _, tt := range tests {
		if got := fmt.Sprint(Verbs(tt.in)); got != tt.want {
			t.Errorf("Verbs(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestParse(t *testing.T) {
	langs := []string{"en", "ar"}
	tab, err := Parse("t.tsv", []byte("# comment\n\nhello\t %s said\tقال %s\r\n"), langs, []string{"hello"})
	if err != nil {
		t.Fatal(err)
	}
	if tab["en"]["hello"] != " %s said" || tab["ar"]["hello"] != "قال %s" {
		t.Errorf("fields not kept as written: %q", tab)
	}
	tests := []struct {
		name, table string
		required    []string
		want        string
	}{
		{"verbs differ", "k\t%s of %d\t%s\n", nil, "t.tsv:1: ar sentence of \"k\" takes"},
		{"empty sentence", "k\tword\t \n", nil, "t.tsv:1: ar sentence of \"k\" is empty"},
		{"one language", "k\tword\n", nil, "t.tsv:1: want key and 2 sentences"},
		{"twice", "k\ta\tب\nk\tc\tد\n", nil, "t.tsv:2: key \"k\" given twice"},
		{"required missing", "k\ta\tب\n", []string{"k", "hello"}, "t.tsv: no sentence for \"hello\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("t.tsv", []byte(tt.table), langs, tt.required)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one with %q", err, tt.want)
			}
		})
	}
}
