package meta

import (
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"

	"github.com/isnad/isnad/ingest/internal/lex"
)

// months maps a folded month name to its number, and lists the names
// longest first so that "تشرين الثاني" is tried before "تشرين".
type months struct {
	number map[string]int
	names  []string
}

func loadMonths(fsys fs.FS, name string) (months, error) {
	rows, err := lex.Lines(fsys, name)
	if err != nil {
		return months{}, err
	}
	m := months{number: map[string]int{}}
	for i, row := range rows {
		num, list, ok := strings.Cut(row, "\t")
		n, err := strconv.Atoi(strings.TrimSpace(num))
		if !ok || err != nil || n < 1 || n > 12 {
			return months{}, fmt.Errorf("month table %s row %d: want month number, tab, names", name, i+1)
		}
		for _, alias := range strings.Split(list, "|") {
			k := lex.Key(alias)
			if k == "" {
				continue
			}
			m.number[k] = n
			m.names = append(m.names, k)
		}
	}
	sort.Slice(m.names, func(i, j int) bool { return len(m.names[i]) > len(m.names[j]) })
	return m, nil
}
