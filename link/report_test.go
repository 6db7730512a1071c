package link

import (
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/link/minhash"
)

// TestCorpusReport links the whole of SaudiNewsNet and reports the time,
// the stories per outlet (articles in stories, stories, verified pairs by
// kind, pairs across outlets) and two recall estimates: against pairs of
// articles with the same title, and against a brute-force comparison of
// 2,000 random articles (every pair whose 3-word shingles show one text
// at least 30% contained in the other). Run with ISNAD_EVAL=1.
func TestCorpusReport(t *testing.T) {
	if os.Getenv("ISNAD_EVAL") == "" {
		t.Skip("set ISNAD_EVAL=1 to link the whole corpus and print the report")
	}
	arts := loadCorpus(t)
	stories := linkCorpus(t, arts)
	storyOf := map[string]int{}
	kinds := map[string]int{}
	pairs := 0
	for i, s := range stories {
		for _, d := range s.Documents {
			storyOf[d] = i
		}
		kinds[s.Kind]++
		pairs += len(s.Pairs)
	}
	t.Logf("%d stories (%v), %d verified pairs, %d articles in stories", len(stories), kinds, pairs, len(storyOf))

	// Per outlet: articles, in any story, in a story with another outlet;
	// the stories it takes part in; the verified pairs it takes part in,
	// by kind, and how many of them join it to another outlet.
	outletOf := map[string]string{}
	for _, a := range arts {
		outletOf[a.ID] = a.Source
	}
	type stat struct {
		total, inStory, multi, stories int
		pairs                          map[string]int
		crossPairs                     int
	}
	stats := map[string]*stat{}
	for _, a := range arts {
		st := stats[a.Source]
		if st == nil {
			st = &stat{pairs: map[string]int{}}
			stats[a.Source] = st
		}
		st.total++
		si, ok := storyOf[a.ID]
		if !ok {
			continue
		}
		st.inStory++
		for _, d := range stories[si].Documents {
			if outletOf[d] != a.Source {
				st.multi++
				break
			}
		}
	}
	sizes := map[string]int{}
	for _, s := range stories {
		seen := map[string]bool{}
		for _, d := range s.Documents {
			if o := outletOf[d]; !seen[o] {
				seen[o] = true
				stats[o].stories++
			}
		}
		switch n := len(s.Documents); {
		case n == 2:
			sizes["2"]++
		case n <= 5:
			sizes["3-5"]++
		case n <= 20:
			sizes["6-20"]++
		default:
			sizes[">20"]++
		}
		for _, p := range s.Pairs {
			oa, ob := outletOf[p.A], outletOf[p.B]
			stats[oa].pairs[p.Kind]++
			if ob != oa {
				stats[ob].pairs[p.Kind]++
				stats[oa].crossPairs++
				stats[ob].crossPairs++
			}
		}
	}
	t.Logf("story sizes (documents): %v", sizes)
	var names []string
	for n := range stats {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-14s %8s %9s %20s %8s %12s %9s %13s\n", "outlet", "articles", "in story", "multi-outlet", "stories", "syndication", "rewrite", "cross-outlet")
	for _, n := range names {
		st := stats[n]
		fmt.Fprintf(&b, "%-14s %8d %9d %12d (%4.1f%%) %8d %12d %9d %13d\n", n, st.total, st.inStory, st.multi,
			100*float64(st.multi)/float64(st.total), st.stories, st.pairs[Syndication], st.pairs[Rewrite], st.crossPairs)
	}
	t.Log(b.String())

	same := func(a, b string) bool {
		sa, oka := storyOf[a]
		sb, okb := storyOf[b]
		return oka && okb && sa == sb
	}

	// Recall on identical titles (folded, at least five words).
	byTitle := map[string][]string{}
	for _, a := range arts {
		title := strings.Join(strings.Fields(arabic.Fold(a.Title)), " ")
		if len(strings.Fields(title)) >= 5 && len([]rune(a.Content)) > 200 {
			byTitle[title] = append(byTitle[title], a.ID)
		}
	}
	tp, tn := 0, 0
	for _, ids := range byTitle {
		for i := range ids {
			for j := i + 1; j < len(ids); j++ {
				tn++
				if same(ids[i], ids[j]) {
					tp++
				}
			}
		}
	}
	t.Logf("identical-title pairs in one story: %d/%d = %.3f", tp, tn, float64(tp)/float64(max(tn, 1)))

	// Brute force over a random subsample.
	r := rand.New(rand.NewPCG(2000, 1))
	sample := slices.Clone(arts)
	r.Shuffle(len(sample), func(i, j int) { sample[i], sample[j] = sample[j], sample[i] })
	sample = sample[:2000]
	sh := make([][]uint64, len(sample))
	for i, a := range sample {
		sh[i] = minhash.TextShingles(a.Content, 3)
	}
	ref, found := 0, 0
	var missed []string
	for i := range sample {
		for j := i + 1; j < len(sample); j++ {
			if len(sh[i]) < minShingles || len(sh[j]) < minShingles {
				continue
			}
			inter := minhash.Intersection(sh[i], sh[j])
			if float64(inter) < 0.3*float64(min(len(sh[i]), len(sh[j]))) {
				continue
			}
			ref++
			if same(sample[i].ID, sample[j].ID) {
				found++
			} else {
				missed = append(missed, sample[i].ID+" "+sample[j].ID)
			}
		}
	}
	t.Logf("brute force over 2,000 articles: %d pairs with ≥30%% shingle containment, %d in one story: recall %.3f; missed: %v",
		ref, found, float64(found)/float64(max(ref, 1)), missed)
}
