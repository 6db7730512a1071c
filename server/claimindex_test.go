package server

import (
	"fmt"
	"slices"
	"testing"

	"github.com/isnad/isnad/internal/testenv"
	"github.com/isnad/isnad/store"
)

// TestClaimIndexMatchesWalk: for every combination of filters, the claim
// index gives exactly the claims a test of every claim finds, newest first.
func TestClaimIndexMatchesWalk(t *testing.T) {
	seeds := testenv.Seeds(t)
	seedsCache.once.Do(func() { seedsCache.a, seedsCache.err = analysedSeeds(seeds) })
	if seedsCache.err != nil {
		t.Fatal(seedsCache.err)
	}
	// Three copies, dated apart, so that date ranges cut the list.
	a := scaledCorpus(seedsCache.a.corpus, 3)
	for i := range a.Documents {
		if i%4 == 3 {
			a.Documents[i].Published = nil
			continue
		}
		day := fmt.Sprintf("2024-03-%02d", 1+i%9)
		a.Documents[i].Published = &day
	}
	x := newCorpusIndex(a)
	var actor, outlet string
	for _, c := range a.Claims {
		if len(c.Entities) > 0 && actor == "" {
			actor = c.Entities[0]
		}
	}
	for _, d := range a.Documents {
		if d.Outlet != nil {
			outlet = *d.Outlet
			break
		}
	}
	grade := 0
	for _, g := range a.ClaimGroups {
		grade = max(grade, g.Credibility)
	}
	if actor == "" || outlet == "" || grade == 0 {
		t.Fatalf("the seeds lack an actor (%q), an outlet (%q) or a grade (%d): nothing to test", actor, outlet, grade)
	}
	var cases []filters
	for _, act := range []string{"", actor, "e:nobody"} {
		for _, gr := range []int{0, grade} {
			for _, out := range []string{"", outlet} {
				for _, dates := range [][2]string{{"", ""}, {"2024-03-03", ""}, {"", "2024-03-05"}, {"2024-03-02", "2024-03-04"}, {"2030-01-01", ""}} {
					cases = append(cases, filters{Filter: store.Filter{Outlet: out, From: dates[0], To: dates[1]}, Actor: act, Grade: gr})
				}
			}
		}
	}
	nonEmpty := 0
	for _, f := range cases {
		var want []string
		for i := range a.Claims {
			if x.claimMatches(f, &a.Claims[i]) {
				want = append(want, a.Claims[i].ID)
			}
		}
		ci := &x.claimList
		list, exact := ci.candidates(f)
		var got []string
		last := "9999"
		for _, p := range list {
			if !exact && !ci.matches(f, p) {
				continue
			}
			got = append(got, ci.rows[p].claim.ID)
			if pub := ci.rows[p].published; pub > last {
				t.Errorf("%+v: %s (%s) after a claim of %s: not newest first", f, ci.rows[p].claim.ID, pub, last)
			}
			last = ci.rows[p].published
		}
		if !sameSet(got, want) {
			t.Errorf("%+v: index gives %d claims, the walk %d", f, len(got), len(want))
		}
		if len(want) > 0 {
			nonEmpty++
		}
	}
	if nonEmpty < len(cases)/3 {
		t.Errorf("only %d of %d filter combinations match anything: the test shows little", nonEmpty, len(cases))
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	seen := map[string]int{}
	for _, s := range a {
		seen[s]++
	}
	for _, s := range b {
		seen[s]--
	}
	for _, n := range seen {
		if n != 0 {
			return false
		}
	}
	return true
}

// TestUnfilteredListsMatchWalk: the group and contradiction lists kept for
// unfiltered listings (and groups by grade) hold what a test of every one
// finds.
func TestUnfilteredListsMatchWalk(t *testing.T) {
	seeds := testenv.Seeds(t)
	seedsCache.once.Do(func() { seedsCache.a, seedsCache.err = analysedSeeds(seeds) })
	if seedsCache.err != nil {
		t.Fatal(seedsCache.err)
	}
	a := scaledCorpus(seedsCache.a.corpus, 2)
	a.Claims = a.Claims[:len(a.Claims)*3/4] // some groups lose every claim
	x := newCorpusIndex(a)
	for grade := 0; grade <= 6; grade++ {
		want := 0
		for _, g := range a.ClaimGroups {
			if (grade == 0 || g.Credibility == grade) && slices.ContainsFunc(g.Claims, func(id string) bool { return x.claims[id] != nil }) {
				want++
			}
		}
		if got := len(x.groupsListed[grade]); got != want {
			t.Errorf("grade %d: %d groups listed, want %d", grade, got, want)
		}
	}
	want := 0
	for _, c := range a.Contradictions {
		if slices.ContainsFunc(c.Claims, func(id string) bool { return x.claims[id] != nil }) {
			want++
		}
	}
	if got := len(x.contradictionsListed); got != want || want == 0 {
		t.Errorf("%d contradictions listed, want %d (and more than 0)", got, want)
	}
	if len(x.groupsListed[0]) == len(a.ClaimGroups) {
		t.Error("no group lost all its claims: the test shows nothing")
	}
}
