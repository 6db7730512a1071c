package data

import "embed"

// Judge holds the tables of claim judging: the user-editable source
// reliability defaults, antonyms and function words for comparing claims,
// and the weights of the contradiction classifier. See judge/PROVENANCE.md.
//
//go:embed judge/*.tsv judge/*.txt
var Judge embed.FS
