package ner

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

func TestReadANERGazet(t *testing.T) {
	lex := NewLexicon()
	in := "====\nالأردن\nاردن\n====\n***\nالولايات المتحدة\n\n"
	if err := ReadANERGazet(strings.NewReader(in), "loc.txt", LOC, lex); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		phrase string
		want   []string
	}{
		{"الاردن", []string{LOC}}, // folded: أ → ا
		{"اردن", []string{LOC}},
		{"الولايات المتحده", []string{LOC}},
		{"***", nil},
		{"====", nil},
	}
	for _, tc := range tests {
		if got := lex.Lookup(tc.phrase); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Lookup(%q) = %v, want %v", tc.phrase, got, tc.want)
		}
	}
	if lex.MaxWords() != 2 || !lex.StartsPhrase("الولايات") || lex.StartsPhrase("اردن") {
		t.Errorf("MaxWords %d, phrase starts wrong", lex.MaxWords())
	}
}

func TestLexiconTSVRoundTrip(t *testing.T) {
	in := "# comment\nPER-title\tالشيخ\nORG-head\tوزارة\nLOC\tالولايات المتحدة\n"
	lex, err := ReadLexiconTSV(strings.NewReader(in), "triggers.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteLexiconTSV(&buf, lex); err != nil {
		t.Fatal(err)
	}
	again, err := ReadLexiconTSV(&buf, "rewritten")
	if err != nil || !reflect.DeepEqual(again.entries, lex.entries) {
		t.Errorf("round trip changed the lexicon: %v, %v", again, err)
	}
	if got := lex.Lookup("وزاره"); !reflect.DeepEqual(got, []string{"ORG-head"}) {
		t.Errorf("folded lookup = %v", got)
	}
	if _, err := ReadLexiconTSV(strings.NewReader("no tab here\n"), "bad.tsv"); err == nil || !strings.Contains(err.Error(), "bad.tsv line 1") {
		t.Errorf("bad line error %v, want one naming bad.tsv line 1", err)
	}
}

func TestFeatureTable(t *testing.T) {
	hashes := []uint64{0, 1, 42, 1 << 63, 0x9E3779B97F4A7C15}
	tab := newFeatureTable(len(hashes))
	for i, h := range hashes {
		tab.put(h, int32(i))
	}
	for i, h := range hashes {
		if r, ok := tab.get(h); !ok || r != int32(i) {
			t.Errorf("get(%#x) = %d, %v; want %d", h, r, ok, i)
		}
	}
	for _, h := range []uint64{2, 43, 1<<63 + 1} {
		if _, ok := tab.get(h); ok {
			t.Errorf("get(%#x) found an absent hash", h)
		}
	}
}

func TestShippedTriggersParse(t *testing.T) {
	lex, err := ReadLexiconTSV(strings.NewReader(readShipped(t, "ner/triggers.tsv")), "triggers.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"شيخ", "عميد", "وزاره", "مرصد", "مخيم", "بلده"} {
		if len(lex.Lookup(w)) == 0 {
			t.Errorf("trigger %q missing", w)
		}
	}
}
