package link

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/isnad/isnad/internal/testenv"
)

func TestBackgroundRoundTrip(t *testing.T) {
	bb := NewBackgroundBuilder()
	for _, text := range []string{"قال المرصد إن القصف استمر", "قال الجيش إن القصف توقف", "المرصد يوثق القصف"} {
		bb.Add(text)
	}
	bg := bb.Background(2)
	if bg.Docs != 3 || len(bg.DF) == 0 {
		t.Fatalf("background %d docs, %d words", bg.Docs, len(bg.DF))
	}
	var buf bytes.Buffer
	if err := bg.Write(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := ReadBackground(&buf, "test")
	if err != nil {
		t.Fatal(err)
	}
	if got.Docs != bg.Docs || len(got.DF) != len(bg.DF) {
		t.Fatalf("read %d docs %d words, wrote %d %d", got.Docs, len(got.DF), bg.Docs, len(bg.DF))
	}
	for w, n := range bg.DF {
		if got.DF[w] != n {
			t.Errorf("word %x: df %d, wrote %d", w, got.DF[w], n)
		}
	}
	if _, err := ReadBackground(strings.NewReader("not gzip"), "junk.gz"); err == nil || !strings.Contains(err.Error(), "junk.gz") {
		t.Errorf("junk accepted or not named: %v", err)
	}
}

// On a handful of documents the index's own counts cannot tell a name from
// a common word; the shipped background lets the seed rewrite be found
// among the five seeds alone.
func TestSeedRewriteFoundWithBackgroundAlone(t *testing.T) {
	bg, err := DefaultBackground()
	if err != nil {
		t.Fatal(err)
	}
	x, err := NewIndex(Options{Background: bg})
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{}
	files, _ := filepath.Glob(filepath.Join(testenv.Seeds(t), "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		id := filepath.Base(f)[:3]
		texts[id] = string(b)
		if err := x.Add(id, "", nil, string(b)); err != nil {
			t.Fatal(err)
		}
	}
	lex, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	stories, err := x.Stories(context.Background(), mapSource(texts), StoryOptions{Lexicon: lex})
	if err != nil {
		t.Fatal(err)
	}
	if len(stories) != 1 || strings.Join(stories[0].Documents, ",") != "001,004" || stories[0].Kind != Rewrite {
		t.Fatalf("stories %+v, want one rewrite of 001 and 004", stories)
	}
}
