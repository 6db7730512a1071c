package link

import (
	"fmt"
	"io/fs"
	"strings"
	"sync"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/internal/sentences"
)

// evidenceLanguages are the languages of data/link/evidence.tsv, in its
// column order.
var evidenceLanguages = []string{"en", "ar"}

// evidenceTexts is the embedded table, read once; it never changes after.
var evidenceTexts = sync.OnceValues(func() (map[string]map[string]string, error) {
	return loadEvidenceTexts(data.Link)
})

// evidence writes the story's reason for an analyst in every language of
// the table: its kind and size, then the strongest pair with its passages
// and coverage. The first result is the English one (Story.Evidence).
func evidence(s Story) (string, map[string]string) {
	all, err := evidenceTexts()
	if err != nil {
		panic(err) // the embedded table is broken: a build defect the tests catch
	}
	by := make(map[string]string, len(all))
	for lang, t := range all {
		by[lang] = evidenceIn(t, s)
	}
	return by["en"], by
}

func evidenceIn(t map[string]string, s Story) string {
	var b strings.Builder
	kind := s.Kind
	if k, ok := t["kind_"+s.Kind]; ok {
		kind = k
	}
	fmt.Fprintf(&b, t["story"], kind, len(s.Documents), len(s.Pairs))
	best := -1
	for i, p := range s.Pairs {
		if best < 0 || len(p.Passages) > len(s.Pairs[best].Passages) {
			best = i
		}
	}
	if best >= 0 {
		p := s.Pairs[best]
		switch p.Kind {
		case SameOrigin:
			fmt.Fprintf(&b, t["credit"], p.A, p.B, p.Origin)
		default:
			sents := 0
			for _, ps := range p.Passages {
				sents += ps.Sentences
			}
			fmt.Fprintf(&b, t["share"], p.A, p.B, len(p.Passages), sents, 100*p.ACoverage, p.A, 100*p.BCoverage, p.B, p.Jaccard)
		}
	}
	return b.String()
}

// evidenceKeys are the sentences evidence writes with; a table lacking one
// is refused.
var evidenceKeys = []string{"story", "credit", "share", "kind_" + Syndication, "kind_" + Rewrite, "kind_" + SameOrigin}

// loadEvidenceTexts reads link/evidence.tsv of fsys: key, English, Arabic
// (the format of internal/sentences; a leading "; " joins a sentence to the
// one before).
func loadEvidenceTexts(fsys fs.FS) (map[string]map[string]string, error) {
	const name = "link/evidence.tsv"
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return sentences.Parse(name, b, evidenceLanguages, evidenceKeys)
}
