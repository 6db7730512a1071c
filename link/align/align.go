// Package align finds which sentences of one article come from another: it
// compares sentences by the overlap of their matching-normalised words and
// aligns them one to one, so that an analyst sees the copied passages with
// their offsets in both texts.
package align

import (
	"cmp"
	"slices"
	"strings"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/link/minhash"
)

// Passage is a stretch of A aligned with a stretch of B: one or more
// consecutive sentences in both. Offsets are code points, end exclusive.
type Passage struct {
	AStart, AEnd int
	BStart, BEnd int
	Score        float64 // mean sentence similarity of the passage, 0..1
	Sentences    int     // aligned sentence pairs merged into this passage
}

// Options tune what counts as a copied sentence.
type Options struct {
	MinWords int     // sentences with fewer matching words are ignored (default 5)
	MinScore float64 // least sentence similarity to align (default 0.5)
	// Weight gives a word's informativeness (e.g. inverse document
	// frequency, see link.Index.Weights): shared boilerplate words ("بعث
	// خادم الحرمين الشريفين برقية تهنئة") then count less than the names
	// that tell two templated reports apart. Nil weighs every word 1.
	Weight func(word uint64) float64
	// Rare tells the words that name a particular thing (seen in few
	// documents). Two sentences that both hold rare words and share none
	// of them tell of different things in one template ("congratulates
	// the president of Bolivia" / "of Niger"). Nil disables the check.
	Rare func(word uint64) bool
	// VeryRare tells the words of very few documents: a sentence sharing
	// one with another is hard to explain without copying.
	VeryRare func(word uint64) bool
}

func (o Options) withDefaults() Options {
	if o.MinWords <= 0 {
		o.MinWords = 5
	}
	if o.MinScore <= 0 {
		o.MinScore = 0.5
	}
	return o
}

// Sentence is one sentence prepared for comparison.
type Sentence struct {
	Span    isnad.Span
	words   []uint64 // distinct word hashes
	bigrams []uint64 // distinct word-pair hashes
	numbers []uint64 // distinct hashes of the words that are numbers or number words
	places  []uint64 // distinct hashes of the place names
}

// Lexicon holds the words that name figures and places (matching form,
// see minhash.Words). Two sentences that both name places and share none
// report different events ("a qisas execution in Qassim" / "in Jazan").
type Lexicon struct {
	Figures map[string]bool
	Places  map[string]bool
}

// place returns the place a word names, trying it bare and without one
// proclitic preposition (بجازان, لجدة): "" when none.
func (l *Lexicon) place(w string) string {
	if l == nil {
		return ""
	}
	if l.Places[w] {
		return w
	}
	for _, p := range []string{"ب", "ل", "ك", "ف"} {
		if rest, ok := strings.CutPrefix(w, p); ok && len(rest) >= 6 {
			if l.Places[rest] {
				return rest
			}
			if rest2, ok := strings.CutPrefix(rest, "ال"); ok && l.Places[rest2] {
				return rest2
			}
		}
	}
	return ""
}

// Text is a document split into comparable sentences. Prepare it once and
// align it against many others.
type Text struct {
	Sentences []Sentence
	words     []uint64 // distinct word hashes of the whole text
}

// Prepare splits text into sentences (arabic.Sentences) and computes each
// one's word and word-pair sets over its matching form, and the figures
// and places it names (lex may be nil: digits only, no places).
func Prepare(text string, lex *Lexicon) Text {
	runes := []rune(text)
	var t Text
	// Sentences never cross a line break; splitting by line first keeps
	// the sentence splitter's work proportional to the text.
	for line := range lines(runes) {
		para := runes[line.Start:line.End]
		for _, sp := range joinDecimalSplits(para, arabic.Sentences(string(para))) {
			if sp.Start < 0 || sp.End > len(para) || sp.Start >= sp.End {
				continue
			}
			ws := minhash.Words(string(para[sp.Start:sp.End]))
			hs := minhash.WordHashes(ws)
			var nums, places []uint64
			for i, w := range ws {
				if (w[0] >= '0' && w[0] <= '9') || (lex != nil && lex.Figures[w]) {
					nums = append(nums, hs[i])
				}
				if p := lex.place(w); p != "" {
					places = append(places, minhash.HashString(p))
				}
			}
			slices.Sort(nums)
			slices.Sort(places)
			sp = trim(para, sp)
			t.Sentences = append(t.Sentences, Sentence{
				Span:    isnad.Span{Start: line.Start + sp.Start, End: line.Start + sp.End},
				words:   minhash.Shingles(hs, 1),
				bigrams: minhash.Shingles(hs, 2),
				numbers: slices.Compact(nums),
				places:  slices.Compact(places),
			})
		}
	}
	var all []uint64
	for _, st := range t.Sentences {
		all = append(all, st.words...)
	}
	slices.Sort(all)
	t.words = slices.Compact(all)
	return t
}

// joinDecimalSplits rejoins sentences cut at a decimal point ("0.5"):
// a fragment ending "digit." followed by one starting with a digit.
func joinDecimalSplits(para []rune, spans []isnad.Span) []isnad.Span {
	out := spans[:0:0]
	for _, sp := range spans {
		if n := len(out); n > 0 {
			prev := out[n-1]
			if prev.End == sp.Start && prev.End >= 2 && sp.Start < len(para) &&
				para[prev.End-1] == '.' && isDigit(para[prev.End-2]) && isDigit(para[sp.Start]) {
				out[n-1].End = sp.End
				continue
			}
		}
		out = append(out, sp)
	}
	return out
}

func isDigit(r rune) bool { return arabic.Digit(r) >= '0' && arabic.Digit(r) <= '9' }

// lines yields the spans of the non-empty lines of runes.
func lines(runes []rune) func(func(isnad.Span) bool) {
	return func(yield func(isnad.Span) bool) {
		start := 0
		for i := 0; i <= len(runes); i++ {
			if i == len(runes) || runes[i] == '\n' {
				if i > start && !yield(isnad.Span{Start: start, End: i}) {
					return
				}
				start = i + 1
			}
		}
	}
}

// trim narrows a sentence span past surrounding white space.
func trim(runes []rune, sp isnad.Span) isnad.Span {
	for sp.Start < sp.End && isSpace(runes[sp.Start]) {
		sp.Start++
	}
	for sp.End > sp.Start && isSpace(runes[sp.End-1]) {
		sp.End--
	}
	return sp
}

func isSpace(r rune) bool { return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\u00a0' }

// Similarity of two sentences: the mean of weighted word containment and
// word-pair containment, each over the shorter sentence. Word pairs keep
// reordered word salad from scoring; words let light rewording through.
// Two sentences that both give figures and share none are different
// reports cast in one template ("the fourth aid plane, 10 tonnes" / "the
// fifth, 12 tonnes"): they score 0.
func Similarity(a, b Sentence, opt Options) float64 {
	if conflict(a, b, opt) {
		return 0
	}
	return wording(a, b, opt)
}

// wording is the likeness of two sentences' words alone.
func wording(a, b Sentence, opt Options) float64 {
	return (weightedContainMin(a.words, b.words, opt.Weight) + containMin(a.bigrams, b.bigrams)) / 2
}

// conflict reports whether two sentences name different figures, places or
// rare names: alike in wording, they tell of different things.
func conflict(a, b Sentence, opt Options) bool {
	if len(a.numbers) > 0 && len(b.numbers) > 0 && containMin(a.numbers, b.numbers) < 0.5 {
		return true
	}
	if len(a.places) > 0 && len(b.places) > 0 && minhash.Intersection(a.places, b.places) == 0 {
		return true
	}
	return opt.Rare != nil && rareDisagree(a.words, b.words, opt.Rare)
}

// rareDisagree reports whether both word sets hold rare words and share none.
func rareDisagree(a, b []uint64, rare func(uint64) bool) bool {
	inA, inB, shared := countRare(a, b, rare)
	return inA > 0 && inB > 0 && shared == 0
}

// countRare counts the rare words of two sorted word sets: in a, in b, and
// in both.
func countRare(a, b []uint64, rare func(uint64) bool) (inA, inB, shared int) {
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || (i < len(a) && a[i] < b[j]):
			if rare(a[i]) {
				inA++
			}
			i++
		case i == len(a) || b[j] < a[i]:
			if rare(b[j]) {
				inB++
			}
			j++
		default:
			if rare(a[i]) {
				inA++
				inB++
				shared++
			}
			i++
			j++
		}
	}
	return inA, inB, shared
}

func containMin(a, b []uint64) float64 {
	n := min(len(a), len(b))
	if n == 0 {
		return 0
	}
	return float64(minhash.Intersection(a, b)) / float64(n)
}

// weightedContainMin is the weight of the shared words over the weight of
// the lighter sentence.
func weightedContainMin(a, b []uint64, weight func(uint64) float64) float64 {
	if weight == nil {
		return containMin(a, b)
	}
	wa, wb, shared := 0.0, 0.0, 0.0
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || (i < len(a) && a[i] < b[j]):
			wa += weight(a[i])
			i++
		case i == len(a) || b[j] < a[i]:
			wb += weight(b[j])
			j++
		default:
			w := weight(a[i])
			wa, wb, shared = wa+w, wb+w, shared+w
			i++
			j++
		}
	}
	lighter := min(wa, wb)
	if lighter <= 0 {
		return 0
	}
	return shared / lighter
}

// Result is the alignment of two texts.
type Result struct {
	Passages []Passage
	Aligned  int // aligned sentence pairs
	Anchored int // aligned pairs that share a rare word or a figure: evidence beyond boilerplate
	// Conflicts counts sentence pairs alike in wording that name different
	// figures, places or names, neither sentence being aligned elsewhere:
	// the mark of one template filled for two events.
	Conflicts int
	// Distinctive counts aligned pairs that share a very rare word
	// (Options.VeryRare): copied reporting, not shared boilerplate.
	Distinctive int
	// RareShared is the share of the rare words (Options.Rare) of the text
	// with fewer of them that the other text also has: two reports of one
	// event name the same people and places; two fillings of one template
	// do not. -1 when either text has no rare word or Rare is nil.
	RareShared float64
	ASents     int // comparable sentences of A
	BSents     int // comparable sentences of B
	Score      float64
}

// ACoverage is the share of A's comparable sentences that are aligned.
func (r Result) ACoverage() float64 { return share(r.Aligned, r.ASents) }

// BCoverage is the share of B's comparable sentences that are aligned.
func (r Result) BCoverage() float64 { return share(r.Aligned, r.BSents) }

func share(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

type match struct {
	i, j  int
	score float64
}

// anchored reports whether two sentences share a figure or a rare word.
func anchored(a, b Sentence, rare func(uint64) bool) bool {
	if minhash.Intersection(a.numbers, b.numbers) > 0 {
		return true
	}
	if rare == nil {
		return false
	}
	i, j := 0, 0
	for i < len(a.words) && j < len(b.words) {
		switch {
		case a.words[i] < b.words[j]:
			i++
		case a.words[i] > b.words[j]:
			j++
		default:
			if rare(a.words[i]) {
				return true
			}
			i++
			j++
		}
	}
	return false
}

// Align pairs sentences of a and b one to one, best pairs first: rewrites
// move paragraphs, so order is not enforced, but consecutive aligned
// sentences are merged into one passage. Passages come in A's order.
func Align(a, b Text, opt Options) Result {
	opt = opt.withDefaults()
	var ms, clash []match
	res := Result{}
	aOK := comparable(a, opt.MinWords)
	bOK := comparable(b, opt.MinWords)
	for _, ok := range aOK {
		if ok {
			res.ASents++
		}
	}
	for _, ok := range bOK {
		if ok {
			res.BSents++
		}
	}
	for i, sa := range a.Sentences {
		if !aOK[i] {
			continue
		}
		for j, sb := range b.Sentences {
			if !bOK[j] || minhash.Intersection(sa.words, sb.words)*2 < opt.MinWords {
				continue
			}
			if s := wording(sa, sb, opt); s >= opt.MinScore {
				if conflict(sa, sb, opt) {
					clash = append(clash, match{i, j, s})
				} else {
					ms = append(ms, match{i, j, s})
				}
			}
		}
	}
	slices.SortFunc(ms, func(x, y match) int {
		if c := cmp.Compare(y.score, x.score); c != 0 {
			return c
		}
		if c := cmp.Compare(x.i, y.i); c != 0 {
			return c
		}
		return cmp.Compare(x.j, y.j)
	})
	usedA := make([]bool, len(a.Sentences))
	usedB := make([]bool, len(b.Sentences))
	var kept []match
	for _, m := range ms {
		if usedA[m.i] || usedB[m.j] {
			continue
		}
		usedA[m.i], usedB[m.j] = true, true
		kept = append(kept, m)
	}
	slices.SortFunc(clash, func(x, y match) int { return cmp.Compare(y.score, x.score) })
	for _, m := range clash {
		if !usedA[m.i] && !usedB[m.j] {
			usedA[m.i], usedB[m.j] = true, true
			res.Conflicts++
		}
	}
	slices.SortFunc(kept, func(x, y match) int { return cmp.Compare(x.i, y.i) })
	res.Aligned = len(kept)
	res.RareShared = rareShared(a.words, b.words, opt.Rare)
	for _, m := range kept {
		if anchored(a.Sentences[m.i], b.Sentences[m.j], opt.Rare) {
			res.Anchored++
		}
		if opt.VeryRare != nil && sharesWord(a.Sentences[m.i].words, b.Sentences[m.j].words, opt.VeryRare) {
			res.Distinctive++
		}
	}
	total := 0.0
	for k := 0; k < len(kept); {
		start := k
		sum := kept[k].score
		for k+1 < len(kept) && kept[k+1].i == kept[k].i+1 && kept[k+1].j == kept[k].j+1 {
			k++
			sum += kept[k].score
		}
		first, last := kept[start], kept[k]
		res.Passages = append(res.Passages, Passage{
			AStart: a.Sentences[first.i].Span.Start, AEnd: a.Sentences[last.i].Span.End,
			BStart: b.Sentences[first.j].Span.Start, BEnd: b.Sentences[last.j].Span.End,
			Score: sum / float64(k-start+1), Sentences: k - start + 1,
		})
		total += sum
		k++
	}
	if len(kept) > 0 {
		res.Score = total / float64(len(kept))
	}
	return res
}

func comparable(t Text, minWords int) []bool {
	ok := make([]bool, len(t.Sentences))
	for i, s := range t.Sentences {
		ok[i] = len(s.words) >= minWords
	}
	return ok
}

func rareShared(a, b []uint64, rare func(uint64) bool) float64 {
	if rare == nil {
		return -1
	}
	inA, inB, shared := countRare(a, b, rare)
	if inA == 0 || inB == 0 {
		return -1
	}
	return float64(shared) / float64(min(inA, inB))
}

// sharesWord reports whether two sorted word sets share a word that keep accepts.
func sharesWord(a, b []uint64, keep func(uint64) bool) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			if keep(a[i]) {
				return true
			}
			i++
			j++
		}
	}
	return false
}
