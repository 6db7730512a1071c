package link

import (
	"cmp"
	"context"
	"fmt"
	"runtime"
	"slices"
	"sort"
	"sync"

	"github.com/isnad/isnad/link/align"
)

// TextSource gives back a document's text by id: the index keeps none.
type TextSource interface {
	Text(ctx context.Context, id string) (string, error)
}

// TextFunc adapts a function to TextSource.
type TextFunc func(ctx context.Context, id string) (string, error)

// Text calls f.
func (f TextFunc) Text(ctx context.Context, id string) (string, error) { return f(ctx, id) }

// Thresholds decide a candidate pair's kind. Zero fields take defaults.
type Thresholds struct {
	SyndicationJaccard     float64 // default 0.8
	SyndicationContainment float64 // default 0.9
	RewriteMinSentences    int     // fewest aligned sentences for a rewrite (default 2)
	RewriteMinAnchored     int     // fewest aligned sentences sharing a rare word or figure (default 1)
	RareShared             float64 // least share of rare words in common (default 0.6)
	RewriteStrongAnchored  int     // aligned sentences sharing a very rare word, with no clash, that make a rewrite whatever the coverage (default 3)
	NamelessJaccard        float64 // least Jaccard when a text has no rare word (default 0.5)
	RewriteCoverage        float64 // least share of one text's sentences aligned with the other (default 0.5)
	Align                  align.Options
}

func (t Thresholds) withDefaults() Thresholds {
	if t.SyndicationJaccard <= 0 {
		t.SyndicationJaccard = 0.8
	}
	if t.SyndicationContainment <= 0 {
		t.SyndicationContainment = 0.9
	}
	if t.RewriteMinSentences <= 0 {
		t.RewriteMinSentences = 2
	}
	if t.RewriteMinAnchored <= 0 {
		t.RewriteMinAnchored = 1
	}
	if t.RewriteStrongAnchored <= 0 {
		t.RewriteStrongAnchored = 3
	}
	if t.RareShared <= 0 {
		t.RareShared = 0.6
	}
	if t.NamelessJaccard <= 0 {
		t.NamelessJaccard = 0.5
	}
	if t.RewriteCoverage <= 0 {
		t.RewriteCoverage = 0.5
	}
	return t
}

// OriginPair is a same-origin link supplied from outside the index: two
// documents whose chains end at one credited origin without shared wording
// (filled by chain analysis; the index cannot see it).
type OriginPair struct {
	A, B, Origin string
}

// StoryOptions tune Stories.
type StoryOptions struct {
	Thresholds Thresholds
	// Lexicon names figures and places (DefaultLexicon); nil compares
	// digits only and no places.
	Lexicon *align.Lexicon
	Origins []OriginPair
	Workers int // default GOMAXPROCS
}

// Verify decides one candidate from its alignment: the pair's evidence and
// whether it is a story link at all.
func (t Thresholds) Verify(c Candidate, r align.Result) (PairEvidence, bool) {
	t = t.withDefaults()
	ev := PairEvidence{A: c.A, B: c.B, Jaccard: c.Jaccard, Containment: c.Containment,
		ACoverage: r.ACoverage(), BCoverage: r.BCoverage(), Passages: r.Passages,
		RareShared: r.RareShared, Anchored: r.Anchored, Conflicts: r.Conflicts}
	cover := max(ev.ACoverage, ev.BCoverage)
	// Two fillings of one template (a cable to Bolivia, one to Niger; the
	// fourth and the fifth aid plane) share their wording but not their
	// names: the texts' rare words must mostly agree. Texts without rare
	// words must be alike as wholes.
	namesAgree := r.RareShared >= t.RareShared || (r.RareShared < 0 && c.Jaccard >= t.NamelessJaccard)
	// Several copied sentences that carry the same names or figures, and
	// none that clashes, show a rewrite even when it is a small part of a
	// longer piece (a report retold inside commentary).
	strongPassages := r.Distinctive >= t.RewriteStrongAnchored && r.Conflicts == 0
	switch {
	case !namesAgree && !strongPassages:
		return ev, false
	// As many sentences clash on figures, places or names as agree, or as
	// many clash as share a name or figure: one template, two events.
	case r.Conflicts > 0 && (2*r.Conflicts >= r.Aligned || r.Anchored <= r.Conflicts):
		return ev, false
	case c.Jaccard >= t.SyndicationJaccard || c.Containment >= t.SyndicationContainment:
		ev.Kind = Syndication
	// A rewrite: a good share of one text comes from the other, and some
	// copied sentences carry the same names or figures.
	// At least one copied sentence must share a very rare word: the fillings
	// of an agency template (a cable, an execution notice, a weather
	// report) share wording and common names, never the particulars.
	case r.Aligned >= t.RewriteMinSentences && (cover >= t.RewriteCoverage || strongPassages) &&
		(r.Anchored >= t.RewriteMinAnchored || r.RareShared < 0) && r.Distinctive >= 1:
		ev.Kind = Rewrite
	default:
		return ev, false
	}
	return ev, true
}

// Stories verifies every candidate against the texts (fetched from src, a
// pair at a time, with a small cache) and clusters the verified pairs into
// stories by union-find. Only stories of two or more documents are
// returned, largest first, then by id.
func (x *Index) Stories(ctx context.Context, src TextSource, opt StoryOptions) ([]Story, error) {
	cands, err := x.Candidates(ctx)
	if err != nil {
		return nil, err
	}
	opt.Thresholds.Align = x.alignOptions(opt.Thresholds.Align)
	pairs, err := VerifyAll(ctx, cands, src, opt)
	if err != nil {
		return nil, err
	}
	for _, o := range opt.Origins {
		a, b := o.A, o.B
		if a > b {
			a, b = b, a
		}
		pairs = append(pairs, PairEvidence{A: a, B: b, Kind: SameOrigin, Origin: o.Origin})
	}
	return Cluster(pairs), nil
}

// VerifyAll aligns each candidate's texts and keeps the pairs that pass the
// thresholds, in candidate order. Work is spread over the workers by runs
// of candidates sharing their A document, whose prepared text is reused.
func VerifyAll(ctx context.Context, cands []Candidate, src TextSource, opt StoryOptions) ([]PairEvidence, error) {
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	results := make([]*PairEvidence, len(cands))
	runs := make(chan [2]int)
	errc := make(chan error, workers)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	cache := newTextCache(src, 4096, opt.Lexicon)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range runs {
				for i := r[0]; i < r[1]; i++ {
					c := cands[i]
					ta, err := cache.get(ctx, c.A)
					if err == nil {
						var tb align.Text
						tb, err = cache.get(ctx, c.B)
						if err == nil {
							res := align.Align(ta, tb, opt.Thresholds.Align)
							if ev, ok := opt.Thresholds.Verify(c, res); ok {
								results[i] = &ev
							}
						}
					}
					if err != nil {
						errc <- fmt.Errorf("link: verifying %s and %s: %w", c.A, c.B, err)
						cancel()
						return
					}
				}
			}
		}()
	}
feed:
	for i := 0; i < len(cands); {
		j := i + 1
		for j < len(cands) && cands[j].A == cands[i].A {
			j++
		}
		select {
		case runs <- [2]int{i, j}:
		case <-ctx.Done():
			break feed
		}
		i = j
	}
	close(runs)
	wg.Wait()
	close(errc)
	if err := <-errc; err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var out []PairEvidence
	for _, p := range results {
		if p != nil {
			out = append(out, *p)
		}
	}
	return out, nil
}

// Cluster joins verified pairs into stories (connected components).
func Cluster(pairs []PairEvidence) []Story {
	ids := map[string]uint32{}
	var names []string
	num := func(id string) uint32 {
		n, ok := ids[id]
		if !ok {
			n = uint32(len(names))
			ids[id] = n
			names = append(names, id)
		}
		return n
	}
	for _, p := range pairs {
		num(p.A)
		num(p.B)
	}
	uf := newUnionFind(len(names))
	for _, p := range pairs {
		uf.union(ids[p.A], ids[p.B])
	}
	byRoot := map[uint32]*Story{}
	for _, p := range pairs {
		root := uf.find(ids[p.A])
		s := byRoot[root]
		if s == nil {
			s = &Story{Kind: p.Kind}
			byRoot[root] = s
		}
		if kindRank(p.Kind) < kindRank(s.Kind) {
			s.Kind = p.Kind
		}
		s.Pairs = append(s.Pairs, p)
	}
	for i, name := range names {
		byRoot[uf.find(uint32(i))].Documents = append(byRoot[uf.find(uint32(i))].Documents, name)
	}
	stories := make([]Story, 0, len(byRoot))
	for _, s := range byRoot {
		sortStrings(s.Documents)
		slices.SortFunc(s.Pairs, func(p, q PairEvidence) int {
			return cmp.Or(cmp.Compare(p.A, q.A), cmp.Compare(p.B, q.B), cmp.Compare(p.Kind, q.Kind))
		})
		s.ID = StoryID(s.Documents)
		s.Evidence, s.EvidenceByLang = evidence(*s)
		stories = append(stories, *s)
	}
	slices.SortFunc(stories, func(p, q Story) int {
		return cmp.Or(cmp.Compare(len(q.Documents), len(p.Documents)), cmp.Compare(p.ID, q.ID))
	})
	return stories
}

func sortStrings(s []string) { sort.Strings(s) }

// textCache keeps recently prepared texts, shared by the workers:
// candidates come grouped by their first document, and a document's text
// is fetched and prepared once while it stays among the last `size`.
type textCache struct {
	src   TextSource
	lex   *align.Lexicon
	size  int
	mu    sync.Mutex
	order []string
	texts map[string]align.Text
}

func newTextCache(src TextSource, size int, lex *align.Lexicon) *textCache {
	return &textCache{src: src, size: size, lex: lex, texts: map[string]align.Text{}}
}

func (c *textCache) get(ctx context.Context, id string) (align.Text, error) {
	c.mu.Lock()
	t, ok := c.texts[id]
	c.mu.Unlock()
	if ok {
		return t, nil
	}
	s, err := c.src.Text(ctx, id)
	if err != nil {
		return align.Text{}, fmt.Errorf("fetching text of %s: %w", id, err)
	}
	t = align.Prepare(s, c.lex)
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.texts[id]; ok {
		return t, nil
	}
	if len(c.order) >= c.size {
		delete(c.texts, c.order[0])
		c.order = c.order[1:]
	}
	c.order = append(c.order, id)
	c.texts[id] = t
	return t, nil
}

// verifyPair aligns one candidate's texts and decides it.
func (x *Index) verifyPair(ctx context.Context, c Candidate, src TextSource, t Thresholds, lex *align.Lexicon) (PairEvidence, bool, error) {
	t.Align = x.alignOptions(t.Align)
	ta, err := src.Text(ctx, c.A)
	if err != nil {
		return PairEvidence{}, false, fmt.Errorf("link: fetching text of %s: %w", c.A, err)
	}
	tb, err := src.Text(ctx, c.B)
	if err != nil {
		return PairEvidence{}, false, fmt.Errorf("link: fetching text of %s: %w", c.B, err)
	}
	ev, ok := t.Verify(c, align.Align(align.Prepare(ta, lex), align.Prepare(tb, lex), t.Align))
	return ev, ok, nil
}

// alignOptions fills the word weights and rarity from the index's
// document frequencies where the caller left them unset.
func (x *Index) alignOptions(o align.Options) align.Options {
	if o.Weight == nil {
		o.Weight = x.Weights()
	}
	if o.Rare == nil {
		o.Rare = x.Rare()
	}
	if o.VeryRare == nil {
		o.VeryRare = x.VeryRare()
	}
	return o
}
