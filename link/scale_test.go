package link

import (
	"context"
	"os"
	"runtime"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/isnad/isnad/link/internal/synth"
)

// TestScaleSynthetic indexes a synthetic corpus (default 1,000,000
// documents generated on the fly from SaudiNewsNet, never stored) and
// generates candidates, reporting time, peak heap and the recall of the
// planted rewrites. Run it with ISNAD_SCALE=1 (ISNAD_SCALE_N to resize):
//
//	ISNAD_SCALE=1 go test -run ScaleSynthetic -v -timeout 60m ./link/
func TestScaleSynthetic(t *testing.T) {
	if os.Getenv("ISNAD_SCALE") == "" {
		t.Skip("set ISNAD_SCALE=1 to run the 1M-document scale test")
	}
	n := 1_000_000
	if s := os.Getenv("ISNAD_SCALE_N"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil {
			t.Fatalf("ISNAD_SCALE_N=%q: %v", s, err)
		}
		n = v
	}
	arts := loadCorpus(t)
	base := make([]string, len(arts))
	for i, a := range arts {
		base[i] = a.Content
	}
	corpus, err := synth.New(base, n)
	if err != nil {
		t.Fatal(err)
	}
	arts, base = nil, nil

	var peak atomic.Uint64
	stop := make(chan struct{})
	go samplePeakHeap(&peak, stop)
	defer close(stop)

	x, err := NewIndex(Options{DFSample: 16})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	docs := make(chan Doc, 256)
	go func() {
		defer close(docs)
		for i := range n {
			docs <- Doc{ID: synth.ID(i), Text: corpus.Text(i)}
		}
	}()
	if err := x.AddAll(docs); err != nil {
		t.Fatal(err)
	}
	indexed := time.Now()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	t.Logf("indexed %d synthetic documents in %v on %d cores; heap in use after indexing %d MB",
		n, indexed.Sub(start).Round(time.Second), runtime.GOMAXPROCS(0), ms.HeapInuse>>20)

	cands, err := x.Candidates(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	done := time.Now()
	inCands := map[[2]string]bool{}
	for _, c := range cands {
		inCands[[2]string{c.A, c.B}] = true
	}
	planted, found := 0, 0
	for i := range n {
		j := corpus.Planted(i)
		if j < 0 {
			continue
		}
		planted++
		a, b := synth.ID(j), synth.ID(i)
		if inCands[[2]string{a, b}] {
			found++
		}
	}
	runtime.ReadMemStats(&ms)
	t.Logf("candidates: %d pairs in %v; planted rewrites found %d/%d (%.3f); peak heap %d MB, Sys %d MB",
		len(cands), done.Sub(indexed).Round(time.Millisecond), found, planted,
		float64(found)/float64(max(planted, 1)), peak.Load()>>20, ms.Sys>>20)
	if float64(found) < 0.95*float64(planted) {
		t.Errorf("planted rewrite recall %.3f < 0.95", float64(found)/float64(planted))
	}
}

func samplePeakHeap(peak *atomic.Uint64, stop <-chan struct{}) {
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	var ms runtime.MemStats
	for {
		select {
		case <-stop:
			return
		case <-tick.C:
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
		}
	}
}
