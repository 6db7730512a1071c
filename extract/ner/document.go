package ner

import (
	"slices"
	"unicode/utf8"
)

// documentEvidence gathers, for every word of a document, what its mentions
// show: a title before it, a place preposition, a gazetteer entry around it.
// A later bare "أنان" is then tagged with what "الأمين العام كوفي أنان"
// showed earlier, and "البنك التجاري" keeps one type across an article.
type documentEvidence struct {
	counts map[string]map[string]int // clitic-stripped word → evidence → mentions
}

// evidenceOf lists the evidence one mention (token i of si) gives.
func evidenceOf(si *sentenceInfo, i int, emit func(string)) {
	for _, l := range labelsAt(si.trig, i-1) {
		emit("t-1:" + l)
	}
	for _, l := range labelsAt(si.gaz, i) {
		emit("g:" + l)
	}
	for _, l := range labelsAt(si.gaz, i-1) {
		emit("g-1:" + l)
	}
	for _, l := range labelsAt(si.gaz, i+1) {
		emit("g+1:" + l)
	}
	if si.phrase != nil && si.phrase[i] != "" {
		emit("p:" + si.phrase[i])
	}
	if i > 0 && isKunyaHead(si.words[i-1].key) {
		emit("kunya")
	}
}

// documentWord reports whether a word is worth remembering across the
// document: Arabic or Latin words of three letters or more.
func documentWord(w *word) bool {
	return (w.shape[0] == 'A' || w.shape[0] == 'L') && utf8.RuneCountInString(w.bare) >= 3
}

func newDocumentEvidence(infos []*sentenceInfo) *documentEvidence {
	ev := &documentEvidence{counts: map[string]map[string]int{}}
	for _, si := range infos {
		for i := range si.words {
			w := &si.words[i]
			if !documentWord(w) {
				continue
			}
			m := ev.counts[w.bare]
			if m == nil {
				m = map[string]int{}
				ev.counts[w.bare] = m
			}
			m["n"]++
			evidenceOf(si, i, func(e string) { m[e]++ })
		}
	}
	return ev
}

// features adds the evidence of the word's other mentions in the document.
func (ev *documentEvidence) features(si *sentenceInfo, i int, fs []uint64) []uint64 {
	w := &si.words[i]
	if !documentWord(w) {
		return fs
	}
	m := ev.counts[w.bare]
	if m["n"] < 2 {
		return fs
	}
	own := map[string]int{}
	evidenceOf(si, i, func(e string) { own[e]++ })
	fs = append(fs, hashStart(tDocRepeated))
	start := len(fs)
	for e, n := range m {
		if e != "n" && n > own[e] {
			fs = append(fs, hash1(tDocEvidence, e))
		}
	}
	// Map order varies; sorted features keep float sums identical run to run.
	slices.Sort(fs[start:])
	return fs
}
