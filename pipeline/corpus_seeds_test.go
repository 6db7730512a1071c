package pipeline

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/extract/actors"
	"github.com/isnad/isnad/ingest"
	"github.com/isnad/isnad/internal/testenv"
	"github.com/isnad/isnad/judge"
)

// seedCorpus is the five seeds through the whole pipeline: the shipped
// extractors, stories, the judge with the default tables.
func seedCorpus(t *testing.T) *export.Analysis {
	t.Helper()
	ctx := context.Background()
	lex, err := actors.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	r, err := ingest.New(ingest.Options{Outlets: lex})
	if err != nil {
		t.Fatal(err)
	}
	var docs []isnad.Document
	err = r.Read(ctx, []string{testenv.Seeds(t)}, func(it ingest.Item) error {
		if it.Err != nil {
			return it.Err
		}
		docs = append(docs, it.Doc)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	x, err := LoadExtractors()
	if err != nil {
		t.Fatal(err)
	}
	rel, err := judge.DefaultReliability()
	if err != nil {
		t.Fatal(err)
	}
	c, err := NewCorpus(judge.New(rel, judge.Options{}))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		res := Result{Doc: d}
		if err := x.Process(ctx, &res); err != nil {
			t.Fatal(err)
		}
		if err := c.Add(res.Doc, res.Analysis); err != nil {
			t.Fatal(err)
		}
	}
	a, err := c.Finish(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// The bars of the seeds, with stories linked (a story joins provenance, so
// it could merge narratives or origins the judge alone keeps apart):
//   - the "100 operations" claim of the Alhurra article and of its rewrite
//     is one group behind one independent origin, the Observatory;
//   - April 2021 (000) against May 2021 (001, 004) for the start of the
//     contacts is found, and 001 and 004 do not clash;
//   - the security branch answering to the IRGC in 004 against its usual
//     parent elsewhere is found;
//   - the narratives (Iran: 000/001/004; Western agencies: 002; the Syrian
//     state: 003) share no group and no story.
func TestSeedBarsWithStories(t *testing.T) {
	a := seedCorpus(t)
	seed := map[string]string{} // document id → seed number
	for _, d := range a.Documents {
		seed[d.ID] = filepath.Base(d.Source)[:3]
	}
	claimOf := func(num, fragment string) export.Claim {
		for _, c := range a.Claims {
			if seed[c.Doc] == num && strings.Contains(c.Text, fragment) {
				return c
			}
		}
		t.Fatalf("no claim of seed %s holds %q", num, fragment)
		return export.Claim{}
	}
	groupOf := map[string]export.ClaimGroup{}
	for _, g := range a.ClaimGroups {
		for _, id := range g.Claims {
			groupOf[id] = g
		}
	}

	c1, c4 := claimOf("001", "100 عملية"), claimOf("004", "100 عملية")
	g := groupOf[c1.ID]
	if !slices.Contains(g.Claims, c4.ID) {
		t.Errorf("the 100 operations claims of 001 and 004 are not one group: %+v", g)
	}
	if g.IndependentOrigins != 1 || !slices.Contains(g.Origins, "المرصد السوري لحقوق الإنسان") {
		t.Errorf("100 operations: %d independent origins %v, want 1, the Observatory", g.IndependentOrigins, g.Origins)
	}

	april := claimOf("000", "نيسان/ أبريل")
	may1, may4 := claimOf("001", "في مايو من عام 2021"), claimOf("004", "أيار/مايو")
	clashes := map[string]bool{}
	affiliation := false
	for _, k := range a.Contradictions {
		if k.Attribute == "time" {
			for _, other := range []string{may1.ID, may4.ID} {
				if slices.Contains(k.Claims, april.ID) && slices.Contains(k.Claims, other) &&
					slices.Contains(k.Values, "2021-04") && slices.Contains(k.Values, "2021-05") {
					clashes[other] = true
				}
			}
			if slices.Contains(k.Claims, may1.ID) && slices.Contains(k.Claims, may4.ID) {
				t.Errorf("001 and 004 both say May 2021 but were said to clash: %+v", k)
			}
		}
		if k.Attribute == "affiliation" {
			docs := []string{}
			for _, id := range k.Claims {
				for _, c := range a.Claims {
					if c.ID == id {
						docs = append(docs, seed[c.Doc])
					}
				}
			}
			vals := strings.Join(k.Values, " ")
			if slices.Contains(docs, "004") && strings.Contains(vals, "الأمن العسكري") && strings.Contains(vals, "الحرس الثوري") {
				affiliation = true
			}
		}
	}
	if !clashes[may1.ID] || !clashes[may4.ID] {
		t.Errorf("April (000) against May (001 %v, 004 %v) not both found", clashes[may1.ID], clashes[may4.ID])
	}
	if !affiliation {
		t.Error("the security branch said to answer to the IRGC in 004 is not found")
	}

	narrative := map[string]string{"000": "iran", "001": "iran", "004": "iran", "002": "western", "003": "state"}
	docNarr := func(id string) string { return narrative[seed[id]] }
	multi := 0
	for _, g := range a.ClaimGroups {
		seen := map[string]bool{}
		for _, id := range g.Claims {
			for _, c := range a.Claims {
				if c.ID == id {
					seen[docNarr(c.Doc)] = true
				}
			}
		}
		if len(g.Claims) > 1 {
			multi++
		}
		if len(seen) > 1 {
			t.Errorf("group %s joins narratives %v: %s", g.ID, seen, g.Reason)
		}
	}
	if multi == 0 {
		t.Error("no claim group of several reports: nothing to keep apart")
	}
	for _, s := range a.Stories {
		seen := map[string]bool{}
		for _, d := range s.Documents {
			seen[docNarr(d)] = true
		}
		if len(seen) > 1 {
			t.Errorf("story %s joins narratives %v", s.ID, seen)
		}
	}
}
