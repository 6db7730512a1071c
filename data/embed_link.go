package data

import "embed"

// Link holds the lexicons of cross-document story linking: place names and
// number words, and word document frequencies of a reference corpus. See
// link/PROVENANCE.md.
//
//go:embed link/*.txt link/df.bin.gz
var Link embed.FS
