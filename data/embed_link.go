package data

import "embed"

// Link holds the lexicons of cross-document story linking: place names and
// number words, word document frequencies of a reference corpus, and the
// sentences of a story's evidence in Arabic and English. See
// link/PROVENANCE.md.
//
//go:embed link/*.txt link/*.tsv link/df.bin.gz
var Link embed.FS
