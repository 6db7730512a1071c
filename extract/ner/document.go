package ner

import "slices"

// documentEvidence gathers, for every word of a document, what its mentions
// show: a title before it, a place preposition, a gazetteer entry around it.
// A later bare "أنان" is then tagged with what "الأمين العام كوفي أنان"
// showed earlier, and "البنك التجاري" keeps one type across an article.
//
// A piece of evidence is kept as the feature it becomes, the hash of
// tDocEvidence and its text ("t-1:" + a trigger label, "g:" + a gazetteer
// label …), so counting it builds no string.
type documentEvidence struct {
	index map[string]int32 // clitic-stripped word → its entry in words
	words []wordEvidence
}

// wordEvidence is what the mentions of one word show.
type wordEvidence struct {
	mentions int
	counts   []evidenceCount
}

type evidenceCount struct {
	feature uint64 // hash1(tDocEvidence, evidence)
	n       int
}

// evidenceFeature is hash1(tDocEvidence, prefix+label), without building
// the string.
func evidenceFeature(prefix, label string) uint64 {
	h := hashStart(tDocEvidence)
	for i := 0; i < len(prefix); i++ {
		h = (h ^ uint64(prefix[i])) * fnvPrime
	}
	return hashAdd(h, label)
}

// evidenceOf lists the evidence one mention (token i of si) gives.
func evidenceOf(si *sentenceInfo, i int, emit func(uint64)) {
	for _, l := range labelsAt(si.trig, i-1) {
		emit(evidenceFeature("t-1:", l))
	}
	for _, l := range labelsAt(si.gaz, i) {
		emit(evidenceFeature("g:", l))
	}
	for _, l := range labelsAt(si.gaz, i-1) {
		emit(evidenceFeature("g-1:", l))
	}
	for _, l := range labelsAt(si.gaz, i+1) {
		emit(evidenceFeature("g+1:", l))
	}
	if si.phrase != nil && si.phrase[i] != "" {
		emit(evidenceFeature("p:", si.phrase[i]))
	}
	if i > 0 && isKunyaHead(si.words[i-1].key) {
		emit(evidenceFeature("", "kunya"))
	}
}

// documentWord reports whether a word is worth remembering across the
// document: Arabic or Latin words of three letters or more (newFoldedWord
// decides it once per form).
func documentWord(w *word) bool { return w.docWord }

func newDocumentEvidence(infos []*sentenceInfo) *documentEvidence {
	ev := &documentEvidence{index: map[string]int32{}}
	for _, si := range infos {
		for i := range si.words {
			w := &si.words[i]
			if !documentWord(w) {
				continue
			}
			k, ok := ev.index[w.bare]
			if !ok {
				k = int32(len(ev.words))
				ev.index[w.bare] = k
				ev.words = append(ev.words, wordEvidence{})
			}
			we := &ev.words[k]
			we.mentions++
			evidenceOf(si, i, we.add)
		}
	}
	return ev
}

func (we *wordEvidence) add(f uint64) {
	for k := range we.counts {
		if we.counts[k].feature == f {
			we.counts[k].n++
			return
		}
	}
	we.counts = append(we.counts, evidenceCount{feature: f, n: 1})
}

// features adds the evidence of the word's other mentions in the document.
func (ev *documentEvidence) features(si *sentenceInfo, i int, fs []uint64) []uint64 {
	w := &si.words[i]
	if !documentWord(w) {
		return fs
	}
	k, ok := ev.index[w.bare]
	if !ok || ev.words[k].mentions < 2 {
		return fs
	}
	// The mention's own evidence, taken out of the document's.
	var buf [16]uint64
	own := buf[:0]
	evidenceOf(si, i, func(f uint64) { own = append(own, f) })
	fs = append(fs, hashStart(tDocRepeated))
	start := len(fs)
	for _, c := range ev.words[k].counts {
		mine := 0
		for _, f := range own {
			if f == c.feature {
				mine++
			}
		}
		if c.n > mine {
			fs = append(fs, c.feature)
		}
	}
	// Sorted features keep float sums the same whatever the order found.
	slices.Sort(fs[start:])
	return fs
}
