package data

import "embed"

// Link holds the lexicons of cross-document story linking: place names and
// number words. See link/PROVENANCE.md.
//
//go:embed link/*.txt
var Link embed.FS
