// Package migrations holds the schema of isnad's store as goose migrations
// embedded in the binary.
//
// portable/ is SQL that SQLite and PostgreSQL both accept; each dialect folder
// (sqlite/ today, postgres/ later) holds the migrations that cannot be
// portable, such as the full-text index (FTS5 in SQLite). Versions are one
// sequence over all folders: a dialect-specific version is a file in every
// dialect folder, and no number is used twice.
//
// Portable means: types TEXT, INTEGER, BOOLEAN and DOUBLE PRECISION only;
// natural keys (no auto-increment, which the two spell differently); upserts
// as INSERT … ON CONFLICT (…) DO UPDATE/NOTHING with excluded.*; no reserved
// words as column names ("end" is span_end). The statements the store sends
// follow the same rules (window functions such as count(*) OVER () and
// row-value IN are in both), with ? placeholders that a PostgreSQL backend
// rewrites to $n; one multi-row upsert never names the same key twice.
package migrations

import (
	"embed"
	"fmt"
	"io/fs"
)

//go:embed portable/*.sql sqlite/*.sql
var files embed.FS

// SQLite is the migrations for the SQLite store: the portable ones and the
// SQLite-specific ones, as one flat folder for goose.
func SQLite() fs.FS {
	return mustLayers("portable", "sqlite")
}

func mustLayers(dirs ...string) fs.FS {
	var u union
	for _, d := range dirs {
		sub, err := fs.Sub(files, d)
		if err != nil {
			// The folders are embedded at build time; failing here is a build defect.
			panic(fmt.Sprintf("migrations folder %s: %v", d, err))
		}
		u = append(u, sub)
	}
	return u
}
