package ner

import (
	"fmt"
	"io"
	"sort"
)

// PRF is precision, recall and F1 with the counts they come from.
type PRF struct {
	Precision, Recall, F1 float64
	Gold, Pred, Correct   int
}

// Scores are CoNLL exact-span scores: per entity type and micro-averaged.
type Scores struct {
	ByType map[string]PRF
	Micro  PRF
}

// span is an entity: type and token range [start, end).
type span struct {
	typ        string
	start, end int
}

// spans reads entities off a BIO tag sequence the CoNLL way: an I-X without
// an open X entity starts a new one.
func spans(tags []string) []span {
	var out []span
	open := -1
	typ := ""
	closeAt := func(i int) {
		if open >= 0 {
			out = append(out, span{typ, open, i})
		}
		open, typ = -1, ""
	}
	for i, raw := range tags {
		t := CanonicalTag(raw)
		switch {
		case len(t) > 2 && t[:2] == "B-":
			closeAt(i)
			open, typ = i, t[2:]
		case len(t) > 2 && t[:2] == "I-":
			if open < 0 || typ != t[2:] {
				closeAt(i)
				open, typ = i, t[2:]
			}
		default:
			closeAt(i)
		}
	}
	closeAt(len(tags))
	return out
}

// Evaluate scores predicted tag sequences against gold ones by exact span: an
// entity counts as found only when its type, start and end all match. A
// predicted sentence shorter or longer than its gold one is scored over what
// it has.
func Evaluate(gold, pred [][]string) Scores {
	counts := map[string]*PRF{}
	get := func(t string) *PRF {
		if counts[t] == nil {
			counts[t] = &PRF{}
		}
		return counts[t]
	}
	for i, g := range gold {
		var p []string
		if i < len(pred) {
			p = pred[i]
		}
		gs, ps := spans(g), spans(p)
		inGold := make(map[span]bool, len(gs))
		for _, s := range gs {
			inGold[s] = true
			get(s.typ).Gold++
		}
		for _, s := range ps {
			get(s.typ).Pred++
			if inGold[s] {
				get(s.typ).Correct++
			}
		}
	}
	sc := Scores{ByType: map[string]PRF{}}
	for t, c := range counts {
		sc.ByType[t] = c.finish()
		sc.Micro.Gold += c.Gold
		sc.Micro.Pred += c.Pred
		sc.Micro.Correct += c.Correct
	}
	sc.Micro = sc.Micro.finish()
	return sc
}

func (c PRF) finish() PRF {
	if c.Pred > 0 {
		c.Precision = float64(c.Correct) / float64(c.Pred)
	}
	if c.Gold > 0 {
		c.Recall = float64(c.Correct) / float64(c.Gold)
	}
	if c.Precision+c.Recall > 0 {
		c.F1 = 2 * c.Precision * c.Recall / (c.Precision + c.Recall)
	}
	return c
}

// Write prints the scores as a table: one row per type, then the micro row.
func (s Scores) Write(w io.Writer) error {
	types := make([]string, 0, len(s.ByType))
	for t := range s.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	if _, err := fmt.Fprintf(w, "%-6s %9s %9s %9s %6s %6s %7s\n", "type", "precision", "recall", "F1", "gold", "pred", "correct"); err != nil {
		return err
	}
	row := func(name string, p PRF) error {
		_, err := fmt.Fprintf(w, "%-6s %9.4f %9.4f %9.4f %6d %6d %7d\n", name, p.Precision, p.Recall, p.F1, p.Gold, p.Pred, p.Correct)
		return err
	}
	for _, t := range types {
		if err := row(t, s.ByType[t]); err != nil {
			return err
		}
	}
	return row("micro", s.Micro)
}
