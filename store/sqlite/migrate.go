package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/pressly/goose/v3"

	"github.com/isnad/isnad/store/migrations"
)

// versionTable is where goose records the schema version.
const versionTable = "goose_db_version"

func newProvider(db *sql.DB) (*goose.Provider, error) {
	p, err := goose.NewProvider(goose.DialectSQLite3, db, migrations.SQLite(),
		goose.WithDisableGlobalRegistry(true),
		goose.WithTableName(versionTable),
	)
	if err != nil {
		return nil, fmt.Errorf("loading the schema migrations: %w", err)
	}
	return p, nil
}

// migrate applies the migrations the file lacks. A file whose schema is newer
// than this build knows is refused rather than used half-understood.
func migrate(ctx context.Context, db *sql.DB) error {
	p, err := newProvider(db)
	if err != nil {
		return err
	}
	current, target, err := p.GetVersions(ctx)
	if err != nil {
		return fmt.Errorf("reading the schema version: %w", err)
	}
	if current > target {
		return fmt.Errorf("the store's schema version %d is newer than this isnad knows (%d): use a newer isnad", current, target)
	}
	if current == target {
		return nil
	}
	if _, err := p.Up(ctx); err != nil {
		return fmt.Errorf("migrating the schema from version %d to %d: %w", current, target, err)
	}
	return nil
}

// SchemaVersion is the version of the store's schema.
func (s *Store) SchemaVersion(ctx context.Context) (int64, error) {
	p, err := newProvider(s.write)
	if err != nil {
		return 0, err
	}
	v, err := p.GetDBVersion(ctx)
	if err != nil {
		return 0, fmt.Errorf("reading the schema version of %s: %w", s.path, err)
	}
	return v, nil
}
