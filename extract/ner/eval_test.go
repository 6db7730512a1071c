package ner

import (
	"bytes"
	"math"
	"strings"
	"testing"
)

func TestEvaluate(t *testing.T) {
	tests := []struct {
		name        string
		gold, pred  [][]string
		p, r, f1    float64
		perType     string
		tp, tr, tf1 float64
	}{
		{"perfect", [][]string{{"B-PER", "I-PER", "O", "B-LOC"}}, [][]string{{"B-PER", "I-PER", "O", "B-LOC"}},
			1, 1, 1, PER, 1, 1, 1},
		{"partial overlap is a miss and a false alarm", [][]string{{"B-PER", "I-PER", "O"}}, [][]string{{"B-PER", "O", "O"}},
			0, 0, 0, PER, 0, 0, 0},
		{"wrong type is a miss", [][]string{{"B-ORG", "I-ORG"}}, [][]string{{"B-LOC", "I-LOC"}},
			0, 0, 0, ORG, 0, 0, 0},
		{"one of two found, one spurious", [][]string{{"B-LOC", "O", "B-ORG"}}, [][]string{{"B-LOC", "B-PER", "O"}},
			0.5, 0.5, 0.5, LOC, 1, 1, 1},
		{"PERS and PER are one type", [][]string{{"B-PERS", "I-PERS"}}, [][]string{{"B-PER", "I-PER"}},
			1, 1, 1, PER, 1, 1, 1},
		{"stray I- opens an entity (CoNLL)", [][]string{{"O", "B-MISC"}}, [][]string{{"O", "I-MISC"}},
			1, 1, 1, MISC, 1, 1, 1},
		{"adjacent entities split at B-", [][]string{{"B-LOC", "B-LOC"}}, [][]string{{"B-LOC", "I-LOC"}},
			0, 0, 0, LOC, 0, 0, 0},
		{"two sentences", [][]string{{"B-PER"}, {"B-PER", "O"}}, [][]string{{"B-PER"}, {"O", "O"}},
			1, 0.5, 2.0 / 3, PER, 1, 0.5, 2.0 / 3},
	}
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
	for _, tc := range tests {
		s := Evaluate(tc.gold, tc.pred)
		if !near(s.Micro.Precision, tc.p) || !near(s.Micro.Recall, tc.r) || !near(s.Micro.F1, tc.f1) {
			t.Errorf("%s: micro P/R/F1 = %.3f/%.3f/%.3f, want %.3f/%.3f/%.3f", tc.name,
				s.Micro.Precision, s.Micro.Recall, s.Micro.F1, tc.p, tc.r, tc.f1)
		}
		pt := s.ByType[tc.perType]
		if !near(pt.Precision, tc.tp) || !near(pt.Recall, tc.tr) || !near(pt.F1, tc.tf1) {
			t.Errorf("%s: %s P/R/F1 = %.3f/%.3f/%.3f, want %.3f/%.3f/%.3f", tc.name, tc.perType,
				pt.Precision, pt.Recall, pt.F1, tc.tp, tc.tr, tc.tf1)
		}
	}
}

func TestScoresWrite(t *testing.T) {
	var buf bytes.Buffer
	s := Evaluate([][]string{{"B-LOC", "O", "B-PER"}}, [][]string{{"B-LOC", "O", "O"}})
	if err := s.Write(&buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"LOC       1.0000    1.0000    1.0000", "PER       0.0000    0.0000    0.0000", "micro     1.0000    0.5000    0.6667"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
}
