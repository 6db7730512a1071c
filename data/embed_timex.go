package data

import "embed"

// Timex holds the time-expression lexicon: month names under every regional
// naming and calendar, and the trigger words of relative expressions. See
// timex/PROVENANCE.md.
//
//go:embed timex/*.tsv
var Timex embed.FS
