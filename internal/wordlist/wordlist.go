// Package wordlist reads the project's plain word lists: one word a line,
// blank lines and lines starting with "#" skipped, each word trimmed. The
// tagger and the linker share data/ner/common.txt this way.
package wordlist

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"strings"
)

// maxLineBytes bounds a line: a word list holds words, not paragraphs.
const maxLineBytes = 1 << 16

// Read returns the words of r as a set; name says which file in errors.
func Read(r io.Reader, name string) (map[string]bool, error) {
	words := map[string]bool{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxLineBytes)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w == "" || strings.HasPrefix(w, "#") {
			continue
		}
		words[w] = true
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return words, nil
}

// ReadFS reads the list at path in fsys; label names it in errors (the
// repository path, "data/ner/common.txt").
func ReadFS(fsys fs.FS, path, label string) (map[string]bool, error) {
	f, err := fsys.Open(path)
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", label, err)
	}
	defer f.Close()
	return Read(f, label)
}
