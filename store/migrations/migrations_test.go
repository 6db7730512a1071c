package migrations

import (
	"io/fs"
	"slices"
	"testing"
)

func TestSQLiteLayersAreOneFolder(t *testing.T) {
	names, err := fs.Glob(SQLite(), "*.sql")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"00001_documents.sql", "00002_document_terms_fts5.sql", "00003_analysis.sql", "00004_access.sql", "00005_read_paths.sql", "00006_search_postings.sql", "00007_jobs.sql"}
	if !slices.Equal(names, want) {
		t.Errorf("SQLite migrations = %q, want %q", names, want)
	}
	for _, n := range names {
		b, err := fs.ReadFile(SQLite(), n)
		if err != nil || len(b) == 0 {
			t.Errorf("reading %s: %d bytes, %v", n, len(b), err)
		}
	}
	if _, err := SQLite().Open("missing.sql"); err == nil {
		t.Error("opening a missing file succeeded")
	}
}
