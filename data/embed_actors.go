package data

import "embed"

// Actors holds the actor lexicon: the region's armed groups, forces, agencies,
// governments, monitors, outlets, places and people with their aliases, and the
// small tables the linker reads (kinds, head nouns, titles, spelling variants).
// See actors/PROVENANCE.md.
//
//go:embed actors/*.txt
var Actors embed.FS
