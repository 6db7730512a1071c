package intake

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/isnad/isnad/store"
	"github.com/isnad/isnad/store/sqlite"
)

// TestReliabilityOverrides: an analyst's letter replaces the shipped one
// for every spelling of the row, adds unknown sources, and sets a kind's
// default; without overrides the shipped table applies.
func TestReliabilityOverrides(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "isnad.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	type query struct {
		kind, name string
		want       byte
	}
	check := func(stage string, qs []query) {
		t.Helper()
		rel, err := Reliability(ctx, st, "")
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range qs {
			if got := rel.Of(q.kind, q.name).Letter; got != q.want {
				t.Errorf("%s: %s %q rated %c, want %c", stage, q.kind, q.name, got, q.want)
			}
		}
	}
	check("shipped", []query{{"agency", "رويترز", 'B'}, {"agency", "وكالة رويترز", 'B'}, {"person", "فلان", 'C'}, {"outlet", "موقع جديد", 'C'}})
	for _, o := range []store.SourceReliability{
		{Name: "وكالة رويترز;رويترز", Letter: "D"},
		{Name: "kind:person", Letter: "E"},
		{Name: "موقع جديد", Letter: "A", Note: "added"},
	} {
		if err := st.PutReliabilityOverride(ctx, o); err != nil {
			t.Fatal(err)
		}
	}
	check("overridden", []query{{"agency", "رويترز", 'D'}, {"agency", "وكالة رويترز", 'D'}, {"person", "فلان", 'E'}, {"outlet", "موقع جديد", 'A'}})
	if _, err := Reliability(ctx, st, filepath.Join(t.TempDir(), "missing.tsv")); err == nil {
		t.Error("a missing base table was accepted")
	}
}
