package judge

import (
	"context"
	"maps"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/isnad/isnad/arabic"

	"github.com/isnad/isnad/export"
)

// contradictions compares the claims of each group pairwise (different
// documents), and the related pairs outside groups (similar enough and
// sharing at least two entities), attribute by attribute.
func (c *corpus) contradictions(ctx context.Context, pm *PairModel, groups [][]int, pairs []scoredPair, related float64) []export.Contradiction {
	out := []export.Contradiction{}
	seen := map[[2]int]bool{}
	compare := func(i, j int, sameGroup bool) {
		if i > j {
			i, j = j, i
		}
		if seen[[2]int{i, j}] || c.claims[i].doc == c.claims[j].doc {
			return
		}
		seen[[2]int{i, j}] = true
		out = append(out, c.compare(pm, i, j, sameGroup)...)
	}
	for gi, g := range groups {
		if gi%256 == 0 && ctx.Err() != nil {
			return out
		}
		if len(g) > 50 {
			continue // a very large group is a topic, not one assertion
		}
		for x := range g {
			for y := x + 1; y < len(g); y++ {
				compare(g[x], g[y], true)
			}
		}
	}
	for _, p := range pairs {
		if p.score >= related && sharedCount(c.claims[p.a].ents, c.claims[p.b].ents) >= 2 {
			compare(p.a, p.b, false)
		}
	}
	return out
}

// Gates on the pairs compared. Two claims of one group are compared for
// facts (time, figures, agents) only when they are near retellings or name
// a common entity; dates need a near retelling or two common entities,
// places a near retelling; the wording model, trained on near-identical
// headline pairs, only runs on near retellings.
const (
	nearRetelling    = 0.5
	wordingRetelling = 0.6
)

func (c *corpus) compare(pm *PairModel, i, j int, sameGroup bool) []export.Contradiction {
	var out []export.Contradiction
	a, b := c.a.Claims[i], c.a.Claims[j]
	ids := []string{a.ID, b.ID}
	sim := c.similarity(i, j)
	gate := !sameGroup || sim >= nearRetelling || sharedCount(c.claims[i].ents, c.claims[j].ents) > 0
	if !gate {
		return nil
	}
	if k, ok := c.timeClash(i, j); ok && (sim >= nearRetelling || sharedCount(c.claims[i].ents, c.claims[j].ents) >= 2) {
		out = append(out, c.contradiction(ids, "time", k))
	}
	if k, ok := c.quantityClash(i, j); ok {
		out = append(out, c.contradiction(ids, "quantity", k))
	}
	if sameGroup && a.Polarity != b.Polarity && a.Polarity != "" && b.Polarity != "" {
		out = append(out, c.contradiction(ids, "polarity", clash{a.Polarity, b.Polarity, func(t texts) string { return t.f("denied") }}))
	} else if sameGroup && sim >= wordingRetelling {
		out = append(out, c.wordingClash(pm, i, j, ids)...)
	}
	if k, ok := c.actorClash(i, j); ok && sameGroup {
		out = append(out, c.contradiction(ids, "actor", k))
	}
	if k, ok := c.placeClash(i, j); ok && sameGroup && sim >= nearRetelling {
		out = append(out, c.contradiction(ids, "place", k))
	}
	if k, ok := c.affiliationClash(i, j); ok && sameGroup {
		out = append(out, c.contradiction(ids, "affiliation", k))
	}
	return out
}

// wordingClash asks the pair model (the same one measured on ANS stance)
// whether two reports of one group contradict, and reports it only with
// its evidence aligned in both claims: a word negated on one side, or
// opposite words, standing among the same neighbours (so a name such as
// "أبو البراء" is not read against a "سجن" elsewhere in a long claim).
func (c *corpus) wordingClash(pm *PairModel, i, j int, ids []string) []export.Contradiction {
	wi, wj := c.wordsOf(i), c.wordsOf(j)
	ev := pm.features(wi, wj)
	p := pm.probability(ev)
	if p < 0.5 {
		return nil
	}
	switch {
	case ev.negated != "" && c.aligned(wi, wj, ev.negated, ev.negated):
		v, word := c.negationValues(i, j, ev.negated), c.displayOne(i, j, ev.negated)
		return []export.Contradiction{c.contradiction(ids, "polarity", clash{v[0], v[1], func(t texts) string { return t.f("negated", word, p) }})}
	case ev.poles[0] != "" && (c.aligned(wi, wj, ev.poles[0], ev.poles[1]) || c.aligned(wj, wi, ev.poles[0], ev.poles[1])):
		v := []string{c.displayOne(i, i, ev.poles[0]), c.displayOne(j, j, ev.poles[1])}
		return []export.Contradiction{c.contradiction(ids, "polarity", clash{v[0], v[1], func(t texts) string { return t.f("poles", v[0], v[1], p) }})}
	case ev.antonyms[0] != "" && (c.aligned(wi, wj, ev.antonyms[0], ev.antonyms[1]) || c.aligned(wj, wi, ev.antonyms[0], ev.antonyms[1])):
		v := []string{c.displayOne(i, i, ev.antonyms[0]), c.displayOne(j, j, ev.antonyms[1])}
		return []export.Contradiction{c.contradiction(ids, "polarity", clash{v[0], v[1], func(t texts) string { return t.f("antonyms", v[0], v[1], p) }})}
	}
	return nil
}

// aligned reports whether word k of a and word l of b have a content
// neighbour in common within three words either side.
func (c *corpus) aligned(a, b []word, k, l string) bool {
	near := func(ws []word, key string) map[string]bool {
		out := map[string]bool{}
		for n, w := range ws {
			if w.key != key {
				continue
			}
			for m := max(0, n-3); m < min(len(ws), n+4); m++ {
				if m != n && c.lex.stop.isContent(ws[m]) && ws[m].key != key {
					out[ws[m].key] = true
				}
			}
		}
		return out
	}
	return sharesAny(near(a, k), near(b, l))
}

func (c *corpus) negationValues(i, j int, key string) []string {
	show := func(k int) string {
		ws := c.wordsOf(k)
		text := []rune(c.a.Claims[k].Text)
		for n, w := range ws {
			if w.key == key {
				from := int(w.start)
				if n > 0 && ws[n-1].negator {
					from = int(ws[n-1].start)
				}
				end := len(text)
				if n+1 < len(ws) {
					end = int(ws[n+1].start)
				}
				return strings.TrimSpace(string(text[from:end]))
			}
		}
		return key
	}
	return []string{show(i), show(j)}
}

// timeClash: two claims date the same event differently. Each resolved time
// is tied to the words just before it in its claim (the event: بدأت
// المفاوضات في …); two times tied to two common words, one of them not part
// of a name, written differently, contradict when their
// values differ at the precision both give (2021-04 vs 2021-05 contradict;
// 2021 vs 2021-05 do not) and neither claim has a time agreeing with the
// other's.
func (c *corpus) timeClash(i, j int) (clash, bool) {
	ti, tj := c.claimTimes(i), c.claimTimes(j)
	for _, x := range ti {
		if agrees(x.value, tj) {
			continue
		}
		for _, y := range tj {
			if agrees(y.value, ti) || sharedCountKeys(x.context, y.context) < 2 || !sharesAny(x.events, y.events) || x.text == y.text || nearDays(x.value, y.value) {
				continue
			}
			if x.value[:4] != y.value[:4] && x.qualifier != "" {
				continue // "since 2021" and "2022" need not clash
			}
			words := c.display(i, shared(x.context, y.context))
			return clash{x.value, y.value, func(t texts) string {
				return t.f("time", strings.Join(words, t.f("list")), x.text, y.text)
			}}, true
		}
	}
	return clash{}, false
}

// nearDays: two day-precision dates at most two days apart are not a
// clash — retellings published a day later say "yesterday" for "today",
// and relative dates resolve against each document's own date.
func nearDays(a, b string) bool {
	if len(a) != 10 || len(b) != 10 {
		return false
	}
	ta, ea := time.Parse(time.DateOnly, a)
	tb, eb := time.Parse(time.DateOnly, b)
	if ea != nil || eb != nil {
		return false
	}
	d := ta.Sub(tb)
	return d <= 48*time.Hour && d >= -48*time.Hour
}

func sharedCountKeys(a, b map[string]bool) int {
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return n
}

type claimTime struct {
	value, text, qualifier string
	context                map[string]bool
	events                 map[string]bool // context words that are not part of a name
}

// withoutNames drops from a context the words of claim i that lie inside
// entity mentions: names say who, not what happened when.
func (c *corpus) withoutNames(i int, ctx map[string]bool) map[string]bool {
	names := map[string]bool{}
	base := c.a.Claims[i].Start
	ms := c.mentionsIn(i)
	for _, w := range c.wordsOf(i) {
		for _, m := range ms {
			if int(w.start)+base >= m.start && int(w.start)+base < m.end {
				names[w.key] = true
			}
		}
	}
	out := map[string]bool{}
	for k := range ctx {
		if !names[k] {
			out[k] = true
		}
	}
	return out
}

// claimTimes are the claim's resolved times with their event context: the
// content words among the eight before the time.
func (c *corpus) claimTimes(i int) []claimTime {
	cl := c.a.Claims[i]
	var out []claimTime
	for _, ti := range cl.Times {
		if ti < 0 || ti >= len(c.a.Times) {
			continue
		}
		t := c.a.Times[ti]
		if t.Value == nil || len(*t.Value) < 4 || t.EndValue != nil {
			continue // ranges are spans, not the date of one event
		}
		if !hasDigit(t.Text) {
			continue // relative dates (أمس، الجمعة المقبل) resolve against each document's own date
		}
		ct := claimTime{value: *t.Value, text: t.Text, context: map[string]bool{}}
		if t.Qualifier != nil {
			ct.qualifier = *t.Qualifier
			if q := ct.qualifier; q == "since" || q == "before" || q == "after" {
				continue // a bound, not a date
			}
		}
		ct.context = c.contextBefore(i, t.Start, 8)
		ct.events = c.withoutNames(i, ct.context)
		out = append(out, ct)
	}
	return out
}

// contextBefore is the event context of a span of claim i starting at
// document offset start: the content words among the window before it
// (eight words for a date, which often closes a clause).
func (c *corpus) contextBefore(i, start, window int) map[string]bool {
	out := map[string]bool{}
	rel := start - c.a.Claims[i].Start
	ws := c.wordsOf(i)
	k := 0
	for k < len(ws) && int(ws[k].start) < rel {
		k++
	}
	for n := max(0, k-window); n < k; n++ {
		if w := ws[n]; c.lex.stop.isContent(w) && !w.number && !calendarWord[w.key] {
			out[w.key] = true
		}
	}
	return out
}

// eventWord is the nearest content word before a figure of claim i: the
// event it counts (قتل فيها 6، هروب المئات). Figures are compared only when
// this word is the same, so two counts of one noun in different events
// never clash.
func (c *corpus) eventWord(i, start int) map[string]bool {
	rel := start - c.a.Claims[i].Start
	ws := c.wordsOf(i)
	k := 0
	for k < len(ws) && int(ws[k].start) < rel {
		k++
	}
	for n := k - 1; n >= 0 && n >= k-4; n-- {
		if w := ws[n]; c.lex.stop.isContent(w) && !w.number {
			return map[string]bool{w.key: true}
		}
	}
	return nil
}

// calendarWord: words that name the calendar, not the event.
var calendarWord = map[string]bool{keyOf("شهر"): true, keyOf("عام"): true, keyOf("العام"): true, keyOf("سنة"): true, keyOf("يوم"): true, keyOf("منتصف"): true, keyOf("أواخر"): true}

func agrees(v string, ts []claimTime) bool {
	for _, t := range ts {
		if strings.HasPrefix(v, t.value) || strings.HasPrefix(t.value, v) {
			return true
		}
	}
	return false
}

func sharesAny(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// shared are the keys in both sets.
func shared(a, b map[string]bool) map[string]bool {
	out := map[string]bool{}
	for k := range a {
		if b[k] {
			out[k] = true
		}
	}
	return out
}

// display is how the words of claim i with the given matching keys read in
// its text, in text order, each once: the written word without a
// conjunction or preposition glued to it (لإيران → إيران, والفصائل →
// الفصائل), never the key itself (a stem such as يران).
func (c *corpus) display(i int, keys map[string]bool) []string {
	ws := c.wordsOf(i)
	var out []string
	seen := map[string]bool{}
	n := 0
	for t := range arabic.Words(c.a.Claims[i].Text) {
		if n >= len(ws) {
			break
		}
		if k := ws[n].key; keys[k] && !seen[k] {
			seen[k] = true
			out = append(out, displayWord(t.Text))
		}
		n++
	}
	return out
}

// displayOne is the written form of one key in claim i, else in claim j,
// else the key.
func (c *corpus) displayOne(i, j int, key string) string {
	for _, k := range []int{i, j} {
		if d := c.display(k, map[string]bool{key: true}); len(d) > 0 {
			return d[0]
		}
	}
	return key
}

// displayWord drops the conjunctions and prepositions glued to a word and
// keeps its article and suffixes.
func displayWord(w string) string {
	seg := arabic.Segment(w)
	out := seg.Stem
	if slices.Contains(seg.Prefixes, "ال") {
		out = "ال" + out
	}
	return out + strings.Join(seg.Suffixes, "")
}

// quantityClash: two figures of the same counted noun, tied to a common
// word before them, that differ beyond their tolerance (exact figures must
// be equal; an approximate one may be off by a quarter; bounds and vague
// counts clash only when their ranges do not meet). Figures of different
// nouns never clash: "6 killed" and "hundreds escaped" are different facts.
func (c *corpus) quantityClash(i, j int) (clash, bool) {
	qi, qj := c.a.Claims[i].Quantities, c.a.Claims[j].Quantities
	for _, x := range qi {
		for _, y := range qj {
			if x < 0 || y < 0 || x >= len(c.a.Quantities) || y >= len(c.a.Quantities) {
				continue
			}
			qx, qy := c.a.Quantities[x], c.a.Quantities[y]
			if qx.Unit == "" || keyOf(qx.Unit) != keyOf(qy.Unit) || qx.Value == nil || qy.Value == nil {
				continue
			}
			if !sharesAny(c.eventWord(i, qx.Start), c.eventWord(j, qy.Start)) {
				continue // different events: "6 killed" and "hundreds escaped"
			}
			if compatible(qx, qy) || anyCompatible(c.a.Quantities, qx, qj) || anyCompatible(c.a.Quantities, qy, qi) {
				continue
			}
			return clash{qx.Text, qy.Text, func(t texts) string { return t.f("quantity", qx.Unit, qx.Text, qy.Text) }}, true
		}
	}
	return clash{}, false
}

func anyCompatible(all []export.Quantity, q export.Quantity, idx []int) bool {
	for _, k := range idx {
		if k >= 0 && k < len(all) && keyOf(all[k].Unit) == keyOf(q.Unit) && all[k].Value != nil && compatible(q, all[k]) {
			return true
		}
	}
	return false
}

func compatible(a, b export.Quantity) bool {
	lo := func(q export.Quantity) float64 {
		if q.Min != nil {
			return *q.Min
		}
		if q.Approx {
			return *q.Value * 0.75
		}
		return *q.Value
	}
	hi := func(q export.Quantity) float64 {
		if q.Max != nil {
			return *q.Max
		}
		if q.Min != nil && q.Approx {
			return math.Inf(1) // أكثر من، مئات: a lower bound
		}
		if q.Approx {
			return *q.Value * 1.25
		}
		return *q.Value
	}
	return lo(a) <= hi(b) && lo(b) <= hi(a)
}

// affiliationClash: the same entity said to belong to different bodies in
// two retellings. A claim states an affiliation when an entity mention is
// followed by a marker (التابع لـ، الموالية لـ) and another entity; the other
// claim either states a different one for the same entity or names the
// entity without one, which leaves it with its usual parent (the actor
// lexicon's affiliation): "فرع الأمن العسكري في دير الزور" in one retelling and
// "فرع الأمن العسكري التابع لـ الحرس الثوري" in another.
func (c *corpus) affiliationClash(i, j int) (clash, bool) {
	ai, aj := c.statedAffiliations(i), c.statedAffiliations(j)
	// try finds an entity x states a body for and y gives another: the
	// entity, the body in x, the body in y.
	try := func(x, y map[string]string, yClaim int) (ent, inX, inY string, ok bool) {
		for _, ent := range slices.Sorted(maps.Keys(x)) { // in a fixed order: one report per pair
			body := x[ent]
			other, stated := y[ent]
			if !stated {
				if !slices.Contains(c.a.Claims[yClaim].Entities, ent) {
					continue
				}
				other = c.entAffil[ent]
			}
			if other == "" || other == body || c.entAffil[body] == other || c.entAffil[other] == body {
				continue
			}
			return ent, body, other, true
		}
		return "", "", "", false
	}
	ent, bi, bj, ok := try(ai, aj, j)
	if !ok {
		ent, bj, bi, ok = try(aj, ai, i)
	}
	if !ok {
		return clash{}, false
	}
	e, nameI, nameJ := c.name(ent), c.name(bi), c.name(bj)
	return clash{e + " ← " + nameI, e + " ← " + nameJ, func(t texts) string { return t.f("affiliation", e, nameI, nameJ) }}, true
}

func (c *corpus) name(ent string) string {
	if n, ok := c.entName[ent]; ok {
		return n
	}
	return ent
}

// affiliationMarkers introduce the body a unit belongs to.
var affiliationMarkers = map[string]bool{keyOf("التابع"): true, keyOf("التابعة"): true, keyOf("الموالي"): true, keyOf("الموالية"): true, keyOf("التابعين"): true, keyOf("تابعة"): true, keyOf("تابع"): true, keyOf("موالية"): true}

// statedAffiliations maps an entity of claim i to the entity the claim
// says it belongs to: mention, right after it a marker, then within
// two words the body's mention.
func (c *corpus) statedAffiliations(i int) map[string]string {
	out := map[string]string{}
	ms := c.mentionsIn(i)
	if len(ms) < 2 {
		return out
	}
	ws := c.wordsOf(i)
	base := c.a.Claims[i].Start
	wordAt := func(off int) int {
		for k, w := range ws {
			if int(w.start) >= off-base {
				return k
			}
		}
		return len(ws)
	}
	for x, m := range ms {
		after := wordAt(m.end)
		for k := after; k < min(after+1, len(ws)); k++ {
			if !affiliationMarkers[ws[k].key] {
				continue
			}
			for _, n := range ms[x+1:] {
				if w := wordAt(n.start); w > k && w <= k+2 && n.ent != m.ent {
					out[m.ent] = n.ent
				}
			}
		}
	}
	return out
}

type entMention struct {
	ent        string
	start, end int
}

// mentionsIn are the entity mentions inside claim i, in text order.
func (c *corpus) mentionsIn(i int) []entMention {
	cl := c.a.Claims[i]
	var out []entMention
	for _, m := range c.mentions[cl.Doc] {
		if m.start >= cl.Start && m.end <= cl.End {
			out = append(out, m)
		}
	}
	return out
}

// hasDigit reports whether a time expression writes a number (a year, a
// day): an explicit date rather than one relative to the publication.
func hasDigit(s string) bool {
	for _, r := range arabic.ASCIIDigits(s) {
		if r >= '0' && r <= '9' {
			return true
		}
	}
	return false
}
