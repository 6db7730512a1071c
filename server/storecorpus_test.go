package server

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"testing"

	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/internal/testenv"
	"github.com/isnad/isnad/pipeline"
	"github.com/isnad/isnad/store/sqlite"
)

// TestStoreCorpus: the analysis assembled from the store resolves every
// claim's and event's times and quantities as the in-memory analysis does,
// and brings back the saved corpus-level arrays.
func TestStoreCorpus(t *testing.T) {
	seeds := testenv.Seeds(t)
	seedsCache.once.Do(func() { seedsCache.a, seedsCache.err = analysedSeeds(seeds) })
	a, err := seedsCache.a, seedsCache.err
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "isnad.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	corpus := StoreCorpus(st)
	empty, err := corpus(ctx)
	if err != nil || len(empty.Documents) != 0 || empty.ClaimGroups == nil {
		t.Fatalf("empty store: %v, %+v", err, empty)
	}
	if _, err := st.PutAnalyzed(ctx, a.batch); err != nil {
		t.Fatal(err)
	}
	if err := pipeline.SaveResults(ctx, st, a.corpus); err != nil {
		t.Fatal(err)
	}
	got, err := corpus(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Documents) != len(a.corpus.Documents) || len(got.Claims) != len(a.corpus.Claims) || len(got.Events) != len(a.corpus.Events) {
		t.Fatalf("assembled %d documents, %d claims, %d events; want %d, %d, %d", len(got.Documents), len(got.Claims), len(got.Events),
			len(a.corpus.Documents), len(a.corpus.Claims), len(a.corpus.Events))
	}
	if len(got.ClaimGroups) != len(a.corpus.ClaimGroups) || len(got.Contradictions) != len(a.corpus.Contradictions) || len(got.Stories) != len(a.corpus.Stories) {
		t.Errorf("corpus results not brought back: %d groups, %d contradictions, %d stories", len(got.ClaimGroups), len(got.Contradictions), len(got.Stories))
	}
	// The reasons and evidence in every language come back with them.
	for _, g := range got.ClaimGroups {
		if g.ReasonByLang["ar"] == "" || g.ReasonByLang["en"] == "" {
			t.Errorf("group %s brought back without its reasons in both languages: %v", g.ID, g.ReasonByLang)
			break
		}
	}
	for _, st := range got.Stories {
		if st.EvidenceByLang["ar"] == "" || st.EvidenceByLang["en"] == "" {
			t.Errorf("story %s brought back without its evidence in both languages: %v", st.ID, st.EvidenceByLang)
			break
		}
	}
	times := func(an *export.Analysis) map[string][]string {
		out := map[string][]string{}
		for _, c := range an.Claims {
			for _, i := range c.Times {
				out[c.ID] = append(out[c.ID], an.Times[i].Doc+"|"+an.Times[i].Text)
			}
			for _, i := range c.Quantities {
				out[c.ID] = append(out[c.ID], an.Quantities[i].Doc+"|"+an.Quantities[i].Text)
			}
		}
		for _, e := range an.Events {
			if e.Time != nil {
				out[e.ID] = append(out[e.ID], an.Times[*e.Time].Doc+"|"+an.Times[*e.Time].Text)
			}
		}
		return out
	}
	want, have := times(a.corpus), times(got)
	if len(want) == 0 {
		t.Fatal("the seeds' claims have no times or quantities: nothing compared")
	}
	for id, w := range want {
		if h := have[id]; len(h) != len(w) || (len(w) > 0 && h[0] != w[0]) {
			t.Errorf("%s resolves to %v, want %v", id, h, w)
		}
	}
	// Chain completion is computed across documents and saved with the
	// corpus results: the assembled claims show the completed chains, each
	// inherited link naming its document.
	chains := map[string][]export.Link{}
	for _, c := range got.Claims {
		chains[c.ID] = c.Chain
	}
	inherited := 0
	for _, c := range a.corpus.Claims {
		for _, l := range c.Chain {
			if l.InheritedFrom != "" {
				inherited++
			}
		}
		wantJSON, _ := json.Marshal(c.Chain)
		gotJSON, _ := json.Marshal(chains[c.ID])
		if string(wantJSON) != string(gotJSON) {
			t.Errorf("claim %s chain %s, want the completed %s", c.ID, gotJSON, wantJSON)
		}
	}
	if inherited == 0 {
		t.Error("the seeds' corpus analysis has no inherited link: nothing compared")
	}
	// The API's claim card shows the completed chain.
	srv := httptest.NewServer(New(Config{Store: st, Corpus: corpus}))
	defer srv.Close()
	for _, c := range a.corpus.Claims {
		if len(c.Chain) == 0 || c.Chain[len(c.Chain)-1].InheritedFrom == "" {
			continue
		}
		resp, err := srv.Client().Get(srv.URL + "/api/claims/" + url.PathEscape(c.ID))
		if err != nil {
			t.Fatal(err)
		}
		var card ClaimCard
		err = json.NewDecoder(resp.Body).Decode(&card)
		resp.Body.Close()
		if err != nil || resp.StatusCode != http.StatusOK {
			t.Fatalf("GET claim %s: %d %v", c.ID, resp.StatusCode, err)
		}
		last := card.Claim.Chain[len(card.Claim.Chain)-1]
		if last.InheritedFrom != c.Chain[len(c.Chain)-1].InheritedFrom {
			t.Errorf("claim card %s chain %+v, want it completed from %s", c.ID, card.Claim.Chain, c.Chain[len(c.Chain)-1].InheritedFrom)
		}
		break
	}
	again, err := corpus(ctx)
	if err != nil || again != got {
		t.Errorf("a second call rebuilt the analysis though nothing was stored (%v)", err)
	}
}
