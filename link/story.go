package link

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"github.com/isnad/isnad/link/align"
)

// Kinds of story links, strongest first.
const (
	Syndication = "syndication" // nearly identical texts
	Rewrite     = "rewrite"     // shared passages inside reworded text
	SameOrigin  = "same-origin" // a common credited origin without shared wording
)

// kindRank orders kinds from weakest to strongest link.
func kindRank(k string) int {
	switch k {
	case Syndication:
		return 3
	case Rewrite:
		return 2
	case SameOrigin:
		return 1
	}
	return 0
}

// Passage is a stretch of A aligned with a stretch of B (code points).
type Passage = align.Passage

// PairEvidence is why two documents are in one story.
type PairEvidence struct {
	A, B        string
	Kind        string
	Jaccard     float64 // estimated shingle Jaccard
	Containment float64 // estimated share of the smaller text in the larger
	RareShared  float64 // share of rare words in common (see align.Result)
	Anchored    int     // aligned sentences sharing a rare word or figure
	Conflicts   int     // sentences alike in wording that name other figures, places or names
	ACoverage   float64 // share of A's sentences aligned with B
	BCoverage   float64 // share of B's sentences aligned with A
	Passages    []Passage
	Origin      string // the shared credited origin, for same-origin pairs
}

// Story is a set of documents that are one story: copies, rewrites or
// retellings of one origin. Kind is the weakest link on the verified pairs
// that join it (a syndicated pair inside a story joined by a rewrite makes
// a rewrite story); each pair keeps its own kind.
type Story struct {
	ID             string // "s:" + digest of the sorted member ids
	Documents      []string
	Kind           string
	Evidence       string            // in English
	EvidenceByLang map[string]string // in every language of data/link/evidence.tsv
	Pairs          []PairEvidence
}

// StoryID derives a story's id from its members' ids, in any order.
func StoryID(docs []string) string {
	sorted := append([]string(nil), docs...)
	sortStrings(sorted)
	sum := sha256.Sum256([]byte(strings.Join(sorted, "\n")))
	return "s:" + hex.EncodeToString(sum[:8])
}
