package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/data"
)

// FixedPath is the list of fixed expressions and verbs that read as names,
// inside data.NER.
const FixedPath = "ner/fixed.tsv"

// fixedWords is the parsed data/ner/fixed.tsv: word sequences that are
// never names (حسن الجوار، حسن النية: "good" + a definite noun, the idafa
// of an adjective that is also a first name) and past-tense verbs that are
// also first names, with the prepositions they govern (أشرف على).
type fixedWords struct {
	// phrases by first folded word: each phrase's folded words, and for
	// each word whether the rule leaves its tag alone ([الله]).
	phrases map[string][]fixedPhrase
	maxLen  int
	// verbs maps a folded verb to the prepositions it governs, written as
	// in text (على، عليه …: not folded, so that على is not the name علي).
	verbs map[string][]string
}

type fixedPhrase struct {
	words []string
	keep  []bool
}

// readFixed parses the fixed-expression file: `phrase<TAB>words` (a word
// in brackets is left as tagged) and `verb<TAB>verb<TAB>prep prep …`.
func readFixed(r io.Reader, name string) (*fixedWords, error) {
	fw := &fixedWords{phrases: map[string][]fixedPhrase{}, verbs: map[string][]string{}}
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		switch {
		case f[0] == "phrase" && len(f) == 2:
			var p fixedPhrase
			for _, w := range strings.Fields(f[1]) {
				keep := strings.HasPrefix(w, "[") && strings.HasSuffix(w, "]")
				p.words = append(p.words, arabic.Fold(strings.Trim(w, "[]")))
				p.keep = append(p.keep, keep)
			}
			if len(p.words) < 2 || len(p.words) > 8 {
				return nil, fmt.Errorf("%s:%d: a phrase has two to eight words", name, line)
			}
			fw.phrases[p.words[0]] = append(fw.phrases[p.words[0]], p)
			fw.maxLen = max(fw.maxLen, len(p.words))
		case f[0] == "verb" && len(f) == 3:
			fw.verbs[arabic.Fold(f[1])] = strings.Fields(f[2])
		default:
			return nil, fmt.Errorf("%s:%d: want phrase<TAB>words or verb<TAB>verb<TAB>prepositions", name, line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return fw, nil
}

// shippedFixed is data/ner/fixed.tsv, read once.
var shippedFixed = sync.OnceValues(func() (*fixedWords, error) {
	f, err := data.NER.Open(FixedPath)
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", FixedPath, err)
	}
	defer f.Close()
	return readFixed(f, "data/"+FixedPath)
})

// mustFixed is the shipped list; the file is embedded, so a parse error is
// a build defect that TestShippedFixed catches.
func mustFixed() *fixedWords {
	fw, err := shippedFixed()
	if err != nil {
		panic(err)
	}
	return fw
}

// fixDecoded applies the decoding rules to the tagger's output, in order:
// words no name contains (edges.go), fixed expressions and verbs that read
// as names (data/ner/fixed.tsv), places that are a common noun and an
// adjective (common.go), then the family name a titled name left out
// (continuation.go).
func (m *Model) fixDecoded(doc [][]string, ids [][]int) {
	dropNonNameWords(doc, ids)
	fw := mustFixed()
	fw.dropFixedPhrases(doc, ids)
	fw.dropVerbs(doc, ids)
	m.dropCommonNounPhrases(doc, ids, mustCommon())
	m.continueTitledNames(doc, ids)
}

// conjunctionPrepositions are the proclitics a fixed expression's first
// word may carry (وحسن الجوار، بحسن النية، لحسن الحظ، فحسن الظن).
var conjunctionPrepositions = []string{"وب", "ول", "فب", "فل", "و", "ف", "ب", "ل"}

// withoutProclitics returns the folded word, then its readings without one
// of the proclitics above.
func withoutProclitics(folded string) []string {
	out := []string{folded}
	for _, p := range conjunctionPrepositions {
		if rest, ok := strings.CutPrefix(folded, p); ok && len([]rune(rest)) >= 2 {
			out = append(out, rest)
		}
	}
	return out
}

// dropFixedPhrases tags O every word of a fixed expression the tagger put
// inside an entity, and opens with B- what continued through it.
func (fw *fixedWords) dropFixedPhrases(doc [][]string, ids [][]int) {
	for s, sent := range ids {
		for i := 0; i+1 < len(sent); i++ {
			// an expression matters where the tagger put one of its first
			// two words in an entity: folding only there keeps this cheap
			if sent[i] == tagO && sent[i+1] == tagO {
				continue
			}
			p := fw.phraseAt(doc[s], i)
			if p == nil {
				continue
			}
			// a kept word stays only as an entity of its own (الله
			// B-MISC), not as the inside of one the phrase cuts
			var drop [8]bool
			for k := range p.words {
				drop[k] = !p.keep[k] || isInsideTag(sent[i+k])
			}
			// an entity opened inside the expression was read from it: what
			// it ran on into after the expression goes too (حسن الظن بالله)
			end, tail := i+len(p.words), i+len(p.words)
			if !isInsideTag(sent[i]) {
				for tail < len(sent) && isInsideTag(sent[tail]) {
					tail++
				}
			}
			for k := range p.words {
				if drop[k] {
					setO(sent, i+k)
				}
			}
			for k := end; k < tail; k++ {
				sent[k] = tagO
			}
			i += len(p.words) - 1
		}
	}
}

// phraseAt returns the fixed expression starting at token i (its first
// word read with or without proclitics), or nil.
func (fw *fixedWords) phraseAt(tokens []string, i int) *fixedPhrase {
	for _, first := range withoutProclitics(arabic.Fold(tokens[i])) {
		for k, p := range fw.phrases[first] {
			if i+len(p.words) > len(tokens) {
				continue
			}
			ok := true
			for j := 1; j < len(p.words) && ok; j++ {
				ok = arabic.Fold(tokens[i+j]) == p.words[j]
			}
			if ok {
				return &fw.phrases[first][k]
			}
		}
	}
	return nil
}

// dropVerbs tags O a verb that is also a name (أشرف) where the tagger made
// it a one-word entity and the preposition the verb governs follows it,
// directly or after one word outside any entity (its subject): "أشرف على
// تدريب الفريق", "مجموعات أشرف الأمريكان على تدريبها". A name is followed
// by another name (أشرف غني), which the tagger puts in the same entity.
func (fw *fixedWords) dropVerbs(doc [][]string, ids [][]int) {
	for s, sent := range ids {
		for i, t := range sent {
			if t == tagO || t%2 == 0 || (i+1 < len(sent) && isInsideTag(sent[i+1])) {
				continue // not a one-word entity
			}
			var preps []string
			for _, w := range withoutProclitics(arabic.Fold(doc[s][i])) {
				if p, ok := fw.verbs[w]; ok {
					preps = p
					break
				}
			}
			if preps == nil {
				continue
			}
			governs := func(k int) bool {
				return k < len(sent) && containsWord(preps, plainLetters(doc[s][k]))
			}
			if governs(i+1) || (i+1 < len(sent) && sent[i+1] == tagO && hasLetter(doc[s][i+1]) && governs(i+2)) {
				sent[i] = tagO
			}
		}
	}
}

// setO tags token i O, opening with B- an entity that continued through it.
func setO(sent []int, i int) {
	if sent[i] == tagO {
		return
	}
	sent[i] = tagO
	if i+1 < len(sent) {
		if b, in := isInside(sent[i+1]); in {
			sent[i+1] = b
		}
	}
}

func isInsideTag(t int) bool {
	_, in := isInside(t)
	return in
}

func containsWord(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// plainLetters drops the harakat and tatweel of a token but keeps its
// letters as written (على stays apart from علي).
func plainLetters(tok string) string {
	return strings.Map(func(r rune) rune {
		if (r >= 0x064B && r <= 0x065F) || r == 0x0670 || r == 0x0640 {
			return -1
		}
		return r
	}, tok)
}

// FixTags applies the decoding rules of TagDocument to BIO tags made
// elsewhere — gold tags or another run's — and returns the fixed copy: run
// on gold tags it shows which true names a rule would cut.
func (m *Model) FixTags(doc [][]string, tags [][]string) [][]string {
	ids := make([][]int, len(tags))
	for s, sent := range tags {
		ids[s] = make([]int, len(sent))
		for i, t := range sent {
			ids[s][i], _ = tagID(t)
		}
	}
	m.fixDecoded(doc, ids)
	out := make([][]string, len(ids))
	for s, sent := range ids {
		out[s] = make([]string, len(sent))
		for i, t := range sent {
			out[s][i] = tagNames[t]
		}
	}
	return out
}
