package judge

import (
	"context"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/isnad/isnad/export"
)

// corpus is the analysis as the judge reads it: one info per claim, the
// documents' provenance and word statistics.
type corpus struct {
	a        *export.Analysis
	lex      *lexicon
	texts    map[string]texts // the reasons' sentences, by language
	lang     string           // the language of each reason's Reason field
	claims   []claimInfo
	docs     map[string]int // document id → index in a.Documents
	prov     *unionFind     // documents of one provenance (story, credited copy)
	idf      map[string]float64
	entName  map[string]string       // entity id → canonical name
	entAffil map[string]string       // entity id → the entity it belongs to
	entKind  map[string]string       // entity id → its finer kind (city, armed-group …)
	mentions map[string][]entMention // document id → entity mentions in text order
	cites    []map[string]bool       // per document: folded outlet names its chains cite
	events   map[string][]eventRef   // claim id → its events
	// tokens holds the words of the claims compared so far: grouping needs
	// only each claim's content keys, and a whole feed's words would be the
	// largest thing the judge holds; the few claims compared for
	// contradictions are tokenized again, once.
	tokens map[int][]word
}

// wordsOf is claim i's words, tokenized on first use. Not safe for
// concurrent use (the contradictions are found on one goroutine).
func (c *corpus) wordsOf(i int) []word {
	ws, ok := c.tokens[i]
	if !ok {
		ws = words(c.a.Claims[i].Text)
		c.tokens[i] = ws
	}
	return ws
}

// eventRef is an event of the analysis, read by claim.
type eventRef = export.Event

// claimInfo is one claim prepared for comparison.
type claimInfo struct {
	doc     int      // index in a.Documents
	content []string // content keys, sorted, each once
	weight  float64  // sum of idf over content
	ents    []string
}

func newCorpus(a *export.Analysis, lex *lexicon) *corpus {
	c := &corpus{a: a, lex: lex, docs: map[string]int{}, idf: map[string]float64{}, entName: map[string]string{}, tokens: map[int][]word{}}
	for i, d := range a.Documents {
		c.docs[d.ID] = i
	}
	c.entAffil, c.entKind, c.mentions = map[string]string{}, map[string]string{}, map[string][]entMention{}
	for _, e := range a.Entities {
		c.entName[e.ID] = e.Name
		c.entKind[e.ID] = e.Kind
		if e.Affiliation != "" {
			c.entAffil[e.ID] = e.Affiliation
		}
		for _, m := range e.Mentions {
			c.mentions[m.Doc] = append(c.mentions[m.Doc], entMention{ent: e.ID, start: m.Start, end: m.End})
		}
	}
	for _, ms := range c.mentions {
		slices.SortFunc(ms, func(x, y entMention) int { return x.start - y.start })
	}
	c.claims = make([]claimInfo, len(a.Claims))
	parallel(len(a.Claims), func(from, to int) {
		// One string per distinct key in this range: a whole feed has
		// millions of words and a vocabulary of a few hundred thousand.
		intern := map[string]string{}
		for i := from; i < to; i++ {
			cl := a.Claims[i]
			ci := claimInfo{doc: -1, ents: cl.Entities}
			if d, ok := c.docs[cl.Doc]; ok {
				ci.doc = d
			}
			for _, w := range words(cl.Text) {
				if !lex.stop.isContent(w) {
					continue
				}
				if s, ok := intern[w.key]; ok {
					w.key = s
				} else {
					intern[w.key] = w.key
				}
				ci.content = append(ci.content, w.key)
			}
			slices.Sort(ci.content)
			ci.content = slices.Clip(slices.Compact(ci.content))
			c.claims[i] = ci
		}
	})
	df := map[string]int{}
	for i := range c.claims {
		for _, k := range c.claims[i].content {
			df[k]++
		}
	}
	n := float64(len(a.Claims)) + 1
	// Squared idf: formulaic phrases repeated across unrelated news (long
	// official titles, protocol wording) must weigh far less than the rare
	// words that make an assertion what it is.
	for k, f := range df {
		w := math.Log(n / float64(f))
		c.idf[k] = w * w
	}
	for i := range c.claims {
		var s float64
		for _, k := range c.claims[i].content {
			s += c.idf[k]
		}
		c.claims[i].weight = s
	}
	c.events = map[string][]eventRef{}
	for _, e := range a.Events {
		c.events[e.Claim] = append(c.events[e.Claim], e)
	}
	c.prov = c.provenance()
	c.cites = make([]map[string]bool, len(a.Documents))
	for i := range c.cites {
		c.cites[i] = map[string]bool{}
	}
	for _, cl := range a.Claims {
		d, ok := c.docs[cl.Doc]
		if !ok {
			continue
		}
		for _, l := range cl.Chain {
			if (l.Kind == "outlet" || l.Kind == "agency") && l.InheritedFrom == "" {
				c.cites[d][foldName(l.Name)] = true
			}
		}
	}
	return c
}

// provenance joins documents that are one piece of reporting: members of a
// story (syndication, rewrite, same origin).
func (c *corpus) provenance() *unionFind {
	uf := newUnionFind(len(c.a.Documents))
	for _, s := range c.a.Stories {
		first := -1
		for _, id := range s.Documents {
			d, ok := c.docs[id]
			if !ok {
				continue
			}
			if first < 0 {
				first = d
				continue
			}
			uf.union(first, d)
		}
	}
	return uf
}

// publisherNames are the names a document is published or credited under.
func (c *corpus) publisherNames(d int) []string {
	doc := c.a.Documents[d]
	var out []string
	if doc.Outlet != nil && *doc.Outlet != "" {
		out = append(out, *doc.Outlet)
	}
	out = append(out, doc.Credits...)
	return out
}

// publishes reports whether document d is published or credited under the
// (folded) outlet name.
func (c *corpus) publishes(d int, folded string) bool {
	for _, n := range c.publisherNames(d) {
		if foldName(n) == folded || strings.HasSuffix(folded, " "+foldName(n)) || strings.HasSuffix(foldName(n), " "+folded) {
			return true
		}
	}
	return false
}

// similarity is how surely two claims make the same assertion: the
// idf-weighted overlap of their content words (mostly Dice, a quarter
// containment in the lighter claim, so a retelling that drops a clause still
// matches), raised a little by shared entities.
func (c *corpus) similarity(i, j int) float64 {
	a, b := &c.claims[i], &c.claims[j]
	if a.weight == 0 || b.weight == 0 {
		return 0
	}
	small, large := a, b
	if len(small.content) > len(large.content) {
		small, large = large, small
	}
	var inter float64
	for x, y := 0, 0; x < len(small.content) && y < len(large.content); {
		switch k := small.content[x]; {
		case k == large.content[y]:
			inter += c.idf[k]
			x++
			y++
		case k < large.content[y]:
			x++
		default:
			y++
		}
	}
	dice := 2 * inter / (a.weight + b.weight)
	cont := inter / math.Min(a.weight, b.weight)
	s := 0.75*dice + 0.25*cont
	if shared := sharedCount(a.ents, b.ents); shared > 0 {
		s += 0.03 * math.Min(float64(shared), 3)
	}
	// A short claim contained in a long one says too little to be the same
	// assertion: damp containment when the shorter claim has few words.
	if n := len(small.content); n < 6 {
		s *= float64(n) / 6
	}
	return math.Min(s, 1)
}

func sharedCount(a, b []string) int {
	n := 0
	for _, x := range a {
		if slices.Contains(b, x) {
			n++
		}
	}
	return n
}

// candidatePairs proposes the pairs of claims of different documents that
// share at least two words rare enough to index (blocking: no claim is
// compared with every other), with their similarity.
func (c *corpus) candidatePairs(ctx context.Context, maxPosting int) ([]scoredPair, error) {
	postings := map[string][]int32{}
	for i, ci := range c.claims {
		for _, k := range ci.content {
			postings[k] = append(postings[k], int32(i))
		}
	}
	chunks := make([][]scoredPair, runtime.GOMAXPROCS(0)*4)
	size := (len(c.claims) + len(chunks) - 1) / len(chunks)
	var failed atomic.Bool
	parallelChunks(len(chunks), func(k int) {
		counts := map[int32]int{}
		for i := k * size; i < min((k+1)*size, len(c.claims)); i++ {
			if i%1024 == 0 && ctx.Err() != nil {
				failed.Store(true)
				return
			}
			ci := &c.claims[i]
			clear(counts)
			for _, key := range ci.content {
				p := postings[key]
				if len(p) > maxPosting {
					continue
				}
				for _, j := range p {
					if int(j) > i {
						counts[j]++
					}
				}
			}
			for j, n := range counts {
				if n < 2 || c.claims[j].doc == ci.doc {
					continue
				}
				if s := c.similarity(i, int(j)); s > 0 {
					chunks[k] = append(chunks[k], scoredPair{a: i, b: int(j), score: s})
				}
			}
		}
	})
	if failed.Load() {
		return nil, ctx.Err()
	}
	var out []scoredPair
	for _, ch := range chunks {
		out = append(out, ch...)
	}
	slices.SortFunc(out, func(x, y scoredPair) int {
		if x.a != y.a {
			return x.a - y.a
		}
		return x.b - y.b
	})
	return out, nil
}

type scoredPair struct {
	a, b  int
	score float64
}

// parallel runs fn over [0, n) split into one range per CPU.
func parallel(n int, fn func(from, to int)) {
	workers := runtime.GOMAXPROCS(0)
	size := (n + workers - 1) / workers
	if size == 0 {
		return
	}
	var wg sync.WaitGroup
	for from := 0; from < n; from += size {
		wg.Add(1)
		go func(from int) {
			defer wg.Done()
			fn(from, min(from+size, n))
		}(from)
	}
	wg.Wait()
}

// parallelChunks runs fn(k) for k in [0, n) on one goroutine per CPU.
func parallelChunks(n int, fn func(k int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				k := int(next.Add(1) - 1)
				if k >= n {
					return
				}
				fn(k)
			}
		}()
	}
	wg.Wait()
}
