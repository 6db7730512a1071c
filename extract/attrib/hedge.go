package attrib

import "unicode/utf8"

// hedges finds the hedges inside tokens [a,b) and records document-wide disclaimers.
func (d *docRun) hedges(a, b int) []Hedge {
	var out []Hedge
	for k := a; k < b; k++ {
		t := d.toks[k]
		if !t.word() {
			continue
		}
		if hp, n, ok := d.matchHedge(k, b); ok {
			h := Hedge{Text: d.span(k, k+n), Start: t.start, End: d.toks[k+n-1].end}
			out = append(out, h)
			if hp.document {
				d.docHedges = append(d.docHedges, docHedge{h: h, documents: d.namesDocuments(a, b)})
			}
			k += n - 1
			continue
		}
		if stripConj(t.fold) == "قد" && k+1 < b && presentVerb(d.toks[k+1].fold) {
			out = append(out, Hedge{Text: d.span(k, k+2), Start: t.start, End: d.toks[k+1].end})
			k++
		}
	}
	return out
}

// namesDocuments says whether tokens [a,b) name a document (هذه الوثائق).
func (d *docRun) namesDocuments(a, b int) bool {
	for k := a; k < b; k++ {
		if d.toks[k].word() && d.x.headKind(stripAl(d.toks[k].fold)) == KindDocument {
			return true
		}
	}
	return false
}

// presentVerb guesses an imperfect verb after قد: "قد يستغرق" hedges, "قد تم" does not.
func presentVerb(f string) bool {
	if utf8.RuneCountInString(f) < 3 || f == "تم" || f == "تمت" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f)
	// past verbs may begin with ت or ن too (تقدم، نفذ): those need a longer word
	return r == 'ي' || (r == 'ت' || r == 'ن') && utf8.RuneCountInString(f) >= 4
}

func (d *docRun) matchHedge(k, b int) (hedgePhrase, int, bool) {
	t := d.toks[k]
	for _, first := range []string{t.fold, stripConj(t.fold)} {
		best, bestN := hedgePhrase{}, 0
		for _, hp := range d.x.lex.hedges[first] {
			if len(hp.words) > bestN && d.wordsAt(k+1, b, hp.words[1:]) {
				best, bestN = hp, len(hp.words)
			}
		}
		if bestN > 0 {
			return best, bestN, true
		}
	}
	return hedgePhrase{}, 0, false
}

// wordsAt says whether the folded words follow from token k on.
func (d *docRun) wordsAt(k, b int, words []string) bool {
	if k+len(words) > b {
		return false
	}
	for i, w := range words {
		if !d.toks[k+i].word() || d.toks[k+i].fold != w {
			return false
		}
	}
	return true
}

// phraseAt is the length of a phrase of the named list starting at token k, or 0.
func (d *docRun) phraseAt(list string, k int) int {
	if k >= len(d.toks) || !d.toks[k].word() {
		return 0
	}
	byFirst := d.x.lex.phrases[list]
	f := d.toks[k].fold
	for _, first := range []string{f, stripConj(f)} {
		for _, p := range byFirst[first] {
			if d.wordsAt(k+1, len(d.toks), p[1:]) {
				return len(p)
			}
		}
	}
	return 0
}

// denies says whether tokens [a,b) hold a denial phrase (عار عن الصحة).
func (d *docRun) denies(a, b int) bool {
	for k := a; k < b; k++ {
		if n := d.phraseAt("denial", k); n > 0 && k+n <= b {
			return true
		}
	}
	return false
}

// applyDocHedges attaches each document-wide disclaimer to the claims resting on
// documents (or, when it names none, on documents or anonymous sources).
func (d *docRun) applyDocHedges() {
	for _, dh := range d.docHedges {
		for i := range d.claims {
			c := &d.claims[i]
			if !restsOn(c.Chain, dh.documents) || hasHedge(c.Hedges, dh.h) {
				continue
			}
			c.Hedges = append(c.Hedges, dh.h)
		}
	}
}

func restsOn(chain []Link, documentsOnly bool) bool {
	for _, l := range chain {
		if l.Kind == KindDocument || !documentsOnly && l.Kind == KindAnonymous {
			return true
		}
	}
	return false
}

func hasHedge(hs []Hedge, h Hedge) bool {
	for _, x := range hs {
		if x.Start == h.Start && x.End == h.End {
			return true
		}
	}
	return false
}
