package attrib

import (
	"strings"
	"unicode/utf8"
)

// maxSourceWords bounds a source phrase; longer runs are content, not a source.
const maxSourceWords = 14

// ownerVerbs join a document to the body that made it (إحصائية أجرتها مجلة …).
var ownerVerbs = map[string]bool{
	"اجرتها": true, "اجراها": true, "اصدرتها": true, "اصدرها": true, "نشرتها": true,
	"نشرها": true, "اعدتها": true, "اعدها": true, "اجريت": true, "صادر": true, "الصادر": true, "الصادره": true,
}

// docModifiers may stand before a document noun (أحدث تقرير، أبرز الملفات).
var docModifiers = map[string]bool{"احدث": true, "اخر": true, "اول": true, "ثاني": true, "جديد": true, "ابرز": true, "بعض": true, "احدي": true, "جميع": true, "كافه": true}

// determiners stand before a head noun without being it (هذه الوثائق، بعض المنشقين).
var determiners = map[string]bool{"كلا": true, "كلتا": true, "هذه": true, "هذا": true, "تلك": true, "ذلك": true, "هؤلاء": true, "هولاء": true, "بعض": true, "جميع": true, "كل": true, "كافه": true, "معظم": true, "عدد": true}

// speechNouns are documents that are someone's words: their owner may be a person
// (طبقاً لحديث حبيب، تبعاً لتقديرات حبيب).
var speechNouns = map[string]bool{"حديث": true, "تصريح": true, "تصريحات": true, "تقديرات": true, "تقدير": true, "روايه": true, "قول": true, "كلام": true}

// isStopWord says whether a folded word ends a source phrase.
func (x *Extractor) isStopWord(f string) bool {
	lx := x.lex
	if lx.is("stop", f) || lx.is("marker", f) || lx.is("time", f) {
		return true
	}
	if s, ok := stripClitic(f); ok && (lx.is("stop", s) || lx.is("time", s)) {
		return true
	}
	if x.isVerbCue(f) {
		return true
	}
	for _, c := range x.lex.cues[f] {
		if c.class == classPrep && len(c.words) == 1 && (c.an || c.lam) {
			return true // "صحيفة عكاظ نقلاً عن …"
		}
	}
	return false
}

// isPrepCue says whether cue words (a link's Cue) begin with a prepositional cue.
func (x *Extractor) isPrepCue(cueText string) bool {
	f := strings.Fields(foldString(cueText))
	if len(f) == 0 {
		return false
	}
	for _, w := range []string{f[0], stripOne(f[0])} {
		for _, c := range x.lex.cues[w] {
			if c.class == classPrep {
				return true
			}
		}
	}
	return false
}

// isVerbCue says whether a folded word is a speech or document verb of the lexicon.
func (x *Extractor) isVerbCue(f string) bool {
	for _, w := range []string{f, stripOne(f)} {
		for _, c := range x.lex.cues[w] {
			if len(c.words) == 1 && (c.class == classSay || c.class == classDoc || c.class == classRelay) {
				return true
			}
		}
	}
	return false
}

func stripOne(f string) string {
	if s, ok := stripClitic(f); ok {
		return s
	}
	return f
}

// readPhrase finds the extent of a source phrase starting at token j (exclusive end,
// never past limit). It stops at content markers, prepositions, time words, verbs and
// punctuation, but runs through a short quoted name, "في" inside an anonymous or role
// phrase (مصدر في الشرطة، الخبير في شؤون …) and a comma between a title and a name.
func (d *docRun) readPhrase(j, limit int) int {
	toks, x := d.toks, d.x
	k, words, commas := j, 0, 0
	headKind, headSet := "", false
	for k < limit && words < maxSourceWords {
		t := toks[k]
		if !t.word() {
			switch {
			case isQuote(t.punct):
				end, ok := d.quotedName(k, limit)
				if !ok {
					return k
				}
				if words == 0 {
					return end // «عكاظ»: a quoted name is the whole name
				}
				k = end
				words++
				continue
			case isComma(t.punct) && commas < 2 && words > 0 && d.appositive(k+1, limit, j):
				commas++
				k++
				continue
			case t.punct == '.' && words > 0 && k+1 < limit && toks[k+1].word() && utf8.RuneCountInString(toks[k].fold) <= 1:
				k++ // "د. محمد"
				continue
			}
			return k
		}
		f := t.fold
		if f == "في" || f == "in" {
			if words == 0 || words > 5 || !(headKind == KindAnonymous || headKind == KindPerson) {
				return k
			}
			if k+1 >= limit || !toks[k+1].word() || x.lex.is("venue", toks[k+1].fold) || x.lex.is("time", toks[k+1].fold) || x.isStopWord(toks[k+1].fold) {
				return k
			}
			k++
			words++
			continue
		}
		if f == "ل" || (words > 0 && x.isStopWord(f)) || (words == 0 && (x.lex.is("marker", f) || x.lex.is("stop", f) || x.lex.is("time", f))) {
			return k
		}
		if words > 0 && hasAl(toks[k-1].fold) && !hasAl(f) && !strings.HasPrefix(f, "ل") && !strings.HasPrefix(f, "ب") && toks[k-1].word() {
			if headKind != KindPerson || !d.nameEndsSoon(k, limit) {
				return k // "المرصد قيام داعش", "الرئيس المصري أهمية زيارة …": an object, not a name
			}
		}
		if words > 0 && headSet && headKind == "" && (x.headKind(f) != "" && !x.lex.roleTitle[f] && !x.lex.honorific[f] || looksFutureVerb(f)) {
			return k // "فهد هادي شركة الكهرباء": a name ends where a body begins
		}
		if words == 0 && looksFutureVerb(f) {
			return k
		}
		if !headSet && !docModifiers[stripAl(f)] && !determiners[f] {
			headSet = true
			headKind = x.headKind(f)
			if x.lex.roleTitle[f] || x.lex.honorific[f] {
				headKind = KindPerson
			}
		}
		k++
		words++
	}
	return k
}

// nameEndsSoon says whether the words from k end within six words, as a person's name
// after a title does ("وزير الدفاع الباكستاني خواجه آصف اليوم إن").
func (d *docRun) nameEndsSoon(k, limit int) bool {
	for e := k; e < limit && e <= k+6; e++ {
		t := d.toks[e]
		if d.x.lex.honorific[t.fold] {
			continue // "العقيد دكتور عاطي القرشي"
		}
		if !t.word() || d.x.isStopWord(t.fold) || t.fold == "في" || strings.HasPrefix(t.fold, "ل") && e > k || d.x.lex.roleTitle[t.fold] {
			return e > k
		}
	}
	return k+6 >= limit
}

// quotedName reads a quoted name («مورغان ستانلي») of at most five words at k and
// returns the index after its closing mark.
func (d *docRun) quotedName(k, limit int) (int, bool) {
	for e := k + 1; e < limit && e <= k+6; e++ {
		t := d.toks[e]
		if t.word() {
			if d.x.lex.is("marker", t.fold) {
				return 0, false
			}
			continue
		}
		if isQuote(t.punct) {
			return e + 1, e > k+1
		}
		return 0, false
	}
	return 0, false
}

// appositive says whether the phrase may run on past a comma at k-1: into a title
// (…، المتحدث الأمني في وزارة الداخلية) or, after a title phrase, into a name.
func (d *docRun) appositive(k, limit, phraseStart int) bool {
	if k >= limit || !d.toks[k].word() {
		return false
	}
	f := d.toks[k].fold
	if d.x.lex.roleTitle[f] || d.x.lex.honorific[f] {
		return true
	}
	first := d.toks[phraseStart].fold
	if !(d.x.lex.roleTitle[first] || d.x.lex.honorific[first]) {
		return false
	}
	// a name of one to four words, then a comma, a verb cue or a marker
	for e := k; e < limit && e < k+5; e++ {
		t := d.toks[e]
		if !t.word() {
			return isComma(t.punct) && e > k
		}
		if d.x.isStopWord(t.fold) || hasAl(t.fold) && e == k {
			return d.x.isVerbCue(t.fold) && e > k
		}
	}
	return false
}

// headKind is the kind a head noun gives a source phrase, "" when it gives none.
func (x *Extractor) headKind(f string) string {
	for _, w := range []string{f, stripLam(f), stripAl(f), stripBa(f)} {
		if k, ok := x.lex.heads[w]; ok {
			return k
		}
	}
	return ""
}

func stripBa(f string) string {
	if strings.HasPrefix(f, "ب") && utf8.RuneCountInString(f) > 3 {
		return f[len("ب"):]
	}
	return f
}
