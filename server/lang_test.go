package server

import (
	"encoding/json"
	"net/http"
	"net/url"
	"regexp"
	"testing"

	"github.com/isnad/isnad/export"
)

var (
	docIDs        = regexp.MustCompile(`d:[0-9a-f]+`)
	englishWord   = regexp.MustCompile(`[A-Za-z]{3,}`)
	arabicLetters = regexp.MustCompile(`\p{Arabic}`)
)

// inLanguageOf reports whether s reads as written in lang: an English one
// holds English words, an Arabic one Arabic letters and no English word
// (document ids aside).
func inLanguageOf(s, lang string) bool {
	s = docIDs.ReplaceAllString(s, "")
	if lang == "en" {
		return englishWord.MatchString(s)
	}
	return arabicLetters.MatchString(s) && !englishWord.MatchString(s)
}

// TestReasonsInLanguage: groups', contradictions' and claims' reasons and
// stories' evidence come in the language asked by ?lang, else by
// Accept-Language, else Arabic; another ?lang is refused.
func TestReasonsInLanguage(t *testing.T) {
	srv, a := newTestServer(t)
	if len(a.corpus.ClaimGroups) == 0 || len(a.corpus.Contradictions) == 0 || len(a.corpus.Stories) == 0 {
		t.Fatal("the seeds have no groups, contradictions or stories: nothing to check")
	}
	var claimID string
	for _, c := range a.corpus.Contradictions {
		claimID = c.Claims[0]
		break
	}
	tests := []struct {
		name, query, accept, want string
	}{
		{"default", "", "", "ar"},
		{"asked en", "lang=en", "", "en"},
		{"asked ar", "lang=ar", "en", "ar"},
		{"accept en", "", "en-GB,en;q=0.9", "en"},
		{"accept fr then en", "", "fr-FR, en;q=0.5", "en"},
		{"accept fr only", "", "fr", "ar"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fetch := func(path string, v any) {
				t.Helper()
				u := srv.URL + path
				if tt.query != "" {
					u += "&" + tt.query
				}
				req, _ := http.NewRequest(http.MethodGet, u, nil)
				if tt.accept != "" {
					req.Header.Set("Accept-Language", tt.accept)
				}
				resp, err := srv.Client().Do(req)
				if err != nil {
					t.Fatal(err)
				}
				defer resp.Body.Close()
				decodeInto(t, resp, v)
			}
			check := func(what, s string, by map[string]string) {
				t.Helper()
				if s == "" || s != by[tt.want] || !inLanguageOf(s, tt.want) {
					t.Errorf("%s %q, want the %s one %q", what, s, tt.want, by[tt.want])
				}
			}
			var groups listing[GroupView]
			fetch("/api/groups?limit=200", &groups)
			for _, g := range groups.Items {
				check("group reason", g.Reason, g.ReasonByLang)
				for _, r := range g.Reports {
					check("report reason", r.Reason, g.ReasonByLang)
				}
			}
			var contras listing[ContradictionView]
			fetch("/api/contradictions?limit=200", &contras)
			for _, c := range contras.Items {
				check("contradiction reason", c.Reason, c.ReasonByLang)
			}
			var stories listing[export.Story]
			fetch("/api/stories?limit=200", &stories)
			for _, s := range stories.Items {
				check("story evidence", s.Evidence, s.EvidenceByLang)
			}
			if len(groups.Items) == 0 || len(contras.Items) == 0 || len(stories.Items) == 0 {
				t.Fatalf("listed %d groups, %d contradictions, %d stories", len(groups.Items), len(contras.Items), len(stories.Items))
			}
			var card ClaimCard
			fetch("/api/claims/"+url.PathEscape(claimID)+"?x=1", &card)
			if card.Group != nil {
				check("card group reason", card.Group.Reason, card.Group.ReasonByLang)
				check("card claim reason", card.Claim.Reason, card.Group.ReasonByLang)
			}
			for _, c := range card.Contradictions {
				check("card contradiction reason", c.Reason, c.ReasonByLang)
			}
			var doc DocumentView
			fetch("/api/documents/"+url.PathEscape(a.corpus.Stories[0].Documents[0])+"?x=1", &doc)
			for _, s := range doc.Stories {
				check("document story evidence", s.Evidence, s.EvidenceByLang)
			}
		})
	}
	resp := get(t, srv, "/api/groups?lang=fr")
	if resp.StatusCode != http.StatusBadRequest {
		t.Errorf("?lang=fr: status %d, want 400", resp.StatusCode)
	}
}

// TestDocumentCompletedChain: the reader's document view shows a claim's
// chain completed from another document, as the claim card does, in its
// analysis and in its claims, the inherited links naming their document.
func TestDocumentCompletedChain(t *testing.T) {
	srv, a := newTestServer(t)
	var want *export.Claim
	for i, c := range a.corpus.Claims {
		if len(c.Chain) > 0 && c.Chain[len(c.Chain)-1].InheritedFrom != "" {
			want = &a.corpus.Claims[i]
			break
		}
	}
	if want == nil {
		t.Fatal("no claim of the seeds has an inherited link: nothing to check")
	}
	var v DocumentView
	decodeInto(t, get(t, srv, "/api/documents/"+url.PathEscape(want.Doc)), &v)
	wantJSON, _ := json.Marshal(want.Chain)
	found := 0
	for _, c := range v.Claims {
		if c.ID == want.ID {
			found++
			if got, _ := json.Marshal(c.Chain); string(got) != string(wantJSON) {
				t.Errorf("document claim %s chain %s, want the completed %s", c.ID, got, wantJSON)
			}
		}
	}
	if v.Analysis != nil {
		for _, c := range v.Analysis.Claims {
			if c.ID == want.ID {
				found++
				if got, _ := json.Marshal(c.Chain); string(got) != string(wantJSON) {
					t.Errorf("document analysis claim %s chain %s, want the completed %s", c.ID, got, wantJSON)
				}
			}
		}
	}
	if found != 2 {
		t.Errorf("claim %s found %d times in the document view, want in its claims and its analysis", want.ID, found)
	}
}
