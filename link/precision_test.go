package link

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/isnad/isnad/internal/testenv"
	"github.com/isnad/isnad/link/internal/snn"
)

// judgedDoc names a SaudiNewsNet article in the judged sample.
type judgedDoc struct {
	Zip   string `json:"zip"`
	Index int    `json:"index"`
	URL   string `json:"url"`
}

func (d judgedDoc) id() string { return fmt.Sprintf("%s#%d", d.Zip, d.Index) }

// judgedPair is one story pair of the detector, judged by reading both
// articles' openings and aligned passages.
type judgedPair struct {
	A, B      judgedDoc
	SameStory bool   `json:"same_story"`
	Kind      string `json:"kind"` // the detector's kind when the sample was drawn
	Note      string `json:"note"`
}

func readJudged(t *testing.T) []judgedPair {
	t.Helper()
	path := filepath.Join(testenv.RepoRoot(t), "testdata", "gold", "stories", "pairs.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("judged pairs: %v", err)
	}
	defer f.Close()
	var out []judgedPair
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var p judgedPair
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			t.Fatalf("%s:%d: %v", path, line, err)
		}
		out = append(out, p)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("reading %s: %v", path, err)
	}
	return out
}

func fullCorpusIndex(t *testing.T) (*Index, []snn.Article) {
	t.Helper()
	arts := loadCorpus(t)
	return indexArticles(t, arts, Options{}), arts
}

// TestPrecisionJudgedSample recomputes the detector's verdict on the 200
// story pairs sampled at random from its output over SaudiNewsNet and
// judged by hand (testdata/gold/stories/pairs.jsonl); the precision on the
// pairs it still reports must be at least 0.95.
func TestPrecisionJudgedSample(t *testing.T) {
	judged := readJudged(t)
	if len(judged) < 200 {
		t.Fatalf("%d judged pairs, want 200", len(judged))
	}
	x, arts := fullCorpusIndex(t)
	byID := map[string]snn.Article{}
	for _, a := range arts {
		byID[a.ID] = a
	}
	src := articleSource(arts)
	lex := testLexicon(t)
	flagged, correct := 0, 0
	for _, p := range judged {
		a, okA := byID[p.A.id()]
		b, okB := byID[p.B.id()]
		if !okA || !okB || a.URL != p.A.URL || b.URL != p.B.URL {
			t.Fatalf("judged pair %s / %s does not match the corpus (missing or other URL)", p.A.id(), p.B.id())
		}
		c := x.pairCandidate(p.A.id(), p.B.id())
		if !x.proposes(c) {
			continue
		}
		_, ok, err := x.verifyPair(context.Background(), c, src, Thresholds{}, lex)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			continue
		}
		flagged++
		if p.SameStory {
			correct++
		} else {
			t.Logf("false story pair: %s %s (%s)", p.A.id(), p.B.id(), p.Note)
		}
	}
	precision := float64(correct) / float64(max(flagged, 1))
	t.Logf("precision on the judged sample: %d/%d = %.3f", correct, flagged, precision)
	if flagged < 180 {
		t.Errorf("the detector reports only %d of the %d judged pairs: the sample no longer describes it; redraw and judge again", flagged, len(judged))
	}
	if precision < 0.95 {
		t.Errorf("precision %.3f < 0.95", precision)
	}
}
