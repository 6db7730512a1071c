// Package ans reads the ANS stance pairs (s1,s2,stance CSV).
package ans

import (
	"encoding/csv"
	"fmt"
	"os"
)

// Pair is one headline pair with its stance: agree, disagree or other.
type Pair struct{ S1, S2, Stance string }

// Read reads a stance CSV file with a header row.
func Read(path string) ([]Pair, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading ANS pairs: %w", err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	var out []Pair
	for i, r := range rows {
		if i == 0 {
			continue
		}
		if len(r) != 3 {
			return nil, fmt.Errorf("%s:%d: want 3 fields, got %d", path, i+1, len(r))
		}
		out = append(out, Pair{r[0], r[1], r[2]})
	}
	return out, nil
}
