package ner

import "strings"

// Stacked features: a first-pass model tags the document, and the second
// pass reads those tags. A word's first-pass tag, its neighbours' tags, the
// tags its other mentions received and the first-pass entities its words
// repeat let the second pass make a document's mentions agree: the bare
// "أنان" of a later sentence takes the type "كوفي أنان" got earlier, and a
// name the first pass found once is found again where its context is poorer.

// maxStackPhrase bounds the length, in words, of first-pass entities matched
// again elsewhere in the document.
const maxStackPhrase = 6

// stackEvidence is what the first pass found in one document.
type stackEvidence struct {
	tagsOf  map[string]*[nTags]int // bare form → first-pass tag counts over its mentions
	phrases map[string]phraseCount // bare forms joined by spaces → first-pass entity
	longest map[string]int         // first bare form of a phrase → words of the longest
}

type phraseCount struct {
	typ string
	n   int
}

func newStackEvidence(infos []*sentenceInfo, prior [][]int) *stackEvidence {
	ev := &stackEvidence{tagsOf: map[string]*[nTags]int{}, phrases: map[string]phraseCount{}, longest: map[string]int{}}
	for s, si := range infos {
		for i := range si.words {
			w := &si.words[i]
			if !documentWord(w) {
				continue
			}
			c := ev.tagsOf[w.bare]
			if c == nil {
				c = new([nTags]int)
				ev.tagsOf[w.bare] = c
			}
			c[prior[s][i]]++
		}
		for _, sp := range spans(tagNamesOf(prior[s])) {
			if sp.end-sp.start > maxStackPhrase {
				continue
			}
			key := phraseKey(si.words[sp.start:sp.end])
			pc := ev.phrases[key]
			if pc.n == 0 || pc.typ == sp.typ {
				ev.phrases[key] = phraseCount{typ: sp.typ, n: pc.n + 1}
			}
			first := si.words[sp.start].bare
			ev.longest[first] = max(ev.longest[first], sp.end-sp.start)
		}
	}
	return ev
}

func tagNamesOf(ids []int) []string {
	out := make([]string, len(ids))
	for i, t := range ids {
		out[i] = tagNames[t]
	}
	return out
}

func phraseKey(words []word) string {
	var b strings.Builder
	for k, w := range words {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.bare)
	}
	return b.String()
}

// stackFeatures computes the stacked features of every token of a document
// from the first-pass tags prior (one tag id per token).
func stackFeatures(infos []*sentenceInfo, prior [][]int, out []sentenceFeatures) {
	ev := newStackEvidence(infos, prior)
	for s, si := range infos {
		o := &out[s]
		o.flat = o.flat[:0]
		o.off = append(o.off[:0], 0)
		phrase := ev.phraseTags(si, prior[s])
		for i := range si.words {
			o.flat = ev.tokenFeatures(si, prior[s], phrase, i, o.flat)
			o.off = append(o.off, int32(len(o.flat)))
		}
	}
}

func priorAt(prior []int, i int) string {
	switch {
	case i < 0:
		return padStart
	case i >= len(prior):
		return padEnd
	}
	return tagNames[prior[i]]
}

func (ev *stackEvidence) tokenFeatures(si *sentenceInfo, prior []int, phrase []string, i int, fs []uint64) []uint64 {
	t0 := tagNames[prior[i]]
	fs = append(fs, hash1(tStack0, t0),
		hash1(tStackM1, priorAt(prior, i-1)), hash1(tStackP1, priorAt(prior, i+1)),
		hash1(tStackM2, priorAt(prior, i-2)), hash1(tStackP2, priorAt(prior, i+2)),
		hash2(tStackPair, priorAt(prior, i-1), t0))
	if phrase[i] != "" {
		fs = append(fs, hash1(tStackPhrase, phrase[i]))
	}
	w := &si.words[i]
	if !documentWord(w) {
		return fs
	}
	c := ev.tagsOf[w.bare]
	if c == nil {
		return fs
	}
	// Tags of the word's other mentions: its own is taken out.
	others := *c
	others[prior[i]]--
	best, bestType := 0, ""
	for t, n := range others {
		if n == 0 {
			continue
		}
		fs = append(fs, hash1(tStackDoc, tagNames[t]))
		if t != tagO && n > best {
			best, bestType = n, tagNames[t][2:]
		}
	}
	if bestType != "" {
		fs = append(fs, hash2(tStackDocMajor, bestType, t0))
	}
	return fs
}

// phraseTags marks, left to right, the longest word sequences that the first
// pass tagged as an entity somewhere else in the document: "B-PER", "I-PER"….
func (ev *stackEvidence) phraseTags(si *sentenceInfo, prior []int) []string {
	out := make([]string, len(si.words))
	if len(ev.phrases) == 0 {
		return out
	}
	for i := 0; i < len(si.words); {
		matched := 0
		for n := min(ev.longest[si.words[i].bare], len(si.words)-i); n >= 1 && matched == 0; n-- {
			pc, ok := ev.phrases[phraseKey(si.words[i:i+n])]
			if !ok {
				continue
			}
			self := 0
			if isEntityAt(prior, i, n, pc.typ) {
				self = 1
			}
			if pc.n-self <= 0 {
				continue
			}
			out[i] = "B-" + pc.typ
			for k := i + 1; k < i+n; k++ {
				out[k] = "I-" + pc.typ
			}
			matched = n
		}
		i += max(matched, 1)
	}
	return out
}

// isEntityAt reports whether prior tags words i..i+n-1 as exactly one entity
// of type typ.
func isEntityAt(prior []int, i, n int, typ string) bool {
	if tagNames[prior[i]] != "B-"+typ {
		return false
	}
	for k := i + 1; k < i+n; k++ {
		if tagNames[prior[k]] != "I-"+typ {
			return false
		}
	}
	return i+n >= len(prior) || tagNames[prior[i+n]] != "I-"+typ
}
