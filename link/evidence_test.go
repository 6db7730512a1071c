package link

import (
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
)

// A story's evidence comes in English and Arabic: the English one is
// Evidence, the Arabic one names the kind and the counts in Arabic.
func TestEvidenceInBothLanguages(t *testing.T) {
	arabicLetter := regexp.MustCompile(`\p{Arabic}`)
	englishWord := regexp.MustCompile(`[a-z]{4,}`)
	tests := []struct {
		name string
		pair PairEvidence
	}{
		{"rewrite", PairEvidence{A: "d:1", B: "d:2", Kind: Rewrite, Jaccard: 0.3, ACoverage: 0.5, BCoverage: 0.25,
			Passages: []Passage{{AStart: 0, AEnd: 10, BStart: 0, BEnd: 10, Sentences: 2}}}},
		{"same origin", PairEvidence{A: "d:1", B: "d:2", Kind: SameOrigin, Origin: "المرصد السوري"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Cluster([]PairEvidence{tt.pair})[0]
			en, ar := s.EvidenceByLang["en"], s.EvidenceByLang["ar"]
			if en != s.Evidence || !strings.HasPrefix(en, tt.pair.Kind+" of 2 documents") {
				t.Errorf("English evidence %q (Evidence %q)", en, s.Evidence)
			}
			if !arabicLetter.MatchString(ar) || englishWord.MatchString(ar) || strings.Contains(ar, "%!") {
				t.Errorf("Arabic evidence %q", ar)
			}
		})
	}
}

// A table whose languages take different verbs is refused.
func TestEvidenceTableVerbs(t *testing.T) {
	fsys := fstest.MapFS{"link/evidence.tsv": {Data: []byte("story\t%s of %d\t%s\n")}}
	if _, err := loadEvidenceTexts(fsys); err == nil {
		t.Error("a table with different verbs was accepted")
	}
}
