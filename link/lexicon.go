package link

import (
	"bufio"
	"fmt"
	"io/fs"
	"strings"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/link/align"
	"github.com/isnad/isnad/link/minhash"
)

// LoadLexicon reads the figure and place words of story linking from fsys
// (files link/figures.txt and link/places.txt), in matching form. Only
// single-word places are kept: alignment compares words.
func LoadLexicon(fsys fs.FS) (*align.Lexicon, error) {
	figures, err := loadWords(fsys, "link/figures.txt")
	if err != nil {
		return nil, err
	}
	places, err := loadWords(fsys, "link/places.txt")
	if err != nil {
		return nil, err
	}
	return &align.Lexicon{Figures: figures, Places: places}, nil
}

// DefaultLexicon is LoadLexicon over the lexicons shipped in data/link.
func DefaultLexicon() (*align.Lexicon, error) { return LoadLexicon(data.Link) }

func loadWords(fsys fs.FS, name string) (map[string]bool, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("link: opening %s: %w", name, err)
	}
	defer f.Close()
	words := map[string]bool{}
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		ws := minhash.Words(text)
		if len(ws) == 0 {
			return nil, fmt.Errorf("link: %s:%d: no word in %q", name, line, text)
		}
		if len(ws) == 1 {
			words[ws[0]] = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("link: reading %s: %w", name, err)
	}
	if len(words) == 0 {
		return nil, fmt.Errorf("link: %s holds no words", name)
	}
	return words, nil
}
