package server

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/extract/actors"
	"github.com/isnad/isnad/ingest"
	"github.com/isnad/isnad/internal/testenv"
	"github.com/isnad/isnad/judge"
	"github.com/isnad/isnad/pipeline"
	"github.com/isnad/isnad/store"
	"github.com/isnad/isnad/store/sqlite"
)

// hostileText is an article that tries to run script in the UI.
const hostileText = "قال المتحدث باسم الوزارة إن <script>alert(1)</script> الهجوم وقع أمس، " +
	"وأضاف أن <img src=x onerror=alert(2)> عشرات الجرحى نقلوا إلى المستشفى.\n"

// analysed is the seeds and the hostile article, read and analysed once for
// every test of the package.
type analysed struct {
	batch  []store.Analyzed
	corpus *export.Analysis
}

// seedsCache analyses the seeds once per test binary: the extractors take
// a while to load.
var seedsCache struct {
	once sync.Once
	a    analysed
	err  error
}

func analysedSeeds(seeds string) (analysed, error) {
	var out analysed
	ctx := context.Background()
	lex, err := actors.LoadDefault()
	if err != nil {
		return out, err
	}
	r, err := ingest.New(ingest.Options{Outlets: lex})
	if err != nil {
		return out, err
	}
	var docs []isnad.Document
	err = r.Read(ctx, []string{seeds}, func(it ingest.Item) error {
		if it.Err != nil {
			return it.Err
		}
		docs = append(docs, it.Doc)
		return nil
	})
	if err != nil {
		return out, err
	}
	docs = append(docs, isnad.Document{ID: isnad.DocumentID(hostileText), Source: "hostile.txt", Outlet: "<b>outlet</b>",
		Published: "2024-03-02", Language: "ar", Title: "<script>alert(3)</script>", Text: hostileText})
	x, err := pipeline.LoadExtractors()
	if err != nil {
		return out, err
	}
	rel, err := judge.DefaultReliability()
	if err != nil {
		return out, err
	}
	j, err := judge.NewChecked(rel, judge.Options{})
	if err != nil {
		return out, err
	}
	corpus, err := pipeline.NewCorpus(j)
	if err != nil {
		return out, err
	}
	for _, d := range docs {
		res := pipeline.Result{Doc: d}
		if err := x.Process(ctx, &res); err != nil {
			return out, err
		}
		if err := corpus.Add(res.Doc, res.Analysis); err != nil {
			return out, err
		}
		a := pipeline.Document(res.Doc, res.Analysis)
		out.batch = append(out.batch, store.Analyzed{Doc: res.Doc, Analysis: &a})
	}
	out.corpus, err = corpus.Finish(ctx)
	return out, err
}

// newTestServer stores the analysed seeds in a fresh store and serves them.
func newTestServer(t *testing.T) (*httptest.Server, analysed) {
	t.Helper()
	h, a := newTestHandler(t)
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv, a
}

// newTestHandler is the server's handler over the analysed seeds in a
// fresh store.
func newTestHandler(t testing.TB) (http.Handler, analysed) {
	t.Helper()
	seeds := testenv.Seeds(t)
	seedsCache.once.Do(func() { seedsCache.a, seedsCache.err = analysedSeeds(seeds) })
	a, err := seedsCache.a, seedsCache.err
	if err != nil {
		t.Fatalf("analysing the seeds: %v", err)
	}
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "isnad.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.PutAnalyzed(ctx, a.batch); err != nil {
		t.Fatalf("storing the seeds: %v", err)
	}
	h := New(Config{Store: st, Corpus: func(context.Context) (*export.Analysis, error) { return a.corpus, nil }})
	return h, a
}

func get(t *testing.T, srv *httptest.Server, path string) *http.Response {
	t.Helper()
	resp, err := srv.Client().Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}
