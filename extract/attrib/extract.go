package attrib

import (
	"sort"
	"strings"
)

// Extractor finds claims and their chains. It holds only read-only tables and is safe
// for concurrent use.
type Extractor struct {
	lex     *Lexicon
	outlets OutletResolver
}

// New makes an extractor over a lexicon. outlets recognises outlet and agency names;
// nil uses the lexicon's own fallback list (data/attrib/sources.tsv).
func New(lex *Lexicon, outlets OutletResolver) *Extractor {
	if outlets == nil {
		outlets = lex
	}
	return &Extractor{lex: lex, outlets: outlets}
}

// maxHeadingWords is the longest line without final punctuation read as a heading
// (titles and sub-headings) rather than as body text.
const maxHeadingWords = 20

// docRun is the state of one Extract call.
type docRun struct {
	x       *Extractor
	in      Input
	runes   []rune
	toks    []token
	claims  []Claim
	credits []Link

	history     [][]Link // chains seen so far, for re-mentions (المصدر، عبدالرحمن)
	last        []Link   // chain of the latest attributed sentence, carried by continuations
	lastPara    int
	lastSent    int // index of the sentence that set last
	curSent     int // index of the sentence being read
	heading     []Link
	headingPara int
	docHedges   []docHedge
}

// docHedge is a document-wide disclaimer and whether it names documents.
type docHedge struct {
	h         Hedge
	documents bool
}

// Extract returns the claims of one document in text order.
func (x *Extractor) Extract(in Input) []Claim {
	d := &docRun{x: x, in: in, runes: []rune(in.Text), lastPara: -1, lastSent: -10, headingPara: -1}
	d.toks = tokenize(in.Text)
	for _, c := range in.Credits {
		name, kind := c, KindOutlet
		if canon, ok := x.outlets.Outlet(c); ok {
			name = canon
		}
		if ks, ok := x.lex.known(strings.Join(strings.Fields(foldString(name)), " ")); ok && ks.kind == KindAgency {
			kind = KindAgency
		}
		d.credits = append(d.credits, Link{Name: name, Kind: kind, Cue: "credit", Start: -1, End: -1})
	}
	ti := 0
	quoteOpen := false
	prevPara := -1
	for si, sp := range in.Sentences {
		for ti < len(d.toks) && d.toks[ti].start < sp.Start {
			ti++
		}
		a := ti
		b := a
		for b < len(d.toks) && d.toks[b].end <= sp.End {
			b++
		}
		ti = b
		if a >= b {
			continue
		}
		para := d.toks[a].para
		if para != prevPara {
			quoteOpen = false
			prevPara = para
		}
		startsInQuote := quoteOpen
		quoteOpen = d.quoteStateAfter(a, b, quoteOpen)
		d.curSent = si
		d.sentence(si, a, b, para, startsInQuote)
	}
	d.applyDocHedges()
	for i := range d.claims {
		c := &d.claims[i]
		c.Chain = d.withCredits(c.Chain)
		c.ID = claimID(in.DocID, c.Start, c.End, c.Text)
		if c.Polarity == "" {
			c.Polarity = Asserted
		}
	}
	return d.claims
}

// quoteStateAfter tracks whether a quotation is open at the end of tokens [a,b).
func (d *docRun) quoteStateAfter(a, b int, open bool) bool {
	for k := a; k < b; k++ {
		r := d.toks[k].punct
		switch {
		case r == '"':
			open = !open
		case r == '«' || r == '“' || r == '„':
			open = true
		case r == '»' || r == '”':
			open = false
		}
	}
	return open
}

// sentence turns tokens [a,b) of sentence si into claims.
func (d *docRun) sentence(si, a, b, para int, inQuote bool) {
	words := 0
	for k := a; k < b; k++ {
		if d.toks[k].word() {
			words++
		}
	}
	lastTok := d.toks[b-1]
	lineStart := a == 0 || d.toks[a-1].para != para
	lineEnd := b == len(d.toks) || d.toks[b].para != para
	if lineStart && lineEnd && words <= maxHeadingWords && !inQuote && !strings.ContainsRune(".!؟?…", lastTok.punct) {
		d.headingLine(si, a, b, para)
		return
	}
	if lastTok.punct == '?' || lastTok.punct == '؟' || words < 3 {
		if words > 0 && words < 3 && !lastTok.word() && lastTok.punct == '.' {
			d.fragment(si, a, b, para)
		}
		return
	}
	if d.phraseAt("voice", d.firstWord(a, b)) > 0 {
		d.addClaim(a, b, nil, false, nil)
		d.last = nil
		return
	}
	groups := d.findGroups(a, b)
	if len(groups) == 0 {
		var chain []Link
		carried := false
		switch {
		case d.last != nil && d.continuesContent(a, b):
			chain, carried = d.last, true
		case inQuote && d.last != nil && d.lastPara == para:
			chain, carried = d.last, true
		case d.heading != nil && para > d.headingPara:
			chain, carried = d.heading, true
		default:
			d.last = nil
		}
		d.addClaim(a, b, chain, carried, nil)
		if carried {
			d.lastSent = si
		}
		return
	}
	if d.fragmentOnly(groups, a, b) && d.attachBack(groups[0], para) {
		return
	}
	before := len(d.claims)
	d.clauses(si, groups, a, b, para)
	d.wrapByMedia(before, groups, b)
	if inQuote && groups[0].nested < 0 && groups[0].post(d, a) && groups[0].chain != nil {
		// a quotation closed by "بحسب X": X said what the quotation holds
		d.backfill(before-1, groups[0].chain, para)
	}
}

// continuesContent says whether a sentence goes on with reported content: it opens
// with "وأن"، "وأنه"، "وإن" (…. وأنه تم تدمير الطقم).
func (d *docRun) continuesContent(a, b int) bool {
	k := d.firstWord(a, b)
	if k >= b {
		return false
	}
	f := d.toks[k].fold
	return strings.HasPrefix(f, "وان") && d.x.lex.is("marker", f[len("و"):])
}

// firstWord is the index of the first word token of [a,b), or b.
func (d *docRun) firstWord(a, b int) int {
	for k := a; k < b; k++ {
		if d.toks[k].word() {
			return k
		}
	}
	return b
}

// headingLine handles a short line without final punctuation: a "Source: words"
// sub-heading is a claim of that source and carries it over the paragraphs under it;
// any other heading ends such carrying and is no claim.
func (d *docRun) headingLine(si, a, b, para int) {
	d.heading = nil
	colon := -1
	for k := a; k < b && k < a+8; k++ {
		if d.toks[k].punct == ':' {
			colon = k
			break
		}
	}
	if colon <= a || colon == b-1 {
		return
	}
	l, ok := d.nameSource(a, colon, false)
	if !ok || l.Kind == KindUnknown || l.guessed {
		return
	}
	chain := d.resolve(l, a, colon)
	if len(d.claims) > 0 { // a title above the body carries nothing
		d.heading, d.headingPara = chain, para
	}
	d.history = append(d.history, chain)
	d.addClaim(a, b, chain, false, nil)
}

// fragment handles a two-word sentence such as "وفقا لوكالة افي." closing what precedes.
func (d *docRun) fragment(si, a, b, para int) {
	groups := d.findGroups(a, b)
	if len(groups) == 1 && groups[0].chain != nil {
		d.attachBack(groups[0], para)
	}
}

// fragmentOnly says whether the sentence is nothing but one attribution cue and its
// source ("وفقا لوكالة افي.", "بحسب عبدالرحمن.").
func (d *docRun) fragmentOnly(groups []group, a, b int) bool {
	if len(groups) != 1 || groups[0].chain == nil || groups[0].c.class != classPrep {
		return false
	}
	g := groups[0]
	return g.start <= d.firstWord(a, b) && d.firstWord(g.end, b) == b
}

// attachBack gives the chain of a closing attribution ("وفقا لوكالة افي.") to the
// outlet-voice claim before it in the paragraph, and to every claim since a quotation
// it closes opened. It reports whether there was such a claim.
func (d *docRun) attachBack(g group, para int) bool {
	n := len(d.claims)
	if n == 0 || d.tokPara(d.claims[n-1].End-1) != para || len(d.claims[n-1].Chain) > 0 {
		return false
	}
	d.claims[n-1].Chain = g.chain
	if !d.opensQuote(d.claims[n-1].Start, d.claims[n-1].End) {
		d.backfill(n-2, g.chain, para)
	}
	d.last, d.lastPara = g.chain, para
	d.history = append(d.history, g.chain)
	return true
}

// backfill carries chain back over the outlet-voice claims from index i down to the one
// that opened the quotation now being closed.
func (d *docRun) backfill(i int, chain []Link, para int) {
	for ; i >= 0; i-- {
		c := &d.claims[i]
		if d.tokPara(c.End-1) != para || len(c.Chain) > 0 {
			return
		}
		c.Chain, c.Carried = chain, true
		if d.opensQuote(c.Start, c.End) {
			return
		}
	}
}

// opensQuote says whether the text span begins a quotation.
func (d *docRun) opensQuote(start, end int) bool {
	for i := start; i < end && i < start+3; i++ {
		if opensQuote(d.runes[i]) {
			return true
		}
	}
	return false
}

// tokPara is the paragraph of the character at code point i.
func (d *docRun) tokPara(i int) int {
	k := sort.Search(len(d.toks), func(k int) bool { return d.toks[k].end > i })
	if k >= len(d.toks) {
		k = len(d.toks) - 1
	}
	return d.toks[k].para
}

// clauses splits a sentence with its cue groups into claims: one per independent
// source; nested groups deepen the chain of the group they sit in.
func (d *docRun) clauses(si int, groups []group, a, b, para int) {
	d.wrapReported(groups)
	var top []int
	for i, g := range groups {
		if g.nested < 0 {
			top = append(top, i)
		}
	}
	from := a
	first := len(d.claims)
	for n, gi := range top {
		g := groups[gi]
		if n == 0 && !g.post(d, from) && (g.indep || g.c.class == classPrep) && d.wordsIn(from, g.start) >= 4 {
			// "أصيب رجل أمن …، ونقلت وكالة …": the outlet's own words come first
			d.addClaim(from, g.start, nil, false, nil)
			from = g.start
		}
		to := b
		if n+1 < len(top) {
			next := groups[top[n+1]]
			if g.post(d, from) {
				to = g.end
			} else {
				to = next.start
			}
			if to <= from {
				to = next.start
			}
		}
		chain, carried := d.groupChain(groups, gi, para)
		deny := g.c.deny
		var extra []Hedge
		for _, o := range groups {
			if o.start >= from && o.start < to {
				deny = deny || o.c.deny
				if o.c.hedge {
					extra = append(extra, Hedge{Text: d.span(o.cueFrom, o.cueTo), Start: d.toks[o.cueFrom].start, End: d.toks[o.cueTo-1].end})
				}
			}
		}
		if to > from {
			c := d.addClaim(from, to, chain, carried, extra)
			if deny {
				c.Polarity = Denied
			}
		}
		if chain != nil {
			// a continuation goes on with the clause's own speaker, not with a source
			// nested inside what it reported
			own := chain
			if !g.pronoun && g.chain != nil {
				own = g.chain
			}
			d.last, d.lastPara, d.lastSent = own, para, si
		}
		from = to
	}
	d.mergeBareCredit(first)
}

// wordsIn counts the word tokens of [a,b).
func (d *docRun) wordsIn(a, b int) int {
	n := 0
	for k := a; k < b && k < len(d.toks); k++ {
		if d.toks[k].word() {
			n++
		}
	}
	return n
}

// mergeBareCredit folds a sentence's last claim that is nothing but a closing
// attribution ("…، بحسب موقع ترك برس.") into the claim before it, as its outer source.
func (d *docRun) mergeBareCredit(first int) {
	n := len(d.claims)
	if n-first < 2 {
		return
	}
	last, prev := d.claims[n-1], &d.claims[n-2]
	s, e := d.tokenRange(last.Start, last.End)
	if len(last.Chain) == 0 {
		return
	}
	o := last.Chain[len(last.Chain)-1]
	if !d.x.isPrepCue(o.Cue) {
		return // "وأعلن تنظيم داعش مسؤوليته عنه." is a report of its own
	}
	if o.Start < 0 || d.wordsIn(s, e)-d.wordsIn(d.tokenRange(o.Start, o.End)) > 3 {
		return
	}
	prev.End = last.End
	prev.Text = string(d.runes[prev.Start:prev.End])
	prev.Chain = dedupe(append(append([]Link{}, last.Chain...), prev.Chain...))
	prev.Hedges = append(prev.Hedges, last.Hedges...)
	d.claims = d.claims[:n-1]
	d.last = last.Chain
}

// wrapReported nests a reported statement in the attribution that closes it: in
// "حذرت قوات سوريا الديمقراطية من أن …، بحسب تقرير لوكالة فرانس برس" the agency is the
// outer source of the warning, not a second, separate one.
func (d *docRun) wrapReported(groups []group) {
	prev := -1
	for i := range groups {
		g := &groups[i]
		if g.nested >= 0 {
			continue
		}
		if prev >= 0 && g.c.class == classPrep && g.chain != nil && !g.pronoun {
			p := &groups[prev]
			if p.c.class != classPrep && !p.pronoun && p.chain != nil && g.post(d, p.start) {
				p.nested = i
				for j := range groups {
					if groups[j].nested == prev {
						groups[j].nested = i
					}
				}
			}
		}
		prev = i
	}
}

// wrapByMedia gives a closing media credit ("…، بحسب موقع ترك برس.") to the claims of
// its sentence that had no source of their own: the outlet carried the whole report.
func (d *docRun) wrapByMedia(first int, groups []group, b int) {
	g := groups[len(groups)-1]
	if g.c.class != classPrep || g.nested >= 0 || len(g.chain) == 0 || d.firstWord(g.end, b) != b {
		return
	}
	if k := g.chain[0].Kind; k != KindOutlet && k != KindAgency {
		return
	}
	for i := first; i < len(d.claims)-1; i++ {
		if c := &d.claims[i]; len(c.Chain) == 0 {
			c.Chain = g.chain
		}
	}
}

// groupChain is the chain of group gi with the groups nested in it.
func (d *docRun) groupChain(groups []group, gi, para int) ([]Link, bool) {
	g := groups[gi]
	chain, carried := g.chain, false
	if g.pronoun {
		if d.last == nil {
			chain = nil
		} else {
			chain, carried = append(append([]Link{}, g.recipients...), d.last...), true
			chain = dedupe(chain)
		}
	}
	for i, o := range groups {
		if o.nested == gi && o.chain != nil && i != gi {
			chain = dedupe(append(append([]Link{}, chain...), o.chain...))
		}
	}
	if chain != nil && !carried {
		d.history = append(d.history, chain)
	}
	return chain, carried
}

// addClaim appends the claim over tokens [a,b) and returns it.
func (d *docRun) addClaim(a, b int, chain []Link, carried bool, extra []Hedge) *Claim {
	start, end := d.toks[a].start, d.toks[b-1].end
	c := Claim{Start: start, End: end, Text: string(d.runes[start:end]), Chain: chain, Carried: carried}
	c.Hedges = d.hedges(a, b)
	for _, h := range extra {
		if !hasHedge(c.Hedges, h) {
			c.Hedges = append(c.Hedges, h)
		}
	}
	if d.denies(a, b) {
		c.Polarity = Denied
	}
	d.claims = append(d.claims, c)
	return &d.claims[len(d.claims)-1]
}

// span is the text of tokens [a,b).
func (d *docRun) span(a, b int) string {
	return string(d.runes[d.toks[a].start:d.toks[b-1].end])
}

// withCredits puts the document's whole-piece credits in front of a chain and drops
// the publishing outlet from it.
func (d *docRun) withCredits(chain []Link) []Link {
	out := make([]Link, 0, len(d.credits)+len(chain))
	out = append(out, d.credits...)
	for _, l := range chain {
		if d.isPublisher(l) {
			continue
		}
		out = append(out, l)
	}
	out = dedupe(out)
	if len(out) == 0 {
		return nil
	}
	return out
}

func (d *docRun) isPublisher(l Link) bool {
	if d.in.Outlet == "" || (l.Kind != KindOutlet && l.Kind != KindAgency) {
		return false
	}
	pub := foldKey(d.in.Outlet)
	if foldKey(l.Name) == pub {
		return true
	}
	canon, ok := d.x.outlets.Outlet(l.Name)
	return ok && foldKey(canon) == pub
}

// foldKey is the folded form of a name without spaces, quotes or the article, for
// comparing names.
func foldKey(s string) string {
	f := strings.Fields(foldString(stripQuotes(s)))
	for i, w := range f {
		f[i] = stripAl(w)
	}
	return strings.Join(f, "")
}

// dedupe drops a link that repeats the one before it or an earlier credit.
func dedupe(chain []Link) []Link {
	out := chain[:0:0]
	seen := map[string]bool{}
	for _, l := range chain {
		k := foldKey(l.Name)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, l)
	}
	return out
}
