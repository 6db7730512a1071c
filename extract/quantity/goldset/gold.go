package goldset

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
)

// Time is one hand-annotated time expression.
type Time struct {
	Doc       string  `json:"doc"`
	Anchor    string  `json:"anchor"`
	Text      string  `json:"text"`
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Value     *string `json:"value"`
	EndValue  *string `json:"end_value"`
	Qualifier *string `json:"qualifier"`
}

// Quantity is one hand-annotated figure.
type Quantity struct {
	Doc    string   `json:"doc"`
	Text   string   `json:"text"`
	Start  int      `json:"start"`
	End    int      `json:"end"`
	Value  *float64 `json:"value"`
	Min    *float64 `json:"min"`
	Max    *float64 `json:"max"`
	Approx bool     `json:"approx"`
	Unit   string   `json:"unit"`
}

// MaxLine bounds one gold line.
const MaxLine = 1 << 20

// ReadJSONL decodes one T per line of path.
func ReadJSONL[T any](path string) ([]T, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("opening gold set %s: %w", path, err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), MaxLine)
	n := 0
	for sc.Scan() {
		n++
		if len(sc.Bytes()) == 0 {
			continue
		}
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			return nil, fmt.Errorf("gold set %s line %d: %w", path, n, err)
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading gold set %s: %w", path, err)
	}
	return out, nil
}

// Str is a nullable string for printing.
func Str(s *string) string {
	if s == nil {
		return "null"
	}
	return *s
}

// Overlap is the number of code points two spans share.
func Overlap(a0, a1, b0, b1 int) int {
	return max(0, min(a1, b1)-max(a0, b0))
}
