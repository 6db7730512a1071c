package main

import (
	"archive/zip"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/isnad/isnad/extract/ner/clusters"
)

// TestTrainClustersHonoursVocabularyFlags learns clusters from a tiny
// SaudiNewsNet-style zip and checks that --words, --min-count and --fine bound
// what is written.
func TestTrainClustersHonoursVocabularyFlags(t *testing.T) {
	dir := t.TempDir()
	zf, err := os.Create(filepath.Join(dir, "2015-01-01.zip"))
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(zf)
	w, err := zw.Create("2015-01-01.json")
	if err != nil {
		t.Fatal(err)
	}
	type article struct {
		Title   string `json:"title"`
		Content string `json:"content"`
	}
	var arts []article
	for range 20 {
		arts = append(arts,
			article{"زار الوزير دمشق", "زار الوزير بغداد\nزار الرئيس عمان\nزار الرئيس دمشق"},
			article{"قال المرصد", "قال المرصد اليوم\nقال المتحدث أمس\nنادرة"})
	}
	if err := json.NewEncoder(w).Encode(arts); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	zf.Close()

	tests := []struct {
		words, minCount, wantLen int
	}{
		{words: 4, minCount: 1, wantLen: 4},     // cut by --words
		{words: 1000, minCount: 21, wantLen: 6}, // cut by --min-count: six words are seen 40-80 times, the others 20
	}
	for _, tc := range tests {
		out := filepath.Join(dir, "c"+strconv.Itoa(tc.words)+".tsv.gz")
		if _, stderr, err := run(t, "train", "clusters", "--corpus", dir, "-o", out,
			"--words", strconv.Itoa(tc.words), "--min-count", strconv.Itoa(tc.minCount),
			"--fine", "3", "--coarse", "2", "--seed", "5"); err != nil {
			t.Fatalf("train clusters: %v\n%s", err, stderr)
		}
		f, err := os.Open(out)
		if err != nil {
			t.Fatal(err)
		}
		set, err := clusters.Load(f, out)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if set.Len() != tc.wantLen {
			t.Errorf("--words %d --min-count %d: %d words clustered, want %d: %v", tc.words, tc.minCount, set.Len(), tc.wantLen, set.Words())
		}
		for _, word := range set.Words() {
			if ids, _ := set.Lookup(word); ids.Fine >= 3 || ids.Coarse >= 2 {
				t.Errorf("%s has clusters %+v, beyond --fine 3 --coarse 2", word, ids)
			}
		}
	}
}

// TestTrainNERNeedsFamilyFiles: a feature family that reads a file of its
// own is refused without that file, before any training, naming the flag.
func TestTrainNERNeedsFamilyFiles(t *testing.T) {
	train := filepath.Join(t.TempDir(), "tiny.txt")
	if err := os.WriteFile(train, []byte("زار O\nدمشق B-LOC\n\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ features, flag string }{
		{"all+vectors", "--codes"},
		{"all+mined", "--mined"},
		{"affixes+wordstats", "--stats"},
	} {
		_, _, err := run(t, "train", "ner", "--train", train, "--features", tc.features, "-o", filepath.Join(t.TempDir(), "m.gob.gz"))
		if err == nil || !strings.Contains(err.Error(), tc.flag) {
			t.Errorf("--features %s without %s: %v, want an error naming %s", tc.features, tc.flag, err, tc.flag)
		}
	}
}
