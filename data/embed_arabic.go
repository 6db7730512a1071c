package data

import "embed"

// Arabic holds the lexicons of the Arabic text core: abbreviations that a
// period does not end a sentence after, and words that clitic segmentation
// must leave whole. See arabic/PROVENANCE.md.
//
//go:embed arabic/*.txt
var Arabic embed.FS
