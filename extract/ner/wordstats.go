package ner

import (
	"cmp"
	"compress/gzip"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
)

// Word statistics are the Arabic stand-in for the "how often is this word
// capitalised in a big corpus" features of English taggers: Arabic has no
// capitals, but names behave differently from common words in running text.
// They rarely take the article (first names) or a pronoun suffix, they
// follow titles and kunya heads, they stick to the next word of the name,
// they fill short quoted runs and headlines. Counted over a large unlabelled
// corpus (SaudiNewsNet) per clitic-stripped word, each rate becomes a coarse
// code (its log-odds against the corpus-wide rate, in five buckets), and the
// codes feed the `wordstats` feature family.

// wordStat indexes the counts kept per word.
type wordStat int

const (
	statN     wordStat = iota // occurrences
	statArt                   // with the article ال
	statPro                   // with a conjunction or preposition (و ف ب ل ك)
	statSuf                   // the word followed by a pronoun suffix, as a separate form
	statTitle                 // in a headline
	statStart                 // first word of a paragraph or sentence
	statQuote                 // inside a short quoted run
	statTrig                  // right after a title, office, kinship word or kunya head
	statBin                   // right before بن / ابن / بنت
	statCohL                  // with the previous word, a bigram of high PMI
	statCohR                  // with the next word, a bigram of high PMI
	statNameL                 // after a name-like word
	statNameR                 // before a name-like word
	nWordStats
)

// statCodes are the code prefixes of the rates, by wordStat (statN's codes
// are frequency classes).
var statCodes = [nWordStats]string{"f", "art", "pro", "suf", "ttl", "st", "qt", "trg", "bin", "cohl", "cohr", "nml", "nmr"}

// UnseenWordStat is the code of a word the statistics do not know: rarity in
// a large news corpus is itself a clue (foreign names, brands).
const UnseenWordStat = "f0"

// pronounSuffixes are the enclitic pronouns of two or more letters (those
// arabic.Segment removes): the one-letter ones are also word endings.
var pronounSuffixes = [...]string{"هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا"}

// WordStatsOptions set how statistics are gathered and coded.
type WordStatsOptions struct {
	MinCount int     // words seen fewer times get no statistics
	Words    int     // at most this many words, the most frequent
	Prior    float64 // pseudo-occurrences at the corpus-wide rate added to every word's counts
	MinPMI   float64 // natural-log PMI above which a bigram counts as cohesive
	MinPair  int     // ... when seen at least this often
	// PairPMI, when above 0, also codes word pairs (clitic-stripped forms,
	// both among the kept words, seen at least PairCount times) whose
	// natural-log PMI is at least PairPMI: the cohesion of the two words
	// at a given place, where the per-word rates give only a tendency.
	PairPMI   float64
	PairCount int
	// Coded lists the rates written as codes, by code prefix (art, pro,
	// suf, ttl, st, qt, trg, bin, cohl, cohr, nml, nmr); the frequency
	// class is always written.
	Coded []string
}

// DefaultWordStatsOptions are the settings of the shipped statistics file.
func DefaultWordStatsOptions() WordStatsOptions {
	// Pairs from a PMI of 3.4 (about ln 30, a pair seen 30 times as often
	// as chance) and 5 occurrences.
	// Headline, sentence-start and quote rates are counted but not coded:
	// they lowered the cross-validated F1 (data/ner/PROVENANCE.md).
	return WordStatsOptions{MinCount: 5, Words: 100000, Prior: 5, MinPMI: math.Log(30), MinPair: 3, PairPMI: 3.4, PairCount: 5,
		Coded: []string{"art", "pro", "suf", "trg", "bin", "cohl", "cohr", "nml", "nmr"}}
}

// WordStatsLearner gathers a corpus (Add) and then counts (Learn).
type WordStatsLearner struct {
	triggers *Lexicon
	ids      map[string]int32
	forms    []string
	stream   []int32 // token ids; -1 ends a part
	titles   []bool  // per part
}

// NewWordStatsLearner starts a learner; triggers (data/ner/triggers.tsv)
// tell which words are titles, offices and kinship words.
func NewWordStatsLearner(triggers *Lexicon) *WordStatsLearner {
	return &WordStatsLearner{triggers: triggers, ids: map[string]int32{}}
}

func (l *WordStatsLearner) intern(s string) int32 {
	id, ok := l.ids[s]
	if !ok {
		id = int32(len(l.forms))
		l.ids[s] = id
		l.forms = append(l.forms, s)
	}
	return id
}

// Add takes the folded tokens of one headline (title true) or paragraph.
func (l *WordStatsLearner) Add(tokens []string, title bool) {
	if len(tokens) == 0 {
		return
	}
	for _, t := range tokens {
		l.stream = append(l.stream, l.intern(t))
	}
	l.stream = append(l.stream, -1)
	l.titles = append(l.titles, title)
}

// WordStats are the counts of the learnt words and their codes.
type WordStats struct {
	Words  []string // clitic-stripped folded forms, most frequent first
	Counts [][nWordStats]int
	Codes  [][]string
	// Pairs are cohesive word pairs ("word word"), PairCodes their PMI classes.
	Pairs     []string
	PairCodes []string
}

// formInfo is what the counting needs of one distinct token form.
type formInfo struct {
	bare     int32 // id of the clitic-stripped form
	art, pro bool
	word     bool // an Arabic or Latin word
	trig     bool // a title, office, kinship word or kunya head
	bin      bool // بن ابن بنت
	sentEnd  bool
	openQ    bool
	closeQ   bool
	toggleQ  bool // a quote mark that both opens and closes
}

// Learn counts the gathered corpus and codes the frequent words.
func (l *WordStatsLearner) Learn(opt WordStatsOptions) *WordStats {
	info := l.formInfos()
	nForms := len(l.forms) // with the bare forms formInfos interned
	per := make([][nWordStats]int, len(l.forms))

	// Unigram counts by form, and by bare form with article and proclitic.
	unigram := make([]int, nForms)
	for _, id := range l.stream {
		if id >= 0 {
			unigram[id]++
		}
	}
	for id, c := range unigram {
		fi := &info[id]
		if !fi.word || c == 0 {
			continue
		}
		p := &per[fi.bare]
		p[statN] += c
		if fi.art {
			p[statArt] += c
		}
		if fi.pro {
			p[statPro] += c
		}
	}
	// Suffixed forms: the bare form followed by a pronoun suffix of two or
	// more letters, seen as its own bare form.
	for id := range per {
		for _, s := range pronounSuffixes {
			if sid, ok := l.ids[l.forms[id]+s]; ok && int(sid) < len(per) {
				per[id][statSuf] += per[sid][statN]
			}
		}
	}
	// Name-like words: frequent enough, rarely with the article or a
	// suffix, not among the commonest words (particles, verbs of saying).
	rank := make([]int32, 0, len(per))
	for id := range per {
		if per[id][statN] >= opt.MinCount {
			rank = append(rank, int32(id))
		}
	}
	slices.SortFunc(rank, func(a, b int32) int {
		return cmp.Or(cmp.Compare(per[b][statN], per[a][statN]), strings.Compare(l.forms[a], l.forms[b]))
	})
	nameLike := make([]bool, len(per))
	for r, id := range rank {
		p := per[id]
		n := float64(p[statN])
		if r >= 500 && float64(p[statArt]) < 0.05*n && float64(p[statSuf]) < 0.02*(n+float64(p[statSuf])) &&
			len([]rune(l.forms[id])) >= 3 {
			nameLike[id] = true
		}
	}

	// Bigram counts for cohesion.
	type pair = uint64
	bigram := map[pair]int32{}
	total := 0
	for i := 0; i+1 < len(l.stream); i++ {
		a, b := l.stream[i], l.stream[i+1]
		if a >= 0 {
			total++
		}
		if a >= 0 && b >= 0 {
			bigram[pair(a)<<32|pair(b)]++
		}
	}
	cohesive := func(a, b int32) bool {
		c := bigram[pair(a)<<32|pair(b)]
		if int(c) < opt.MinPair {
			return false
		}
		return math.Log(float64(c)*float64(total)/(float64(unigram[a])*float64(unigram[b]))) >= opt.MinPMI
	}

	// Positional counts, part by part.
	quoted := make([]bool, 0, 256)
	start, part := 0, 0
	for i, id := range l.stream {
		if id >= 0 {
			continue
		}
		toks := l.stream[start:i]
		title := l.titles[part]
		quoted = markQuoted(quoted[:0], toks, info)
		for k, t := range toks {
			fi := &info[t]
			if !fi.word {
				continue
			}
			p := &per[fi.bare]
			if title {
				p[statTitle]++
			}
			if k == 0 || info[toks[k-1]].sentEnd {
				p[statStart]++
			}
			if quoted[k] {
				p[statQuote]++
			}
			if k > 0 {
				prev := toks[k-1]
				if info[prev].trig {
					p[statTrig]++
				}
				if cohesive(prev, t) {
					p[statCohL]++
				}
				if info[prev].word && nameLike[info[prev].bare] {
					p[statNameL]++
				}
			}
			if k+1 < len(toks) {
				next := toks[k+1]
				if info[next].bin {
					p[statBin]++
				}
				if cohesive(t, next) {
					p[statCohR]++
				}
				if info[next].word && nameLike[info[next].bare] {
					p[statNameR]++
				}
			}
		}
		start, part = i+1, part+1
	}

	// Corpus-wide rates, over the kept words' occurrences.
	if len(rank) > opt.Words {
		rank = rank[:opt.Words]
	}
	var sum [nWordStats]float64
	for _, id := range rank {
		for s := range sum {
			sum[s] += float64(per[id][s])
		}
	}
	ws := &WordStats{}
	for _, id := range rank {
		p := per[id]
		ws.Words = append(ws.Words, l.forms[id])
		ws.Counts = append(ws.Counts, p)
		codes := []string{fmt.Sprintf("f%d", freqClass(p[statN]))}
		for s := statArt; s < nWordStats; s++ {
			if !slices.Contains(opt.Coded, statCodes[s]) {
				continue
			}
			k, n := float64(p[s]), float64(p[statN])
			base := sum[s] / sum[statN]
			if s == statSuf {
				n += k
				base = sum[s] / (sum[statN] + sum[s])
			}
			if b := rateClass(k, n, base, opt.Prior); b != 2 {
				codes = append(codes, fmt.Sprintf("%s%d", statCodes[s], b))
			}
		}
		ws.Codes = append(ws.Codes, codes)
	}
	if opt.PairPMI > 0 {
		ws.addPairs(l, info, bigram, per, rank, total, opt)
	}
	return ws
}

// addPairs codes the cohesive pairs of kept words under "word word" keys:
// pmi1 for a PMI within a factor 10 above opt.PairPMI, pmi2 within 100,
// pmi3 beyond.
func (ws *WordStats) addPairs(l *WordStatsLearner, info []formInfo, bigram map[uint64]int32, per [][nWordStats]int, rank []int32, total int, opt WordStatsOptions) {
	kept := make([]bool, len(per))
	for _, id := range rank {
		kept[id] = true
	}
	pairs := map[uint64]int{}
	for k, c := range bigram {
		a, b := &info[k>>32], &info[uint32(k)]
		if a.word && b.word && kept[a.bare] && kept[b.bare] {
			pairs[uint64(a.bare)<<32|uint64(b.bare)] += int(c)
		}
	}
	type coded struct {
		key  string
		code string
	}
	var out []coded
	for k, c := range pairs {
		if c < opt.PairCount {
			continue
		}
		a, b := int32(k>>32), int32(uint32(k))
		pmi := math.Log(float64(c) * float64(total) / (float64(per[a][statN]) * float64(per[b][statN])))
		if pmi < opt.PairPMI {
			continue
		}
		class := min(1+int((pmi-opt.PairPMI)/math.Log(10)), 3)
		out = append(out, coded{l.forms[a] + " " + l.forms[b], fmt.Sprintf("pmi%d", class)})
	}
	slices.SortFunc(out, func(x, y coded) int { return strings.Compare(x.key, y.key) })
	for _, p := range out {
		ws.Pairs = append(ws.Pairs, p.key)
		ws.PairCodes = append(ws.PairCodes, p.code)
	}
}

// formInfos classifies every distinct token form once.
func (l *WordStatsLearner) formInfos() []formInfo {
	n := len(l.forms)
	info := make([]formInfo, n)
	for id := 0; id < n; id++ {
		f := l.forms[id]
		fi := &info[id]
		shape := shapeOf(f)
		fi.word = shape[0] == 'A' || shape[0] == 'L'
		key := stripProclitics(f)
		bare := stripArticle(key) // WordStatsKey
		fi.pro, fi.art = key != f, bare != key
		fi.bare = l.intern(bare)
		fi.bin = key == "بن" || key == "ابن" || key == "بنت"
		fi.trig = isKunyaHead(key) && key != "ام" // ام is also "or"
		if l.triggers != nil {
			for _, lab := range lookupForms(l.triggers, f, key, bare) {
				fi.trig = fi.trig || lab == "PER-title" || lab == "PER-role" || lab == "PER-kin"
			}
		}
		switch f {
		case ".", "!", "?", "؟", "…", "...":
			fi.sentEnd = true
		case "«", "“":
			fi.openQ = true
		case "»", "”":
			fi.closeQ = true
		case "\"":
			fi.toggleQ = true
		}
	}
	for len(info) < len(l.forms) { // bare forms interned above
		bare := l.forms[len(info)]
		info = append(info, formInfo{word: true})
		info[len(info)-1].bare = l.ids[bare]
	}
	return info
}

// maxQuoted is the longest quoted run counted: short runs are names of
// works, operations and organisations; long ones are speech.
const maxQuoted = 6

// markQuoted marks the tokens inside short quoted runs.
func markQuoted(out []bool, toks []int32, info []formInfo) []bool {
	for range toks {
		out = append(out, false)
	}
	for i := 0; i < len(toks); i++ {
		fi := info[toks[i]]
		if !fi.openQ && !fi.toggleQ {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+maxQuoted+1; j++ {
			fj := info[toks[j]]
			if fj.closeQ || fj.toggleQ {
				for k := i + 1; k < j; k++ {
					out[k] = true
				}
				i = j
				break
			}
		}
	}
	return out
}

// freqClass buckets an occurrence count: 1 below 20, 2 below 100, 3 below
// 1000, 4 below 10,000, 5 above (0 is kept for unseen words).
func freqClass(n int) int {
	switch {
	case n < 20:
		return 1
	case n < 100:
		return 2
	case n < 1000:
		return 3
	case n < 10000:
		return 4
	}
	return 5
}

// rateClass buckets the log-odds of a word's smoothed rate k/n against the
// corpus rate base: 0 far below (< −1.5), 1 below, 2 about the same
// (within ±0.5), 3 above, 4 far above (> 1.5).
func rateClass(k, n, base, prior float64) int {
	base = min(max(base, 1e-6), 1-1e-6)
	p := (k + prior*base) / (n + prior)
	p = min(max(p, 1e-6), 1-1e-6)
	lo := math.Log(p/(1-p)) - math.Log(base/(1-base))
	switch {
	case lo < -1.5:
		return 0
	case lo < -0.5:
		return 1
	case lo <= 0.5:
		return 2
	case lo <= 1.5:
		return 3
	}
	return 4
}

// WordStatsKey is the form a folded word's statistics are kept under:
// without conjunction, preposition and article, as the features look it up.
func WordStatsKey(folded string) string { return stripArticle(stripProclitics(folded)) }

// WordCodes returns the statistics' codes, for the wordstats features.
func (ws *WordStats) WordCodes() *WordCodes {
	m := make(map[string][]string, len(ws.Words))
	for i, w := range ws.Words {
		m[w] = ws.Codes[i]
	}
	for i, p := range ws.Pairs {
		m[p] = []string{ws.PairCodes[i]}
	}
	return NewWordCodes(m)
}

// Describe gives a word's raw rates, for reading the statistics.
func (ws *WordStats) Describe(word string) string {
	i := slices.Index(ws.Words, word)
	if i < 0 {
		return word + ": unseen"
	}
	p := ws.Counts[i]
	var b strings.Builder
	fmt.Fprintf(&b, "%s n=%d", word, p[statN])
	for s := statArt; s < nWordStats; s++ {
		d := float64(p[statN])
		if s == statSuf {
			d += float64(p[s])
		}
		fmt.Fprintf(&b, " %s=%.3f", statCodes[s], float64(p[s])/d)
	}
	fmt.Fprintf(&b, " | %s", strings.Join(ws.Codes[i], " "))
	return b.String()
}

// Write writes `word<TAB>code code …` lines, gzip-compressed, sorted by
// word, the format ReadWordCodes reads.
func (ws *WordStats) Write(w io.Writer) error {
	keys := append(slices.Clone(ws.Words), ws.Pairs...)
	codes := slices.Clone(ws.Codes)
	for _, c := range ws.PairCodes {
		codes = append(codes, []string{c})
	}
	order := make([]int, len(keys))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(keys[a], keys[b]) })
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	for _, i := range order {
		if strings.ContainsAny(keys[i], "\t\n") {
			continue
		}
		if _, err := fmt.Fprintf(zw, "%s\t%s\n", keys[i], strings.Join(codes[i], " ")); err != nil {
			return fmt.Errorf("writing word statistics: %w", err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("writing word statistics: %w", err)
	}
	return nil
}
