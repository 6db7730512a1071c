package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
)

func openTemp(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "isnad.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// doc is a document as ingest would make it from text.
func doc(title, outlet, published, text string) isnad.Document {
	display := arabic.Display(text).Text
	return isnad.Document{
		ID:        isnad.DocumentID(arabic.Fold(display)),
		Source:    "test",
		Outlet:    outlet,
		Published: published,
		Language:  "ar",
		Title:     title,
		Text:      display,
	}
}

func put(t testing.TB, s *Store, docs ...isnad.Document) {
	t.Helper()
	if _, err := s.Put(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
}

func count(t testing.TB, s *Store) (docs, indexed int) {
	t.Helper()
	ctx := context.Background()
	if err := s.read.QueryRowContext(ctx, "SELECT count(*) FROM documents").Scan(&docs); err != nil {
		t.Fatal(err)
	}
	if err := s.read.QueryRowContext(ctx, "SELECT count(*) FROM document_terms").Scan(&indexed); err != nil {
		t.Fatal(err)
	}
	return docs, indexed
}
