package sqlite

import (
	"context"
	"database/sql"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/isnad/isnad/store/migrations"
)

func TestOpenMigratesAndReopens(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "a store?#%.db") // characters a URI must escape
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	v, err := s.SchemaVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := latestMigration(t); v != want {
		t.Errorf("fresh store at schema version %d, want %d", v, want)
	}
	var mode string
	if err := s.read.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q (%v), want wal", mode, err)
	}
	var fk, sync int
	if err := s.write.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
		t.Errorf("foreign_keys = %d (%v), want 1", fk, err)
	}
	if err := s.write.QueryRowContext(ctx, "PRAGMA synchronous").Scan(&sync); err != nil || sync != 1 {
		t.Errorf("synchronous = %d (%v), want 1 (NORMAL)", sync, err)
	}
	put(t, s, doc("عنوان", "alriyadh", "2015-07-21", "نص أول عن الميليشيات"))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("the store is not at the path given: %v", err)
	}

	s, err = Open(ctx, path)
	if err != nil {
		t.Fatalf("reopening: %v", err)
	}
	defer s.Close()
	if v, err := s.SchemaVersion(ctx); err != nil || v != latestMigration(t) {
		t.Errorf("reopened store at schema version %d (%v), want %d", v, err, latestMigration(t))
	}
	if docs, indexed := count(t, s); docs != 1 || indexed != 1 {
		t.Errorf("reopened store holds %d documents, %d indexed; want 1, 1", docs, indexed)
	}
}

// latestMigration is the highest version among the embedded migrations.
func latestMigration(t *testing.T) int64 {
	t.Helper()
	names, err := fs.Glob(migrations.SQLite(), "*.sql")
	if err != nil || len(names) == 0 {
		t.Fatalf("listing the migrations: %v", err)
	}
	v, err := strconv.ParseInt(strings.SplitN(names[len(names)-1], "_", 2)[0], 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestOpenRefusesWhatIsNotAStore(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, content []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, content, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	foreign := filepath.Join(dir, "other.db")
	db, err := sql.Open("sqlite", foreign)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("CREATE TABLE invoices (n INTEGER)"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	// A store, then its header damaged.
	damaged := filepath.Join(dir, "damaged.db")
	s, err := Open(context.Background(), damaged)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	b, _ := os.ReadFile(damaged)
	copy(b[:16], "SQLite format 4\x00")
	write("damaged.db", b)
	// A store whose schema is newer than this build.
	newer := filepath.Join(dir, "newer.db")
	if s, err = Open(context.Background(), newer); err != nil {
		t.Fatal(err)
	}
	if _, err := s.write.Exec("INSERT INTO goose_db_version (version_id, is_applied) VALUES (99, 1)"); err != nil {
		t.Fatal(err)
	}
	s.Close()

	tests := []struct {
		name, path, want string
	}{
		{"text file", write("notes.txt", []byte("قال المسؤول إن القوات وصلت\n")), "not an SQLite database"},
		{"short file", write("short.db", []byte("SQL")), "not an SQLite database"},
		{"json", write("data.json", []byte(`[{"title": "x"}]`)), "not an SQLite database"},
		{"folder", dir, "folder"},
		{"another program's database", foreign, "another program"},
		{"damaged header", damaged, "not an SQLite database"},
		{"newer schema", newer, "newer than this isnad knows"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before, _ := os.ReadFile(tt.path)
			s, err := Open(context.Background(), tt.path)
			if err == nil {
				s.Close()
				t.Fatalf("Open(%s) succeeded", tt.path)
			}
			if !strings.Contains(err.Error(), tt.path) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Open error %q should name %s and say %q", err, tt.path, tt.want)
			}
			if after, _ := os.ReadFile(tt.path); tt.name != "newer schema" && string(after) != string(before) {
				t.Errorf("refused file %s was modified", tt.path)
			}
		})
	}
}

func TestOpenEmptyFileIsNewStore(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty.db")
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open(empty file) = %v", err)
	}
	s.Close()
}

func TestOpenNoPath(t *testing.T) {
	if _, err := Open(context.Background(), ""); err == nil {
		t.Error("Open(\"\") succeeded")
	}
}

func TestConnectionsHaveTheirCache(t *testing.T) {
	s := openTemp(t)
	for _, c := range []struct {
		db   *sql.DB
		want int
	}{{s.write, -writerCacheKiB}, {s.read, -readerCacheKiB}} {
		var got int
		if err := c.db.QueryRow("PRAGMA cache_size").Scan(&got); err != nil || got != c.want {
			t.Errorf("cache_size = %d (%v), want %d", got, err, c.want)
		}
	}
}
