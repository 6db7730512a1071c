package data

import "embed"

// Events holds the event triggers: verbs and verbal nouns of meetings, agreements,
// supply, attacks, killings, releases, transfers and announcements.
//
//go:embed events/*.tsv
var Events embed.FS
