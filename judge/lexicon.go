package judge

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"strings"
)

// lexicon is the judge's word tables, in matching keys.
type lexicon struct {
	stop     stopwords
	antonyms map[[2]string]bool // both orders
	poles    map[string]pole    // words that say a direction on an axis
}

// pole is a word's direction on an axis: rise +, fall − on "level".
type pole struct {
	axis string
	sign bool
}

func loadLexicon(fsys fs.FS) (*lexicon, error) {
	lex := &lexicon{stop: stopwords{set: map[string]bool{}}, antonyms: map[[2]string]bool{}, poles: map[string]pole{}}
	err := eachLine(fsys, "judge/stopwords.txt", func(n int, fields []string) error {
		lex.stop.set[keyOf(fields[0])] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachLine(fsys, "judge/antonyms.tsv", func(n int, fields []string) error {
		if len(fields) != 2 {
			return fmt.Errorf("want two words separated by a tab")
		}
		a, b := keyOf(fields[0]), keyOf(fields[1])
		if a == b {
			return fmt.Errorf("%q and %q have the same matching key", fields[0], fields[1])
		}
		lex.antonyms[[2]string{a, b}] = true
		lex.antonyms[[2]string{b, a}] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachLine(fsys, "judge/poles.tsv", func(n int, fields []string) error {
		if len(fields) != 3 || (fields[2] != "+" && fields[2] != "-") {
			return fmt.Errorf("want word<TAB>axis<TAB>+ or -")
		}
		lex.poles[keyOf(fields[0])] = pole{axis: fields[1], sign: fields[2] == "+"}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return lex, nil
}

// eachLine calls fn with the tab-separated fields of every non-comment
// line of a data file; errors name the file and line.
func eachLine(fsys fs.FS, name string, fn func(n int, fields []string) error) error {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return fmt.Errorf("reading %s: %w", name, err)
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(n, strings.Split(line, "\t")); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	return sc.Err()
}
