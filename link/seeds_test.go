package link

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/isnad/isnad/internal/testenv"
)

// seedCorpus reads the five seed articles, named by file.
func seedCorpus(t *testing.T) map[string]string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(testenv.Seeds(t), "*.txt"))
	if err != nil || len(files) != 5 {
		t.Fatalf("seed articles: %d files, %v", len(files), err)
	}
	texts := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts[filepath.Base(f)[:3]] = string(b)
	}
	return texts
}

func mapSource(texts map[string]string) TextSource {
	return TextFunc(func(_ context.Context, id string) (string, error) {
		t, ok := texts[id]
		if !ok {
			return "", fmt.Errorf("no text %s", id)
		}
		return t, nil
	})
}

// TestSeedStories: the Alhurra report (001) and its rewrite (004) are one
// story, shown with their shared passages; no other seed is joined. The
// seeds alone give too few documents for word frequencies, so the index
// also holds a slice of SaudiNewsNet as background, as it would in use.
func TestSeedStories(t *testing.T) {
	texts := seedCorpus(t)
	arts := loadCorpus(t)
	x, err := NewIndex(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for id, text := range texts {
		if err := x.Add(id, "", nil, text); err != nil {
			t.Fatal(err)
		}
	}
	for _, a := range arts[:3000] {
		if err := x.Add(a.ID, a.Source, nil, a.Content); err != nil {
			t.Fatal(err)
		}
		texts[a.ID] = a.Content
	}
	stories, err := x.Stories(context.Background(), mapSource(texts), StoryOptions{Lexicon: testLexicon(t)})
	if err != nil {
		t.Fatal(err)
	}
	var seedStories []Story
	for _, s := range stories {
		for _, d := range s.Documents {
			if len(d) == 3 {
				seedStories = append(seedStories, s)
				break
			}
		}
	}
	if len(seedStories) != 1 {
		t.Fatalf("%d stories hold seeds, want 1: %+v", len(seedStories), seedStories)
	}
	s := seedStories[0]
	if strings.Join(s.Documents, ",") != "001,004" || s.Kind != Rewrite {
		t.Fatalf("seed story %v (%s), want 001,004 rewrite", s.Documents, s.Kind)
	}
	p := s.Pairs[0]
	if len(p.Passages) < 3 {
		t.Fatalf("%d shared passages, want at least 3", len(p.Passages))
	}
	a, b := []rune(texts["001"]), []rune(texts["004"])
	found := false
	for _, ps := range p.Passages {
		pa, pb := string(a[ps.AStart:ps.AEnd]), string(b[ps.BStart:ps.BEnd])
		t.Logf("%.2f\n  001: %s\n  004: %s", ps.Score, pa, pb)
		if strings.Contains(pa, "100 عملية") && strings.Contains(pb, "100 عملية") {
			found = true
		}
	}
	if !found {
		t.Error("the passage of the 100 operations is not among the shared passages")
	}
	t.Logf("evidence: %s", s.Evidence)

	// What the detector says of the other seed pairs, for the analyst's note.
	lex := testLexicon(t)
	for _, pr := range [][2]string{{"000", "001"}, {"000", "004"}, {"000", "002"}, {"002", "003"}} {
		c := x.pairCandidate(pr[0], pr[1])
		ev, ok, err := x.verifyPair(context.Background(), c, mapSource(texts), Thresholds{}, lex)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s-%s: proposed=%v story=%v J=%.3f shared fingerprints=%d aligned passages=%d conflicts=%d rare shared=%.2f",
			pr[0], pr[1], x.proposes(c), ok, c.Jaccard, c.Shared, len(ev.Passages), ev.Conflicts, ev.RareShared)
	}
}
