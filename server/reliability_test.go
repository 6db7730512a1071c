package server

import (
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/internal/intake"
)

type groupsAnswer struct {
	Items []export.ClaimGroup `json:"items"`
}

func groupsByID(t *testing.T, h *Handler) map[string]export.ClaimGroup {
	t.Helper()
	rec := call(t, h, "GET", "/api/groups?limit=500", "", "", nil)
	var g groupsAnswer
	if err := json.Unmarshal(rec.Body.Bytes(), &g); err != nil || rec.Code != 200 {
		t.Fatalf("groups: %d %s", rec.Code, rec.Body)
	}
	out := map[string]export.ClaimGroup{}
	for _, x := range g.Items {
		out[x.ID] = x
	}
	return out
}

// TestReliabilityEditChangesGrade: an analyst rates a claim group's origin
// E; the relink the edit starts gives the group a worse grade, and removing
// the edit gives the old grade back.
func TestReliabilityEditChangesGrade(t *testing.T) {
	_, a := newTestHandler(t) // the analysed seeds
	st := emptyStore(t)
	ctx := t.Context()
	if _, err := st.PutAnalyzed(ctx, a.batch); err != nil {
		t.Fatal(err)
	}
	if _, err := intake.Relink(ctx, st, "", intake.LinkOptions{}); err != nil {
		t.Fatal(err)
	}
	h := newHandler(t, st, Config{})
	before := groupsByID(t, h)
	// A group whose best origin is rated A-C grades 2 or 3; rated E it
	// cannot grade better than 4.
	var target export.ClaimGroup
	for _, g := range before {
		if (g.Credibility == 2 || g.Credibility == 3) && len(g.Origins) == 1 {
			target = g
			break
		}
	}
	if target.ID == "" {
		t.Fatal("no claim group of grade 2-3 with one origin in the seeds")
	}
	origin := target.Origins[0]

	rec := call(t, h, "PUT", "/api/reliability/"+url.PathEscape(origin), "", "application/json",
		strings.NewReader(`{"letter":"e","note":"test: distrusted"}`))
	if rec.Code != 202 {
		t.Fatalf("PUT reliability: %d %s", rec.Code, rec.Body)
	}
	var change reliabilityChange
	if err := json.Unmarshal(rec.Body.Bytes(), &change); err != nil {
		t.Fatal(err)
	}
	if change.Source.Letter != "E" || !change.Source.Overridden || change.Source.UpdatedBy != "local" || change.Job.Kind != "relink" {
		t.Errorf("answer %+v", change)
	}
	if j := waitJob(t, h, change.Job.ID); j.State != jobDone {
		t.Fatalf("relink %s: %s", j.State, j.Error)
	}
	after := groupsByID(t, h)[target.ID]
	if after.Credibility < 4 || after.Reason == target.Reason {
		t.Errorf("group of %s after rating it E: grade %d (%s), was %d (%s)", origin, after.Credibility, after.Reason, target.Credibility, target.Reason)
	}

	rec = call(t, h, "GET", "/api/reliability", "", "", nil)
	var list struct {
		Sources []SourceRating `json:"sources"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &list); err != nil || len(list.Sources) < 20 {
		t.Fatalf("reliability list: %d %s", rec.Code, rec.Body)
	}
	found := false
	for _, s := range list.Sources {
		if s.Name == origin {
			found = s.Letter == "E" && s.Overridden
		}
		if s.Name == "kind:anonymous" && (!s.Shipped || s.Letter != "F") {
			t.Errorf("shipped row %+v", s)
		}
	}
	if !found {
		t.Errorf("the list lacks %s rated E", origin)
	}

	rec = call(t, h, "DELETE", "/api/reliability/"+url.PathEscape(origin), "", "", nil)
	if rec.Code != 202 {
		t.Fatalf("DELETE reliability: %d %s", rec.Code, rec.Body)
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &change); err != nil {
		t.Fatal(err)
	}
	waitJob(t, h, change.Job.ID)
	if back := groupsByID(t, h)[target.ID]; back.Credibility != target.Credibility {
		t.Errorf("after removing the edit: grade %d, want %d again", back.Credibility, target.Credibility)
	}
	if rec := call(t, h, "DELETE", "/api/reliability/"+url.PathEscape(origin), "", "", nil); rec.Code != 404 {
		t.Errorf("removing it twice: %d, want 404", rec.Code)
	}
}

// TestReliabilityEditRefusals: letters other than A-F, names or notes that
// would break the table, and bodies that are not the JSON expected.
func TestReliabilityEditRefusals(t *testing.T) {
	h := newHandler(t, emptyStore(t), Config{})
	for _, tt := range []struct {
		name, ct, body string
		want           int
	}{
		{"x", "application/json", `{"letter":"G"}`, 400},
		{"x", "application/json", `{"letter":""}`, 400},
		{"x", "application/json", `{"letter":"A","note":"two\nlines"}`, 400},
		{"a%09b", "application/json", `{"letter":"A"}`, 400},
		{"%23comment", "application/json", `{"letter":"A"}`, 400},
		{"x", "application/json", `{"letter":"A","extra":1}`, 400},
		{"x", "application/json", `{"letter":"A"} {}`, 400},
		{"x", "application/json", `not json`, 400},
		{"x", "text/plain", `{"letter":"A"}`, 415},
	} {
		rec := call(t, h, "PUT", "/api/reliability/"+tt.name, "", tt.ct, strings.NewReader(tt.body))
		if rec.Code != tt.want {
			t.Errorf("PUT %s %s: %d %s, want %d", tt.name, tt.body, rec.Code, rec.Body, tt.want)
		}
	}
	overrides, err := h.s.cfg.Store.ReliabilityOverrides(t.Context())
	if err != nil || len(overrides) != 0 {
		t.Errorf("refused edits left %v (%v)", overrides, err)
	}
}

// TestReliabilityNotesInLanguage: the table's notes come in the language
// asked (the fourth column is the Arabic note); a user's table of three
// columns gives its one note in either language.
func TestReliabilityNotesInLanguage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mine.tsv")
	table := "kind:anonymous\tF\tunnamed\tمجهول\nالحرة\tC\tUS-funded\n"
	if err := os.WriteFile(path, []byte(table), 0o644); err != nil {
		t.Fatal(err)
	}
	h := newHandler(t, emptyStore(t), Config{ReliabilityPath: path})
	tests := []struct {
		query, name, want string
	}{
		{"?lang=en", "kind:anonymous", "unnamed"},
		{"?lang=ar", "kind:anonymous", "مجهول"},
		{"", "kind:anonymous", "مجهول"}, // Arabic unless asked
		{"?lang=ar", "الحرة", "US-funded"},
		{"?lang=en", "الحرة", "US-funded"},
	}
	for _, tt := range tests {
		rec := call(t, h, "GET", "/api/reliability"+tt.query, "", "", nil)
		var list struct {
			Sources []SourceRating `json:"sources"`
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &list); err != nil || rec.Code != 200 {
			t.Fatalf("%s: %d %s", tt.query, rec.Code, rec.Body)
		}
		got := map[string]SourceRating{}
		for _, s := range list.Sources {
			got[s.Name] = s
		}
		if s := got[tt.name]; s.Note != tt.want || s.DefaultNote != tt.want {
			t.Errorf("%s %s: note %q, default %q, want %q", tt.query, tt.name, s.Note, s.DefaultNote, tt.want)
		}
	}
	if rec := call(t, h, "GET", "/api/reliability?lang=fr", "", "", nil); rec.Code != 400 {
		t.Errorf("lang=fr: %d, want 400", rec.Code)
	}
}
