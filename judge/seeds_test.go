package judge

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/internal/testenv"
	seedcorpus "github.com/isnad/isnad/judge/judgetest"
)

var seedOnce struct {
	sync.Once
	a   *export.Analysis
	err error
}

// seedAnalysis is the five seed articles through the single-document
// extractors, judged with the default tables. Shared across tests (read-only).
func seedAnalysis(t *testing.T) *export.Analysis {
	t.Helper()
	dir := testenv.Seeds(t)
	seedOnce.Do(func() {
		x, err := seedcorpus.Load()
		if err != nil {
			seedOnce.err = err
			return
		}
		a, err := x.Read(context.Background(), []string{dir})
		if err != nil {
			seedOnce.err = err
			return
		}
		rel, err := DefaultReliability()
		if err != nil {
			seedOnce.err = err
			return
		}
		seedOnce.err = New(rel, Options{}).Judge(context.Background(), a)
		seedOnce.a = a
	})
	if seedOnce.err != nil {
		t.Fatal(seedOnce.err)
	}
	return seedOnce.a
}

func claimByText(t *testing.T, a *export.Analysis, docPrefix, fragment string) export.Claim {
	t.Helper()
	for _, c := range a.Claims {
		if strings.Contains(c.Text, fragment) && strings.Contains(docSource(a, c.Doc), "/"+docPrefix+"_") {
			return c
		}
	}
	t.Fatalf("no claim of seed %s holds %q", docPrefix, fragment)
	return export.Claim{}
}

func docSource(a *export.Analysis, id string) string {
	for _, d := range a.Documents {
		if d.ID == id {
			return d.Source
		}
	}
	return ""
}

func groupOf(a *export.Analysis, claim string) export.ClaimGroup {
	for _, g := range a.ClaimGroups {
		for _, c := range g.Claims {
			if c == claim {
				return g
			}
		}
	}
	return export.ClaimGroup{}
}

// The "100 operations" claim of the Alhurra article (001) and of its
// rewrite (004) is one group behind one independent origin, and 004's
// unattributed copy inherits the chain down to the Observatory.
func TestSeedHundredOperationsOneOrigin(t *testing.T) {
	a := seedAnalysis(t)
	c1 := claimByText(t, a, "001", "100 عملية")
	c4 := claimByText(t, a, "004", "100 عملية")
	g := groupOf(a, c1.ID)
	if !slices.Contains(g.Claims, c4.ID) {
		t.Fatalf("001 and 004 '100 operations' claims not grouped: %+v", g)
	}
	if g.IndependentOrigins != 1 {
		t.Errorf("independent origins %d (%v), want 1", g.IndependentOrigins, g.Origins)
	}
	if !slices.Contains(g.Origins, "المرصد السوري لحقوق الإنسان") {
		t.Errorf("origins %v lack the Observatory", g.Origins)
	}
	for _, c := range a.Claims {
		if c.ID != c4.ID {
			continue
		}
		last := c.Chain[len(c.Chain)-1]
		if last.InheritedFrom != c1.Doc || last.Org != "المرصد السوري لحقوق الإنسان" {
			t.Errorf("004 chain not completed from 001: %+v", c.Chain)
		}
	}
	if g.Credibility < PossiblyTrue || g.Reason == "" {
		t.Errorf("a single-origin hedged claim graded %d: %s", g.Credibility, g.Reason)
	}
}

// The narratives of different origins are never one group: the Observatory
// (000/001/004), Sputnik's anonymous source (002), Sky News' leaks (003).
func TestSeedNarrativesApart(t *testing.T) {
	a := seedAnalysis(t)
	docOf := map[string]string{}
	for _, c := range a.Claims {
		s := docSource(a, c.Doc)
		docOf[c.ID] = s[strings.LastIndex(s, "/")+1:][:3]
	}
	multi := 0
	for _, g := range a.ClaimGroups {
		seen := map[string]bool{}
		for _, id := range g.Claims {
			seen[docOf[id]] = true
		}
		if len(seen) > 1 {
			multi++
		}
		if (seen["002"] || seen["003"]) && (seen["000"] || seen["001"] || seen["004"]) || seen["002"] && seen["003"] {
			t.Errorf("group %s joins narratives: %v %s", g.ID, seen, g.Reason)
		}
	}
	if multi == 0 {
		t.Error("no group joins documents: nothing to keep apart")
	}
}

// April 2021 (000) against May 2021 (001, 004) for the start of the
// contacts, and the security branch said to answer to the IRGC in 004.
func TestSeedContradictions(t *testing.T) {
	a := seedAnalysis(t)
	c0 := claimByText(t, a, "000", "نيسان/ أبريل")
	c1 := claimByText(t, a, "001", "في مايو من عام 2021")
	c4 := claimByText(t, a, "004", "أيار/مايو")
	var timeWith []string
	affiliation := 0
	for _, k := range a.Contradictions {
		if k.Attribute == "time" && slices.Contains(k.Claims, c0.ID) {
			timeWith = append(timeWith, k.Claims...)
			if !slices.Contains(k.Values, "2021-04") || !slices.Contains(k.Values, "2021-05") {
				t.Errorf("time values %v", k.Values)
			}
		}
		if k.Attribute == "time" && slices.Contains(k.Claims, c1.ID) && slices.Contains(k.Claims, c4.ID) {
			t.Errorf("001 and 004 agree on May 2021 but were said to contradict")
		}
		if v := strings.Join(k.Values, " "); k.Attribute == "affiliation" && strings.Contains(v, "الحرس الثوري") && strings.Contains(v, "الأمن العسكري") {
			affiliation++
		}
		if k.Attribute == "quantity" {
			t.Errorf("no figures of one count differ in the seeds: %+v", k)
		}
	}
	if !slices.Contains(timeWith, c1.ID) || !slices.Contains(timeWith, c4.ID) {
		t.Errorf("April (000) vs May (001, 004) not both found: %v", timeWith)
	}
	if affiliation == 0 {
		t.Errorf("the security branch's drift to the IRGC not found")
	}
	for _, g := range a.ClaimGroups {
		if !strings.HasPrefix(g.ID, "g:") || g.Credibility < 1 || g.Credibility > 6 || g.Reason == "" {
			t.Errorf("bad group %+v", g)
		}
	}
	if len(a.ClaimGroups) == 0 || countClaims(a.ClaimGroups) != len(a.Claims) {
		t.Errorf("every claim must be in exactly one group: %d claims in groups, %d claims", countClaims(a.ClaimGroups), len(a.Claims))
	}
}

func countClaims(gs []export.ClaimGroup) int {
	n := 0
	for _, g := range gs {
		n += len(g.Claims)
	}
	return n
}
