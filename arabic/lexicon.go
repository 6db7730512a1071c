package arabic

import (
	"bufio"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"sync"

	"github.com/isnad/isnad/data"
)

// lexiconData holds the word lists of data/arabic, folded. It is built once,
// on first use, and never changes afterwards.
type lexiconData struct {
	// abbreviations: words a period does not end a sentence after.
	abbreviations map[string]bool
	// letterNames: Latin letters spelt in Arabic (سي، إن), the parts of
	// acronyms written with dots (سي.إن.إن).
	letterNames map[string]bool
	// whole: words that clitic segmentation leaves whole (الله, التي, and
	// names: لبنان, بريطانيا, فيينا).
	whole map[string]bool
	// keepInitial: words whose first letter looks like a clitic but belongs
	// to the word (وزارة, كبير, لجنة).
	keepInitial map[string]bool
	// keepFinal: words whose end looks like a pronoun suffix but belongs to
	// the word (كورونا).
	keepFinal map[string]bool
	// stemWhole: function words Stem leaves whole (الذي, بعدما).
	stemWhole map[string]bool
	// keepEnding: stems whose final ون or ين is not a plural ending
	// (قانون, فلسطين, البحرين: they take the nisba ي, قانوني).
	keepEnding map[string]bool
}

// lexicon is the package's word lists. The files are embedded, so failing
// to read them is a build defect; the tests load every list.
var lexicon = sync.OnceValue(func() *lexiconData {
	lex, err := loadLexicon(data.Arabic)
	if err != nil {
		panic(err)
	}
	return lex
})

func loadLexicon(fsys fs.FS) (*lexiconData, error) {
	lex := &lexiconData{}
	var err error
	if lex.abbreviations, err = loadWordList(fsys, "arabic/abbreviations.txt"); err != nil {
		return nil, err
	}
	if lex.letterNames, err = loadWordList(fsys, "arabic/letter-names.txt"); err != nil {
		return nil, err
	}
	lex.whole = map[string]bool{}
	for _, name := range []string{"arabic/unsegmented.txt", "arabic/unsegmented-names.txt"} {
		words, err := loadWordList(fsys, name)
		if err != nil {
			return nil, err
		}
		for w := range words {
			lex.whole[w] = true
		}
	}
	if lex.keepInitial, err = loadWordList(fsys, "arabic/keep-initial-corpus.txt"); err != nil {
		return nil, err
	}
	if lex.keepFinal, err = loadWordList(fsys, "arabic/keep-final-corpus.txt"); err != nil {
		return nil, err
	}
	if lex.stemWhole, err = loadWordList(fsys, "arabic/stem-exceptions.txt"); err != nil {
		return nil, err
	}
	if lex.keepEnding, err = loadWordList(fsys, "arabic/stem-endings-kept.txt"); err != nil {
		return nil, err
	}
	return lex, nil
}

// loadWordList reads one word a line, folded and lowered; "#" starts a
// comment line. A line with a space in it is an error: the lists hold words.
func loadWordList(fsys fs.FS, name string) (map[string]bool, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("opening word list %s: %w", name, err)
	}
	defer f.Close()
	words := map[string]bool{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.ContainsAny(line, " \t") {
			return nil, fmt.Errorf("word list %s line %d: %q is not one word", path.Base(name), n, line)
		}
		words[strings.ToLower(Fold(line))] = true
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading word list %s: %w", name, err)
	}
	return words, nil
}
