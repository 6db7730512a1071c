package ner

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/isnad/isnad/arabic"
)

const maxLexiconLine = 1 << 12

// ReadANERGazet adds an ANERGazet name list (one name a line, `====` lines
// separating groups of spelling variants) to lex under label, folding every
// name.
func ReadANERGazet(r io.Reader, name, label string, lex *Lexicon) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1024), maxLexiconLine)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\ufeff"))
		if !hasLetter(text) { // blank, `====` separators, and stray `***` lines
			continue
		}
		lex.Add(arabic.Fold(text), label)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading gazetteer %s: %w", name, err)
	}
	return nil
}

// LoadANERGazetDir reads anergazet-{pers,loc,org}.txt from dir as labels
// PER, LOC and ORG.
func LoadANERGazetDir(dir string) (*Lexicon, error) {
	lex := NewLexicon()
	for _, f := range []struct{ file, label string }{
		{"anergazet-pers.txt", PER}, {"anergazet-loc.txt", LOC}, {"anergazet-org.txt", ORG},
	} {
		p := filepath.Join(dir, f.file)
		fh, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("reading gazetteer: %w", err)
		}
		err = ReadANERGazet(fh, p, f.label, lex)
		fh.Close()
		if err != nil {
			return nil, err
		}
	}
	return lex, nil
}

// ReadLexiconTSV reads `label<TAB>phrase` lines (# starts a comment) into a
// new lexicon, folding each phrase. It reads data/ner/triggers.tsv and the
// shipped folded gazetteer.
func ReadLexiconTSV(r io.Reader, name string) (*Lexicon, error) {
	lex := NewLexicon()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1024), maxLexiconLine)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		label, phrase, ok := strings.Cut(text, "\t")
		if !ok || strings.TrimSpace(label) == "" || strings.TrimSpace(phrase) == "" {
			return nil, fmt.Errorf("reading lexicon %s line %d: want `label<TAB>phrase`, got %q", name, line, text)
		}
		lex.Add(arabic.Fold(strings.TrimSpace(phrase)), strings.TrimSpace(label))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading lexicon %s: %w", name, err)
	}
	return lex, nil
}

// WriteLexiconTSV writes lex as `label<TAB>phrase` lines sorted by phrase.
func WriteLexiconTSV(w io.Writer, lex *Lexicon) error {
	bw := bufio.NewWriter(w)
	for _, e := range lex.entryList() {
		fmt.Fprintf(bw, "%s\t%s\n", e[0], e[1])
	}
	return bw.Flush()
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
