package server

import (
	"fmt"
	"net/http"
	"testing"
)

// TestClaimCard: a claim of a group comes with the group, its grade and
// reason, and the group's other reports; every claim's card opens.
func TestClaimCard(t *testing.T) {
	srv, a := newTestServer(t)
	if len(a.corpus.ClaimGroups) == 0 {
		t.Fatal("the seeds gave no claim group: nothing to test")
	}
	biggest := a.corpus.ClaimGroups[0]
	for _, g := range a.corpus.ClaimGroups {
		if len(g.Claims) > len(biggest.Claims) {
			biggest = g
		}
	}
	var card struct {
		Claim struct {
			ID          string `json:"id"`
			Group       string `json:"group"`
			Credibility int    `json:"credibility"`
			Chain       []any  `json:"chain"`
		} `json:"claim"`
		Group *struct {
			ID          string `json:"id"`
			Credibility int    `json:"credibility"`
			Reason      string `json:"reason"`
		} `json:"group"`
		Others []struct {
			ID string `json:"id"`
		} `json:"others"`
	}
	id := biggest.Claims[0]
	// The fixture's reasons were written in English: ask for them in it
	// (the API's default is Arabic).
	decodeInto(t, get(t, srv, "/api/claims/"+id+"?lang=en"), &card)
	if card.Claim.ID != id || card.Claim.Group != biggest.ID || card.Group == nil || card.Group.ID != biggest.ID {
		t.Fatalf("card of %s: claim %q in group %q, want group %s", id, card.Claim.ID, card.Claim.Group, biggest.ID)
	}
	if card.Claim.Credibility != biggest.Credibility || card.Group.Reason != biggest.Reason {
		t.Errorf("grade %d reason %q, want %d %q", card.Claim.Credibility, card.Group.Reason, biggest.Credibility, biggest.Reason)
	}
	if len(card.Others) != len(biggest.Claims)-1 {
		t.Errorf("%d other reports, want %d", len(card.Others), len(biggest.Claims)-1)
	}
	for _, o := range card.Others {
		if o.ID == id {
			t.Errorf("the claim is listed among its own group's other reports")
		}
	}
	if card.Claim.Chain == nil {
		t.Error("chain is null, want a list")
	}
	for _, c := range a.corpus.Claims {
		if resp := get(t, srv, "/api/claims/"+c.ID); resp.StatusCode != http.StatusOK {
			t.Errorf("claim %s: status %d", c.ID, resp.StatusCode)
		}
	}
}

// TestGradeFilter: ?grade=N lists exactly the claims whose group has
// credibility N.
func TestGradeFilter(t *testing.T) {
	srv, a := newTestServer(t)
	want := map[int]int{}
	for _, g := range a.corpus.ClaimGroups {
		want[g.Credibility] += len(g.Claims)
	}
	for grade := 1; grade <= 6; grade++ {
		var page struct{ Total int }
		decodeInto(t, get(t, srv, fmt.Sprintf("/api/claims?grade=%d", grade)), &page)
		if page.Total != want[grade] {
			t.Errorf("grade %d: %d claims, want %d", grade, page.Total, want[grade])
		}
		var groups struct{ Total int }
		decodeInto(t, get(t, srv, fmt.Sprintf("/api/groups?grade=%d", grade)), &groups)
		n := 0
		for _, g := range a.corpus.ClaimGroups {
			if g.Credibility == grade {
				n++
			}
		}
		if groups.Total != n {
			t.Errorf("grade %d: %d groups, want %d", grade, groups.Total, n)
		}
	}
}
