package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/isnad/isnad/internal/testenv"
)

var update = flag.Bool("update", false, "rewrite the golden files from the current output")

// run executes isnad with args and returns what it printed and its error.
func run(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	root := newRootCommand(&out, &errb)
	root.SetArgs(args)
	err = root.ExecuteContext(context.Background())
	return out.String(), errb.String(), err
}

func TestAnalyzeSeedsGolden(t *testing.T) {
	seeds := testenv.Seeds(t)
	out, stderr, err := run(t, "--log-level", "warn", "analyze", seeds)
	if err != nil {
		t.Fatalf("analyze: %v\n%s", err, stderr)
	}
	// Sources are absolute paths: make them relative to the repository so
	// that the golden file holds on every machine.
	out = strings.ReplaceAll(out, testenv.RepoRoot(t)+string(filepath.Separator), "")
	golden := filepath.Join("testdata", "seeds-analysis.golden.json")
	if *update {
		if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/isnad -run Golden -update to create it)", err)
	}
	if out != string(want) {
		t.Errorf("analysis of the seeds differs from %s; if the change is intended, rerun with -update and review the diff", golden)
	}
	var a struct {
		Documents []struct {
			Text    string   `json:"text"`
			Removed []string `json:"removed"`
		} `json:"documents"`
		Claims []json.RawMessage `json:"claims"`
	}
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	if len(a.Documents) != 5 || len(a.Claims) == 0 {
		t.Errorf("%d documents and %d claims, want 5 and some", len(a.Documents), len(a.Claims))
	}
}

func TestAnalyzeJSONLRecords(t *testing.T) {
	out, _, err := run(t, "--log-level", "warn", "analyze", "--jsonl", filepath.Join(testenv.Seeds(t), "001_33efa6a8dea875fc.txt"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	records := map[string]int{}
	for _, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("line is not JSON: %v: %s", err, l)
		}
		records[m["record"].(string)]++
	}
	if records["version"] != 1 || records["documents"] != 1 || records["claims"] == 0 {
		t.Errorf("records %v", records)
	}
}

func TestIngestIsIdempotentAndSearchMatchesInflections(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	seeds := testenv.Seeds(t)
	out, _, err := run(t, "--db", db, "--log-level", "warn", "ingest", seeds)
	if err != nil || !strings.Contains(out, "read=5 new=5 duplicate=0 failed=0") {
		t.Fatalf("first ingest: %q, %v", out, err)
	}
	out, _, err = run(t, "--db", db, "--log-level", "warn", "ingest", seeds)
	if err != nil || !strings.Contains(out, "read=5 new=0 duplicate=5 failed=0") {
		t.Fatalf("second ingest: %q, %v", out, err)
	}
	out, _, err = run(t, "--db", db, "search", "--json", "ميليشيا")
	if err != nil {
		t.Fatal(err)
	}
	var hits []struct {
		ID      string `json:"id"`
		Snippet struct {
			Text string `json:"text"`
		} `json:"snippet"`
	}
	if err := json.Unmarshal([]byte(out), &hits); err != nil {
		t.Fatalf("search --json: %v: %s", err, out)
	}
	if len(hits) == 0 || !strings.Contains(hits[0].Snippet.Text, "الميليشيات") {
		t.Errorf("ميليشيا did not find الميليشيات: %s", out)
	}
}

func TestBadInputIsNamedAndTheRestIsStored(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("قال المرصد السوري لحقوق الإنسان إن الاشتباكات استمرت حتى المساء.\n"), 0o644)
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`[{"title": "x", "content": "نص"`), 0o644)
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	db := filepath.Join(dir, "t.db")
	out, stderr, err := run(t, "--db", db, "--log-level", "warn", "ingest", dir)
	if !errors.Is(err, errPartial) {
		t.Fatalf("err = %v, want the partial-failure error (exit code 1)", err)
	}
	for _, name := range []string{"bad.json", "empty.txt"} {
		if !strings.Contains(stderr, name) {
			t.Errorf("no error line names %s:\n%s", name, stderr)
		}
	}
	if !strings.Contains(out, "new=1") || !strings.Contains(out, "failed=2") {
		t.Errorf("summary %q, want the good file stored and two failures", out)
	}
}

func TestUnknownGraphFormatIsRefused(t *testing.T) {
	_, _, err := run(t, "graph", "--format", "png", testenv.Seeds(t))
	if err == nil || !strings.Contains(err.Error(), "--format") {
		t.Errorf("err = %v, want a --format error", err)
	}
}

func TestTrainThenEvalNER(t *testing.T) {
	dir := t.TempDir()
	conll := filepath.Join(dir, "tiny.conll")
	var b strings.Builder
	for range 6 {
		b.WriteString("قال O\nرامي B-PERS\nعبد I-PERS\nالرحمن I-PERS\nفي O\nدمشق B-LOC\n. O\n\n")
		b.WriteString("أعلنت O\nوزارة B-ORG\nالدفاع I-ORG\nفي O\nبغداد B-LOC\n. O\n\n")
	}
	os.WriteFile(conll, []byte(b.String()), 0o644)
	model := filepath.Join(dir, "m.gob.gz")
	res := testenv.RepoRoot(t)
	if _, stderr, err := run(t, "train", "ner", "--train", conll, "-o", model, "--epochs", "3",
		"--gazetteers", "", "--triggers", filepath.Join(res, "data/ner/triggers.tsv"), "--clusters", filepath.Join(res, "data/ner/clusters.tsv.gz")); err != nil {
		t.Fatalf("train: %v\n%s", err, stderr)
	}
	out, _, err := run(t, "eval", "ner", "--conll", conll, "--model", model)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "micro") || !strings.Contains(out, "1.0000") {
		t.Errorf("a model scored on its own training data should be perfect here:\n%s", out)
	}
}

func TestServeRefusesAddressesOthersCanReach(t *testing.T) {
	for addr, ok := range map[string]bool{
		"127.0.0.1:8080": true, "localhost:9000": true, "[::1]:8080": true,
		"0.0.0.0:8080": false, "192.168.1.5:80": false, ":8080": false, "example.org:80": false, "nonsense": false,
	} {
		if got, err := isLoopback(addr); (err == nil && got) != ok {
			t.Errorf("isLoopback(%q) = %v, %v; want %v", addr, got, err, ok)
		}
	}
}

func TestServeRequireTokensNeedsATokenOnLoopback(t *testing.T) {
	db := filepath.Join(t.TempDir(), "empty.db")
	_, _, err := run(t, "--db", db, "serve", "--addr", "127.0.0.1:0", "--require-tokens")
	if err == nil || !strings.Contains(err.Error(), "token create") {
		t.Errorf("serve --require-tokens on a store without tokens: err = %v, want it refused with how to make one", err)
	}
}

func TestDemoStoresAnalysesAndCorpusResults(t *testing.T) {
	dir := t.TempDir()
	db, rep := filepath.Join(dir, "demo.db"), filepath.Join(dir, "demo.md")
	out, stderr, err := run(t, "--log-level", "warn", "demo", "--no-serve", "--demo-db", db, "--report", rep, testenv.Seeds(t))
	if err != nil {
		t.Fatalf("demo: %v\n%s", err, stderr)
	}
	for _, want := range []string{"new=5", "story (rewrite)", "contradiction (time)"} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q:\n%s", want, out)
		}
	}
	if b, err := os.ReadFile(rep); err != nil || !strings.Contains(string(b), "#") {
		t.Errorf("report %s not written: %v", rep, err)
	}
	// ingest into the same store again: nothing new, results recomputed
	out, _, err = run(t, "--db", db, "--log-level", "warn", "ingest", testenv.Seeds(t))
	if err != nil || !strings.Contains(out, "new=0 duplicate=5") || !strings.Contains(out, "1 stories") {
		t.Errorf("second ingest: %v\n%s", err, out)
	}
}
