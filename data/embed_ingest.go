package data

import "embed"

// Ingest holds the ingest stage's lexicons: page-chrome phrases, news outlets
// and agencies, month names and the place names of bylines and menus.
//
//go:embed ingest/*.txt ingest/*.tsv
var Ingest embed.FS
