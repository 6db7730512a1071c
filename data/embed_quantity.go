package data

import "embed"

// Quantity holds the quantity lexicon: number words, multipliers, vague
// counts, approximation and bound cues, and counted-noun normalisation. See
// quantity/PROVENANCE.md.
//
//go:embed quantity/*.tsv
var Quantity embed.FS
