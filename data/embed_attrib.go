package data

import "embed"

// Attrib holds the attribution lexicons: cue words and phrases, hedges, head nouns of
// source phrases, titles, closed word lists and a fallback list of known sources.
//
//go:embed attrib/*.tsv attrib/*.txt
var Attrib embed.FS
