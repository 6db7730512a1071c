package judge

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"

	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/data"
)

// Reliability is the table of source reliability letters (A-F, the NATO
// source-reliability scale) the grade reads. It is user-editable data.
type Reliability struct {
	byName map[string]Rating // folded name → rating
	byKind map[string]Rating // chain link kind → default rating
}

// Rating is one source's letter and the note that justifies it, in English
// and, when the table has one, in Arabic.
type Rating struct {
	Letter byte // 'A' … 'F'
	Note   string
	NoteAr string
}

// NoteIn is the note in lang ("ar" or "en"), else the one the table has.
func (rt Rating) NoteIn(lang string) string {
	if lang == "ar" && rt.NoteAr != "" || rt.Note == "" {
		return rt.NoteAr
	}
	return rt.Note
}

// MaxReliabilityBytes bounds a reliability file read from outside.
const MaxReliabilityBytes = 4 << 20

const reliabilityFile = "judge/reliability.tsv"

// DefaultReliability loads the shipped editorial defaults.
func DefaultReliability() (*Reliability, error) {
	return loadReliabilityFS(data.Judge, reliabilityFile)
}

// LoadReliability loads a user's reliability table from path.
func LoadReliability(path string) (*Reliability, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading reliability table: %w", err)
	}
	defer f.Close()
	return ParseReliability(path, f)
}

func loadReliabilityFS(fsys fs.FS, name string) (*Reliability, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("reading reliability table: %w", err)
	}
	return ParseReliability(name, bytes.NewReader(b))
}

// ParseReliability reads the tab-separated table (see data/judge/reliability.tsv);
// name is used in errors, which give the line.
func ParseReliability(name string, r io.Reader) (*Reliability, error) {
	rows, err := ParseReliabilityRows(name, r)
	if err != nil {
		return nil, err
	}
	rel := &Reliability{byName: map[string]Rating{}, byKind: map[string]Rating{}}
	for _, row := range rows {
		if kind, ok := strings.CutPrefix(row.Name, "kind:"); ok {
			rel.byKind[kind] = row.Rating
			continue
		}
		for _, alias := range strings.Split(row.Name, ";") {
			if f := foldName(alias); f != "" {
				rel.byName[f] = row.Rating
			}
		}
	}
	return rel, nil
}

// ReliabilityRow is one row of a reliability table as written: its first
// column (a canonical name, spellings separated by ";", or "kind:X") and
// its rating.
type ReliabilityRow struct {
	Name string
	Rating
}

// ParseReliabilityRows reads the table's rows in their order, checked as
// ParseReliability checks them (a later row of the same name overrides an
// earlier one when the table is indexed); name is used in errors.
func ParseReliabilityRows(name string, r io.Reader) ([]ReliabilityRow, error) {
	var rows []ReliabilityRow
	sc := bufio.NewScanner(io.LimitReader(r, MaxReliabilityBytes+1))
	sc.Buffer(make([]byte, 64<<10), 64<<10)
	read := 0
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		read += len(line) + 1
		if read > MaxReliabilityBytes {
			return nil, fmt.Errorf("%s: larger than %d bytes", name, MaxReliabilityBytes)
		}
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) < 2 {
			return nil, fmt.Errorf("%s:%d: want name<TAB>letter[<TAB>note[<TAB>Arabic note]], got %q", name, n, trimForError(line))
		}
		letter := strings.ToUpper(strings.TrimSpace(fields[1]))
		if len(letter) != 1 || letter[0] < 'A' || letter[0] > 'F' {
			return nil, fmt.Errorf("%s:%d: reliability %q is not a letter A-F", name, n, trimForError(fields[1]))
		}
		row := ReliabilityRow{Name: strings.TrimSpace(fields[0]), Rating: Rating{Letter: letter[0]}}
		if len(fields) > 2 {
			row.Note = strings.TrimSpace(fields[2])
		}
		if len(fields) > 3 {
			row.NoteAr = strings.TrimSpace(fields[3])
		}
		if kind, ok := strings.CutPrefix(row.Name, "kind:"); ok {
			if kind == "" {
				return nil, fmt.Errorf("%s:%d: empty kind", name, n)
			}
		} else if !slices.ContainsFunc(strings.Split(row.Name, ";"), func(alias string) bool { return foldName(alias) != "" }) {
			return nil, fmt.Errorf("%s:%d: empty source name", name, n)
		}
		rows = append(rows, row)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return rows, nil
}

func trimForError(s string) string {
	if len(s) > 60 {
		return s[:60] + "…"
	}
	return s
}

// foldName is the matching form of a source name: folded, article-free words.
func foldName(s string) string {
	var parts []string
	for t := range arabic.Words(s) {
		parts = append(parts, strings.ToLower(arabic.Fold(t.Text)))
	}
	return strings.Join(parts, " ")
}

// Of rates a source by its names (canonical first) and kind. Unknown sources
// take their kind's default, else F.
func (r *Reliability) Of(kind string, names ...string) Rating {
	if r == nil {
		return Rating{Letter: 'F'}
	}
	for _, n := range names {
		if rt, ok := r.byName[foldName(n)]; ok {
			return rt
		}
	}
	if rt, ok := r.byKind[kind]; ok {
		return rt
	}
	return Rating{Letter: 'F'}
}
