package timex_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/isnad/isnad/extract/quantity/goldset"
	"github.com/isnad/isnad/extract/timex"
	"github.com/isnad/isnad/internal/testenv"
)

// The bars of issue 4 on the hand-made SaudiNewsNet gold set.
const (
	minValueAccuracy = 0.95 // exact value (and range end) on matched mentions
)

// TestGoldSaudiNewsNet scores the tagger on testdata/gold/timex: mention
// recall (gold mentions overlapped by a tagged one) and exact-value accuracy
// on the matched ones. It fails below the bar. Run with -v for the figures
// and every miss.
func TestGoldSaudiNewsNet(t *testing.T) {
	gold, err := goldset.ReadJSONL[goldset.Time](filepath.Join(testenv.RepoRoot(t), "testdata", "gold", "timex", "saudinewsnet.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]string, 0, len(gold))
	for _, g := range gold {
		ids = append(ids, g.Doc)
	}
	docs, err := goldset.LoadDocs(goldset.SharedCorpus(testenv.Shared(t)), ids)
	if err != nil {
		t.Fatal(err)
	}
	tagger := newTagger(t)
	tagged := map[string][]timex.Time{}
	for id, a := range docs {
		anchor := ""
		for _, g := range gold {
			if g.Doc == id {
				anchor = g.Anchor
				break
			}
		}
		times, _, err := tagger.TagDocument(a.Content, anchor)
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		tagged[id] = times
	}
	var matched, valueOK, qualOK int
	var misses []string
	for _, g := range gold {
		best, bestOv := -1, 0
		for k, tm := range tagged[g.Doc] {
			if ov := goldset.Overlap(g.Start, g.End, tm.Start, tm.End); ov > bestOv {
				best, bestOv = k, ov
			}
		}
		if best < 0 {
			misses = append(misses, fmt.Sprintf("MISSED %s %q want %s %s", g.Doc, g.Text, goldset.Str(g.Value), goldset.Str(g.Qualifier)))
			continue
		}
		matched++
		tm := tagged[g.Doc][best]
		wantEnd := ""
		if g.EndValue != nil {
			wantEnd = *g.EndValue
		}
		if tm.Value == strings.TrimSpace(deref(g.Value)) && (wantEnd == "" || tm.EndValue == wantEnd) {
			valueOK++
		} else {
			misses = append(misses, fmt.Sprintf("VALUE  %s %q got %q=%s>%s want %s>%s", g.Doc, g.Text, tm.Text, tm.Value, tm.EndValue, goldset.Str(g.Value), wantEnd))
		}
		if tm.Qualifier == deref(g.Qualifier) {
			qualOK++
		} else {
			misses = append(misses, fmt.Sprintf("QUAL   %s %q got %q want %q", g.Doc, g.Text, tm.Qualifier, deref(g.Qualifier)))
		}
	}
	// precision: tagged mentions inside the annotated regions that match no gold
	var inRegion, spurious int
	for id, list := range tagged {
		region := len([]rune(docs[id].Annotated()))
		for _, x := range list {
			if x.End > region {
				continue
			}
			inRegion++
			hit := false
			for _, g := range gold {
				if g.Doc == id && goldset.Overlap(g.Start, g.End, x.Start, x.End) > 0 {
					hit = true
					break
				}
			}
			if !hit {
				spurious++
				misses = append(misses, fmt.Sprintf("EXTRA  %s %q", id, x.Text))
			}
		}
	}
	for _, m := range misses {
		t.Log(m)
	}
	recall := float64(matched) / float64(len(gold))
	acc := float64(valueOK) / float64(max(matched, 1))
	qacc := float64(qualOK) / float64(max(matched, 1))
	t.Logf("timex gold: %d mentions in %d articles; recall %.1f%% (%d); exact value %.1f%% (%d/%d); qualifier %.1f%%; precision %.1f%% (%d extra of %d tagged)",
		len(gold), len(docs), 100*recall, matched, 100*acc, valueOK, matched, 100*qacc,
		100*float64(inRegion-spurious)/float64(max(inRegion, 1)), spurious, inRegion)
	if acc < minValueAccuracy {
		t.Errorf("exact-value accuracy %.1f%% is below the bar of %.0f%%", 100*acc, 100*minValueAccuracy)
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func newTagger(tb testing.TB) *timex.Tagger {
	tb.Helper()
	lex, err := timex.Default()
	if err != nil {
		tb.Fatal(err)
	}
	return timex.New(lex)
}
