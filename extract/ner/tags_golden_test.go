package ner

import (
	"archive/zip"
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/internal/testenv"
)

// The golden tags pin the shipped model's exact output on a sample of
// SaudiNewsNet: the tagger's inference path (tables, caches, Viterbi) may be
// made faster, never different. The file keeps the tokens with their tags, so
// a change in tokenisation does not move it; it names the model it was
// recorded with, and a new shipped model needs it recorded again with
//
//	go test ./extract/ner -run TestShippedModelGoldenTags -update
var update = flag.Bool("update", false, "record testdata/saudinewsnet-tags.golden again")

const (
	goldenTagsPath  = "testdata/saudinewsnet-tags.golden"
	goldenDay       = "2015-07-23.zip"
	goldenArticles  = 80 // every 16th article of the day
	goldenStride    = 16
	goldenSentences = 30 // first sentences of each article
)

// goldenDoc is one article of the sample: sentences of tokens and their tags.
type goldenDoc struct {
	tokens, tags [][]string
}

func shippedModelDigest(tb testing.TB) string {
	tb.Helper()
	b, err := fs.ReadFile(data.NER, ShippedModelPath)
	if err != nil {
		tb.Fatal(err)
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

func TestShippedModelGoldenTags(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	digest := shippedModelDigest(t)
	if *update {
		docs := goldenSample(t)
		for i := range docs {
			docs[i].tags = m.TagDocument(docs[i].tokens)
		}
		if err := os.MkdirAll(filepath.Dir(goldenTagsPath), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(goldenTagsPath, formatGolden(digest, docs), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, docs := readGolden(t)
	if want != digest {
		t.Fatalf("%s was recorded with model %s, the shipped model is %s: record it again with -update", goldenTagsPath, want, digest)
	}
	tokens, diffs := 0, 0
	for d, doc := range docs {
		got := m.TagDocument(doc.tokens)
		for s := range doc.tokens {
			for i, tok := range doc.tokens[s] {
				tokens++
				if got[s][i] != doc.tags[s][i] {
					if diffs++; diffs <= 10 {
						t.Errorf("doc %d sentence %d token %d %q: tag %s, golden %s", d, s, i, tok, got[s][i], doc.tags[s][i])
					}
				}
			}
		}
	}
	if diffs > 0 {
		t.Errorf("%d of %d tags differ from the golden file", diffs, tokens)
	}
	if tokens < 10000 {
		t.Errorf("golden sample holds only %d tokens", tokens)
	}
}

// goldenSample reads the sample articles and splits them as Entities does.
func goldenSample(t *testing.T) []goldenDoc {
	t.Helper()
	zr, err := zip.OpenReader(filepath.Join(testenv.Shared(t), "corpus", "saudinewsnet", goldenDay))
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	if len(zr.File) != 1 {
		t.Fatalf("%s: %d members, want one JSON array", goldenDay, len(zr.File))
	}
	f, err := zr.File[0].Open()
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var articles []struct{ Content string }
	if err := json.NewDecoder(f).Decode(&articles); err != nil {
		t.Fatalf("%s: %v", goldenDay, err)
	}
	var docs []goldenDoc
	for a := 0; a < len(articles) && len(docs) < goldenArticles; a += goldenStride {
		norm := arabic.Display(articles[a].Content).Text
		runes := []rune(norm)
		var doc goldenDoc
		for _, sent := range arabic.Sentences(norm) {
			var toks []string
			for _, tok := range arabic.Tokenize(string(runes[sent.Start:sent.End])) {
				toks = append(toks, tok.Text)
			}
			if len(toks) > 0 && len(doc.tokens) < goldenSentences {
				doc.tokens = append(doc.tokens, toks)
			}
		}
		if len(doc.tokens) > 0 {
			docs = append(docs, doc)
		}
	}
	return docs
}

// formatGolden writes "# model DIGEST", then per document a "# doc" line and
// its sentences as "token<TAB>tag" lines, a blank line after each sentence.
func formatGolden(digest string, docs []goldenDoc) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# model %s\n", digest)
	for _, d := range docs {
		b.WriteString("# doc\n")
		for s := range d.tokens {
			for i, tok := range d.tokens[s] {
				fmt.Fprintf(&b, "%s\t%s\n", tok, d.tags[s][i])
			}
			b.WriteByte('\n')
		}
	}
	return b.Bytes()
}

// readGolden reads goldenTagsPath: the digest of the model it was recorded
// with, and its documents.
func readGolden(t *testing.T) (string, []goldenDoc) {
	t.Helper()
	b, err := os.ReadFile(goldenTagsPath)
	if err != nil {
		t.Fatal(err)
	}
	digest, docs, err := parseGolden(b)
	if err != nil {
		t.Fatalf("%s: %v", goldenTagsPath, err)
	}
	return digest, docs
}

func parseGolden(b []byte) (string, []goldenDoc, error) {
	sc := bufio.NewScanner(bytes.NewReader(b))
	var digest string
	var docs []goldenDoc
	var toks, tags []string
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "# model "):
			digest = strings.TrimPrefix(line, "# model ")
		case line == "# doc":
			docs = append(docs, goldenDoc{})
		case line == "":
			if len(docs) == 0 || len(toks) == 0 {
				return "", nil, fmt.Errorf("%s:%d: empty sentence or sentence before a document", goldenTagsPath, n)
			}
			d := &docs[len(docs)-1]
			d.tokens, d.tags = append(d.tokens, toks), append(d.tags, tags)
			toks, tags = nil, nil
		default:
			tok, tag, ok := strings.Cut(line, "\t")
			if !ok {
				return "", nil, fmt.Errorf("%s:%d: no tab in %q", goldenTagsPath, n, line)
			}
			toks, tags = append(toks, tok), append(tags, tag)
		}
	}
	if len(toks) > 0 {
		return "", nil, fmt.Errorf("%s: last sentence not closed", goldenTagsPath)
	}
	return digest, docs, sc.Err()
}
