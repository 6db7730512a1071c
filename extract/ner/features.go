package ner

import (
	"strings"

	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/extract/ner/clusters"
)

// Resources are the word lists the features read. Gazetteer, Triggers and
// Clusters are saved with a model; Extra sources (the actor lexicon, for
// instance) are plugged in at run time and feed the same gazetteer features.
type Resources struct {
	Gazetteer *Lexicon
	Triggers  *Lexicon
	Clusters  *clusters.Set
	Codes     *WordCodes
	// Mined are name lists mined from unlabelled news (MineNames), read by
	// the mined features apart from the gazetteer's, so that their
	// multi-word matches do not hide the gazetteer's.
	Mined *Lexicon
	Stats *WordCodes // word statistics (WordStats), for the wordstats features
	Extra []Gazetteer
}

// Feature templates: one id per kind of feature, part of the model format.
const (
	tBias byte = iota
	tSurface
	tFolded
	tStem
	tShape
	tPrefix1
	tPrefix2
	tPrefix3
	tSuffix1
	tSuffix2
	tSuffix3
	tKey
	tBare
	tWordM2
	tWordM1
	tWordP1
	tWordP2
	tStemM1
	tStemP1
	tBigramM1
	tBigramP1
	tShapes
	tGaz0
	tGazBare0
	tGazM1
	tGazP1
	tGazPhrase
	tTrig0
	tTrigM1
	tTrigM2
	tTrigP1
	tKunyaName
	tKunyaHead
	tTrigM1Shape
	tClusterCoarse0
	tClusterFine0
	tClusterFineM1
	tClusterFineP1
	tClusterCoarseM1
	tClusterCoarseP1
	tClusterFineTrigM1
	tLoose
	tBarePrefix2
	tBarePrefix3
	tBareSuffix2
	tBareSuffix3
	tBareM1
	tBareP1
	tBareM2
	tBareP2
	tWordM3
	tWordP3
	tDocRepeated
	tDocEvidence
	tStack0
	tStackM1
	tStackP1
	tStackM2
	tStackP2
	tStackPair
	tStackDoc
	tStackDocMajor
	tStackPhrase
	tClusterAlt0
	tClusterAltM1
	tClusterAltP1
	tCode0
	tCodeM1
	tCodeP1
	tMined0
	tMinedM1
	tMinedP1
	tMinedPhrase
	tStat0
	tStatPairM1
	tStatPairP1
)

// featurizer turns a sentence into hashed features per token.
type featurizer struct {
	res      Resources
	families Families
	gaz      gazetteers // Gazetteer + Extra
	// common holds the lexical material of the clustered (frequent) words,
	// by folded form, computed once: most tokens of news are among them.
	common map[string]*lexical
	// padStart and padEnd are the hashes of the sentence-edge pads.
	padStart, padEnd wordHashes
	// pairs holds the PMI classes of the word pairs of the word
	// statistics, by pairKey of the two words' hashes: looked up for every
	// pair of neighbours, it must not hash strings.
	pairs map[uint64]int8
}

func newFeaturizer(res Resources, fam Families) *featurizer {
	f := &featurizer{res: res, families: fam, padStart: padHashes(padStart), padEnd: padHashes(padEnd)}
	if res.Gazetteer != nil {
		f.gaz = append(f.gaz, res.Gazetteer)
	}
	f.gaz = append(f.gaz, res.Extra...)
	if fam&StatsFeatures != 0 && res.Stats != nil {
		f.pairs = statPairs(res.Stats)
	}
	if res.Clusters != nil {
		words := res.Clusters.Words()
		f.common = make(map[string]*lexical, len(words))
		for _, w := range words {
			f.common[w] = f.lexicalFolded(w, w)
		}
	}
	return f
}

// sentenceInfo is the per-token material features are made of.
type sentenceInfo struct {
	words   []word
	gaz     [][]string // labels of the word (folded or clitic-stripped)
	gazBare [][]string // labels of the word without ال
	phrase  []string   // "B-LOC", "I-LOC" … from multi-word matches
	trig    [][]string
	coarse  []int // -1 when the word has no cluster
	fine    []int
	alt     []int // nil when the clusters have no second partition
	// mined and minedPhrase are gaz and phrase for the mined lists (nil
	// when the family is off).
	mined       [][]string
	minedPhrase []string
	// pairs[i] is the PMI class of words i and i+1 in the word statistics
	// (nil without them): each pair is looked up once, not by both words.
	pairs []int

	padStart, padEnd wordHashes
}

// sentenceFeatures holds features of token i in flat[off[i]:off[i+1]].
type sentenceFeatures struct {
	flat []uint64
	off  []int32
}

func (s *sentenceFeatures) token(i int) []uint64 { return s.flat[s.off[i]:s.off[i+1]] }

// lexical is what the word lists say about one token form; a document
// computes it once per distinct form.
type lexical struct {
	word              word
	gaz, gazBare      []string
	mined             []string
	trig              []string
	coarse, fine, alt int
}

func (f *featurizer) lexical(tok string) *lexical {
	folded := arabic.Fold(tok)
	if c := f.common[folded]; c != nil {
		lx := *c
		lx.word.surface = tok
		lx.word.h.surface = strHash(tok)
		return &lx
	}
	return f.lexicalFolded(tok, folded)
}

func (f *featurizer) lexicalFolded(tok, folded string) *lexical {
	lx := &lexical{word: newFoldedWord(tok, folded), coarse: -1, fine: -1, alt: -1}
	w := &lx.word
	if f.families&GazetteerFeatures != 0 && len(f.gaz) > 0 {
		lx.gaz = lookupForms(f.gaz, w.folded, w.key)
		if w.bare != w.key || w.loose != w.bare {
			lx.gazBare = lookupForms(f.gaz, w.bare, w.loose)
		}
	}
	if f.minedOn() {
		// Not through the word without its article, as the gazetteer is:
		// mined names that lack one (ماضي، خميس) would match the common
		// words that carry it (الماضي، الخميس); measured worse.
		lx.mined = lookupForms(f.res.Mined, w.folded, w.key)
	}
	if f.families&TriggerFeatures != 0 && f.res.Triggers != nil {
		lx.trig = lookupForms(f.res.Triggers, w.folded, w.key, w.bare)
	}
	if f.families&ClusterFeatures != 0 && f.res.Clusters != nil {
		for _, form := range [3]string{w.folded, w.key, w.loose} {
			if ids, ok := f.res.Clusters.Lookup(form); ok {
				lx.coarse, lx.fine = int(ids.Coarse), int(ids.Fine)
				if ids.Alt != clusters.NoAlt {
					lx.alt = int(ids.Alt)
				}
				break
			}
		}
	}
	if f.families&VectorFeatures != 0 && f.res.Codes != nil {
		for _, form := range [3]string{w.folded, w.key, w.loose} {
			if codes := f.res.Codes.Lookup(form); codes != nil {
				for _, c := range codes {
					w.h.codes = append(w.h.codes, strHash(c))
					if c[0] == 'h' {
						w.h.ctxCodes = append(w.h.ctxCodes, strHash(c))
					}
				}
				break
			}
		}
	}
	if f.families&StatsFeatures != 0 && f.res.Stats != nil {
		codes := f.res.Stats.Lookup(w.bare)
		if codes == nil {
			codes = f.res.Stats.Lookup(w.loose)
		}
		if codes == nil {
			codes = unseenStats
		}
		for _, c := range codes {
			w.h.stats = append(w.h.stats, strHash(c))
		}
	}
	return lx
}

func (f *featurizer) minedOn() bool {
	return f.families&MinedFeatures != 0 && f.res.Mined != nil && f.res.Mined.Len() > 0
}

// pairKey identifies a pair of clitic-stripped words by their hashes.
func pairKey(a, b uint64) uint64 { return mix(a*fnvPrime ^ b) }

// statPairs reads the word pairs ("word word" → pmiN) out of the word
// statistics.
func statPairs(stats *WordCodes) map[uint64]int8 {
	pairs := map[uint64]int8{}
	for k, codes := range stats.words {
		a, b, ok := strings.Cut(k, " ")
		if !ok || len(codes) != 1 || len(codes[0]) != 4 || !strings.HasPrefix(codes[0], "pmi") {
			continue
		}
		pairs[pairKey(strHash(a), strHash(b))] = int8(codes[0][3] - '0') // pmi1 … pmi3
	}
	return pairs
}

// unseenStats are the statistics codes of a word the statistics lack.
var unseenStats = []string{UnseenWordStat}

// info gathers the per-token material of a sentence; seen caches forms
// across the sentences of a document.
func (f *featurizer) info(tokens []string, seen map[string]*lexical) *sentenceInfo {
	n := len(tokens)
	si := &sentenceInfo{words: make([]word, n), padStart: f.padStart, padEnd: f.padEnd}
	gazOn := f.families&GazetteerFeatures != 0 && len(f.gaz) > 0
	trigOn := f.families&TriggerFeatures != 0 && f.res.Triggers != nil
	clusOn := f.families&ClusterFeatures != 0 && f.res.Clusters != nil
	if gazOn {
		si.gaz, si.gazBare = make([][]string, n), make([][]string, n)
	}
	if trigOn {
		si.trig = make([][]string, n)
	}
	minedOn := f.minedOn()
	if minedOn {
		si.mined = make([][]string, n)
	}
	if clusOn {
		si.coarse, si.fine = make([]int, n), make([]int, n)
		if f.res.Clusters.HasAlt() {
			si.alt = make([]int, n)
		}
	}
	for i, t := range tokens {
		lx := seen[t]
		if lx == nil {
			lx = f.lexical(t)
			seen[t] = lx
		}
		si.words[i] = lx.word
		if gazOn {
			si.gaz[i], si.gazBare[i] = lx.gaz, lx.gazBare
		}
		if trigOn {
			si.trig[i] = lx.trig
		}
		if minedOn {
			si.mined[i] = lx.mined
		}
		if clusOn {
			si.coarse[i], si.fine[i] = lx.coarse, lx.fine
			if si.alt != nil {
				si.alt[i] = lx.alt
			}
		}
	}
	if gazOn {
		si.phrase = matchPhrases(f.gaz, si.words)
	}
	if minedOn {
		si.minedPhrase = matchPhrases(f.res.Mined, si.words)
	}
	if f.families&StatsFeatures != 0 && f.res.Stats != nil && n > 1 {
		si.pairs = make([]int, n-1)
		for i := range si.pairs {
			si.pairs[i] = int(f.pairs[pairKey(si.words[i].h.bare, si.words[i+1].h.bare)])
		}
	}
	return si
}

// lookupForms collects the labels of the first forms, skipping repeats.
func lookupForms(g Gazetteer, forms ...string) []string {
	var out []string
	for i, form := range forms {
		if i > 0 && form == forms[i-1] {
			continue
		}
		for _, l := range g.Lookup(form) {
			dup := false
			for _, o := range out {
				dup = dup || o == l
			}
			if !dup {
				out = append(out, l)
			}
		}
	}
	return out
}

// matchPhrases marks the longest multi-word gazetteer matches, left to
// right, with B-label on the first word and I-label on the rest. The first
// word is tried with and without its proclitics (والولايات المتحدة).
func matchPhrases(g Gazetteer, words []word) []string {
	maxW := g.MaxWords()
	out := make([]string, len(words))
	if maxW < 2 {
		return out
	}
	starter, _ := g.(phraseStarter)
	var buf []byte
	for i := 0; i < len(words); {
		if starter != nil && !starter.StartsPhrase(words[i].folded) && !starter.StartsPhrase(words[i].key) {
			i++
			continue
		}
		matched := 0
		for n := min(maxW, len(words)-i); n >= 2 && matched == 0; n-- {
			for _, first := range []string{words[i].folded, words[i].key} {
				buf = append(buf[:0], first...)
				for _, w := range words[i+1 : i+n] {
					buf = append(buf, ' ')
					buf = append(buf, w.folded...)
				}
				if labels := g.Lookup(string(buf)); len(labels) > 0 {
					out[i] = "B-" + labels[0]
					for k := i + 1; k < i+n; k++ {
						out[k] = "I-" + labels[0]
					}
					matched = n
					break
				}
				if words[i].key == words[i].folded {
					break
				}
			}
		}
		i += max(matched, 1)
	}
	return out
}

// featuresPerToken is a generous estimate of features per token, to size
// buffers once.
const featuresPerToken = 96

const (
	padStart = "<s>"
	padEnd   = "</s>"
)

// hashes returns the word hashes of token i, or those of a pad beyond the
// sentence.
func (si *sentenceInfo) hashes(i int) *wordHashes {
	switch {
	case i < 0:
		return &si.padStart
	case i >= len(si.words):
		return &si.padEnd
	}
	return &si.words[i].h
}

func (si *sentenceInfo) folded(i int) string {
	switch {
	case i < 0:
		return padStart
	case i >= len(si.words):
		return padEnd
	}
	return si.words[i].folded
}

func (si *sentenceInfo) bare(i int) string {
	switch {
	case i < 0:
		return padStart
	case i >= len(si.words):
		return padEnd
	}
	return si.words[i].bare
}

func (si *sentenceInfo) stem(i int) string {
	switch {
	case i < 0:
		return padStart
	case i >= len(si.words):
		return padEnd
	}
	return si.words[i].stem
}

func (si *sentenceInfo) shape(i int) string {
	switch {
	case i < 0:
		return padStart
	case i >= len(si.words):
		return padEnd
	}
	return si.words[i].shape
}

func labelsAt(l [][]string, i int) []string {
	if i < 0 || i >= len(l) {
		return nil
	}
	return l[i]
}

// pairAt is the PMI class of the pair of words i, i+1, -1 beyond the
// sentence.
func pairAt(p []int, i int) int {
	if i < 0 || i >= len(p) {
		return -1
	}
	return p[i]
}

func clusterAt(c []int, i int) int {
	if i < 0 || i >= len(c) {
		return -2 // sentence edge
	}
	return c[i]
}

// extract computes the features of every token of a sentence into out,
// as a document of its own.
func (f *featurizer) extract(tokens []string, out *sentenceFeatures) {
	outs := []sentenceFeatures{*out}
	f.extractDocument([][]string{tokens}, outs)
	*out = outs[0]
}

// extractDocument computes the features of the sentences of one document;
// out must have one element per sentence. It returns the per-token material,
// which the stacked features read again.
func (f *featurizer) extractDocument(doc [][]string, out []sentenceFeatures) []*sentenceInfo {
	infos := make([]*sentenceInfo, len(doc))
	seen := map[string]*lexical{}
	for s, tokens := range doc {
		infos[s] = f.info(tokens, seen)
	}
	var ev *documentEvidence
	if f.families&DocumentFeatures != 0 {
		ev = newDocumentEvidence(infos)
	}
	for s, si := range infos {
		o := &out[s]
		if need := len(si.words) * featuresPerToken; cap(o.flat) < need {
			o.flat = make([]uint64, 0, need)
		}
		o.flat = o.flat[:0]
		o.off = append(o.off[:0], 0)
		for i := range si.words {
			o.flat = f.tokenFeatures(si, i, o.flat)
			if ev != nil {
				o.flat = ev.features(si, i, o.flat)
			}
			o.off = append(o.off, int32(len(o.flat)))
		}
	}
	return infos
}

func (f *featurizer) tokenFeatures(si *sentenceInfo, i int, fs []uint64) []uint64 {
	fs = f.formFeatures(&si.words[i].h, fs)
	return f.contextFeatures(si, i, fs)
}

// formFeatures are the features of a token that depend on its form alone.
// They come first among a token's features, so a tagger may score them once
// per word form and start each token's sums from that score.
func (f *featurizer) formFeatures(h *wordHashes, fs []uint64) []uint64 {
	fs = append(fs, hashStart(tBias), wordFeature(tSurface, h.surface), wordFeature(tFolded, h.folded),
		wordFeature(tStem, h.stem), wordFeature(tShape, h.shape))
	if f.families&AffixFeatures != 0 {
		for k, t := range [10]byte{tPrefix1, tPrefix2, tPrefix3, tSuffix1, tSuffix2, tSuffix3,
			tBarePrefix2, tBarePrefix3, tBareSuffix2, tBareSuffix3} {
			if h.affix[k] != 0 {
				fs = append(fs, wordFeature(t, h.affix[k]))
			}
		}
		fs = append(fs, wordFeature(tKey, h.key), wordFeature(tBare, h.bare), wordFeature(tLoose, h.loose))
	}
	for _, c := range h.codes {
		fs = append(fs, wordFeature(tCode0, c))
	}
	for _, c := range h.stats {
		fs = append(fs, wordFeature(tStat0, c))
	}
	return fs
}

// contextFeatures are the rest of a token's features: its neighbours, word
// lists and clusters.
func (f *featurizer) contextFeatures(si *sentenceInfo, i int, fs []uint64) []uint64 {
	w := &si.words[i]
	h := &w.h
	if f.families&ContextFeatures != 0 {
		m2, m1, p1, p2 := si.hashes(i-2), si.hashes(i-1), si.hashes(i+1), si.hashes(i+2)
		fs = append(fs,
			wordFeature(tWordM2, m2.folded), wordFeature(tWordM1, m1.folded),
			wordFeature(tWordP1, p1.folded), wordFeature(tWordP2, p2.folded),
			wordFeature(tStemM1, m1.stem), wordFeature(tStemP1, p1.stem),
			pairFeature(tBigramM1, m1.folded, h.folded), pairFeature(tBigramP1, h.folded, p1.folded),
			mix(pairFeature(tShapes, m1.shape, h.shape)^p1.shape),
			wordFeature(tBareM1, m1.bare), wordFeature(tBareP1, p1.bare),
			wordFeature(tBareM2, m2.bare), wordFeature(tBareP2, p2.bare))
	}
	if si.gaz != nil {
		for _, l := range si.gaz[i] {
			fs = append(fs, hash1(tGaz0, l))
		}
		for _, l := range si.gazBare[i] {
			fs = append(fs, hash1(tGazBare0, l))
		}
		for _, l := range labelsAt(si.gaz, i-1) {
			fs = append(fs, hash1(tGazM1, l))
		}
		for _, l := range labelsAt(si.gaz, i+1) {
			fs = append(fs, hash1(tGazP1, l))
		}
		if si.phrase[i] != "" {
			fs = append(fs, hash1(tGazPhrase, si.phrase[i]))
		}
	}
	if si.mined != nil {
		for _, l := range si.mined[i] {
			fs = append(fs, hash1(tMined0, l))
		}
		for _, l := range labelsAt(si.mined, i-1) {
			fs = append(fs, hash1(tMinedM1, l))
		}
		for _, l := range labelsAt(si.mined, i+1) {
			fs = append(fs, hash1(tMinedP1, l))
		}
		if si.minedPhrase[i] != "" {
			fs = append(fs, hash1(tMinedPhrase, si.minedPhrase[i]))
		}
	}
	if si.trig != nil {
		for _, l := range si.trig[i] {
			fs = append(fs, hash1(tTrig0, l))
		}
		for _, l := range labelsAt(si.trig, i-1) {
			fs = append(fs, hash1(tTrigM1, l), hash2(tTrigM1Shape, l, w.shape))
		}
		for _, l := range labelsAt(si.trig, i-2) {
			fs = append(fs, hash1(tTrigM2, l))
		}
		for _, l := range labelsAt(si.trig, i+1) {
			fs = append(fs, hash1(tTrigP1, l))
		}
		if i > 0 && isKunyaHead(si.words[i-1].key) {
			fs = append(fs, hash1(tKunyaName, si.words[i-1].key))
		}
		if i+1 < len(si.words) && isKunyaHead(w.key) && si.words[i+1].shape[0] == 'A' {
			fs = append(fs, hash1(tKunyaHead, w.key))
		}
	}
	if si.fine != nil {
		fs = append(fs, hashInt(tClusterCoarse0, si.coarse[i]), hashInt(tClusterFine0, si.fine[i]),
			hashInt(tClusterFineM1, clusterAt(si.fine, i-1)), hashInt(tClusterFineP1, clusterAt(si.fine, i+1)),
			hashInt(tClusterCoarseM1, clusterAt(si.coarse, i-1)), hashInt(tClusterCoarseP1, clusterAt(si.coarse, i+1)))
		for _, l := range labelsAt(si.trig, i-1) {
			fs = append(fs, hashAdd(hashInt(tClusterFineTrigM1, si.fine[i]), l))
		}
		if si.alt != nil {
			fs = append(fs, hashInt(tClusterAlt0, si.alt[i]),
				hashInt(tClusterAltM1, clusterAt(si.alt, i-1)), hashInt(tClusterAltP1, clusterAt(si.alt, i+1)))
		}
	}
	if f.families&VectorFeatures != 0 {
		for _, c := range si.hashes(i - 1).ctxCodes {
			fs = append(fs, wordFeature(tCodeM1, c))
		}
		for _, c := range si.hashes(i + 1).ctxCodes {
			fs = append(fs, wordFeature(tCodeP1, c))
		}
	}
	if f.families&StatsFeatures != 0 && f.res.Stats != nil {
		fs = append(fs, hashInt(tStatPairM1, pairAt(si.pairs, i-1)), hashInt(tStatPairP1, pairAt(si.pairs, i)))
	}
	return fs
}
