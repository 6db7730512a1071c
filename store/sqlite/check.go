package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
)

// sqliteHeader opens every SQLite database file.
var sqliteHeader = []byte("SQLite format 3\x00")

// checkFile refuses, by reading only, a path that cannot be a store: a
// folder, or a non-empty file that does not start as an SQLite database
// does. A missing or empty file is a new store.
func checkFile(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("opening the store %s: %w", path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return fmt.Errorf("opening the store %s: %w", path, err)
	}
	if info.IsDir() {
		return fmt.Errorf("opening the store %s: it is a folder, not a file", path)
	}
	if info.Size() == 0 {
		return nil
	}
	head := make([]byte, len(sqliteHeader))
	if _, err := io.ReadFull(f, head); err != nil || !bytes.Equal(head, sqliteHeader) {
		return fmt.Errorf("opening the store %s: not an isnad store (the file is not an SQLite database)", path)
	}
	return nil
}

// checkSchemaOwner refuses an SQLite database that holds tables but was not
// made by isnad (no goose version table): migrating it would mix isnad's
// tables into another program's data. It also surfaces a damaged file, as
// reading the schema is the first thing that touches its pages.
func checkSchemaOwner(ctx context.Context, db *sql.DB) error {
	var tables, versionTables int
	err := db.QueryRowContext(ctx, `
		SELECT count(*), count(CASE WHEN name = ? THEN 1 END)
		FROM sqlite_schema WHERE type = 'table'`, versionTable).Scan(&tables, &versionTables)
	if err != nil {
		return fmt.Errorf("reading the schema (is the file damaged?): %w", err)
	}
	if tables > 0 && versionTables == 0 {
		return fmt.Errorf("not an isnad store: an SQLite database with %d tables of another program", tables)
	}
	return nil
}
