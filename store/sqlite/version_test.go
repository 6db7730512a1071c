package sqlite

import (
	"context"
	"strings"
	"testing"
)

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

// TestOldSearchLayoutRefused: a store whose search index has the layout of
// a development build (no segments) is refused with a clear error.
func TestOldSearchLayoutRefused(t *testing.T) {
	s := openTemp(t)
	if _, err := s.write.Exec("DROP TABLE search_segments"); err != nil {
		t.Fatal(err)
	}
	path := s.Path()
	s.Close()
	s, err := Open(context.Background(), path)
	if err == nil {
		s.Close()
		t.Fatal("a store without search segments was opened")
	}
	if !strings.Contains(err.Error(), "make the store again") {
		t.Errorf("error %q does not say what to do", err)
	}
}
