package ner

import "testing"

func TestEvidenceFeatureIsHash1(t *testing.T) {
	for _, tc := range []struct{ prefix, label string }{
		{"t-1:", "PER"}, {"g:", "LOC"}, {"g-1:", "ORG"}, {"g+1:", "MISC"}, {"p:", "B-LOC"}, {"", "kunya"}, {"", ""},
	} {
		if got, want := evidenceFeature(tc.prefix, tc.label), hash1(tDocEvidence, tc.prefix+tc.label); got != want {
			t.Errorf("evidenceFeature(%q, %q) = %x, want hash1 %x", tc.prefix, tc.label, got, want)
		}
	}
}
