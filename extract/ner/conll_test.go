package ner

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

func TestReadCoNLL(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    []Sentence
		wantErr string
	}{
		{"two sentences, PERS read as PER", "قال O\nمحمد B-PERS\n\nفي O\nدمشق B-LOC\n",
			[]Sentence{{[]string{"قال", "محمد"}, []string{"O", "B-PER"}}, {[]string{"في", "دمشق"}, []string{"O", "B-LOC"}}}, ""},
		{"tabs, CRLF, BOM, extra blank lines", "\ufeffدمشق\tB-LOC\r\n\r\n\r\nحلب\tB-LOC\r\n",
			[]Sentence{{[]string{"دمشق"}, []string{"B-LOC"}}, {[]string{"حلب"}, []string{"B-LOC"}}}, ""},
		{"extra middle columns: tag is last", "دمشق NNP B-LOC\n",
			[]Sentence{{[]string{"دمشق"}, []string{"B-LOC"}}}, ""},
		{"empty input", "", nil, ""},
		{"missing tag", "قال O\nمحمد\n", nil, "line 2"},
		{"unknown tag", "قال O\nمحمد B-PERSON\n", nil, `unknown tag "B-PERSON"`},
	}
	for _, tc := range tests {
		got, err := ReadCoNLL(strings.NewReader(tc.in), "test.conll")
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) || !strings.Contains(err.Error(), "test.conll") {
				t.Errorf("%s: error %v, want one naming test.conll and %q", tc.name, err, tc.wantErr)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: got %v, %v; want %v", tc.name, got, err, tc.want)
		}
	}
}

func TestWriteCoNLLRoundTrip(t *testing.T) {
	sents := []Sentence{{[]string{"قال", "رامي", "عبد", "الرحمن"}, []string{"O", "B-PER", "I-PER", "I-PER"}}, {[]string{"."}, []string{"O"}}}
	var buf bytes.Buffer
	if err := WriteCoNLL(&buf, sents); err != nil {
		t.Fatal(err)
	}
	got, err := ReadCoNLL(&buf, "round trip")
	if err != nil || !reflect.DeepEqual(got, sents) {
		t.Errorf("round trip: got %v, %v; want %v", got, err, sents)
	}
}

func FuzzReadCoNLL(f *testing.F) {
	f.Add("قال O\nمحمد B-PERS\n\nفي O\n")
	f.Add("a\tB-LOC\r\n\r\nb I-MISC\n")
	f.Add("x\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadCoNLL(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		for _, s := range sents {
			if len(s.Tokens) == 0 || len(s.Tokens) != len(s.Tags) {
				t.Fatalf("sentence with %d tokens and %d tags", len(s.Tokens), len(s.Tags))
			}
			for _, tag := range s.Tags {
				if _, ok := tagID(tag); !ok {
					t.Fatalf("reader returned unknown tag %q", tag)
				}
			}
		}
		var buf bytes.Buffer
		if err := WriteCoNLL(&buf, sents); err != nil {
			t.Fatal(err)
		}
		again, err := ReadCoNLL(&buf, "rewritten")
		if err != nil || len(again) != len(sents) {
			t.Fatalf("rewritten file reads back as %d sentences, %v; want %d", len(again), err, len(sents))
		}
	})
}
