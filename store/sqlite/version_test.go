package sqlite

import "testing"

// TestDataVersion: the version changes when a document is stored and when
// corpus results are saved, and only then.
func TestDataVersion(t *testing.T) {
	s := openTemp(t)
	ctx := t.Context()
	version := func() string {
		v, err := s.DataVersion(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	v0 := version()
	if version() != v0 {
		t.Fatal("the version changed with nothing stored")
	}
	put(t, s, doc("بيان", "outlet", "2024-01-02", "نص البيان"))
	v1 := version()
	if v1 == v0 {
		t.Error("storing a document left the version as it was")
	}
	if err := s.PutCorpusResults(ctx, "stories", []byte("[]")); err != nil {
		t.Fatal(err)
	}
	if version() == v1 {
		t.Error("saving corpus results left the version as it was")
	}
}
