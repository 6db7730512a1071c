package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// WriteJSON writes the analysis as one indented JSON object.
func WriteJSON(w io.Writer, a *Analysis) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(a); err != nil {
		return fmt.Errorf("writing analysis JSON: %w", err)
	}
	return nil
}

// WriteJSONL writes one object per line, each with a "record" field naming
// the array it belongs to ("documents", "claims" …), first a "version" line.
func WriteJSONL(w io.Writer, a *Analysis) error {
	bw := bufio.NewWriter(w)
	if err := writeRecord(bw, "version", map[string]string{"version": a.Version}); err != nil {
		return err
	}
	arrays := []struct {
		name  string
		items func(func(any) error) error
	}{
		{"documents", each(a.Documents)},
		{"entities", each(a.Entities)},
		{"times", each(a.Times)},
		{"quantities", each(a.Quantities)},
		{"claims", each(a.Claims)},
		{"events", each(a.Events)},
		{"stories", each(a.Stories)},
		{"claim_groups", each(a.ClaimGroups)},
		{"contradictions", each(a.Contradictions)},
		{"errors", each(a.Errors)},
	}
	for _, arr := range arrays {
		if err := arr.items(func(v any) error { return writeRecord(bw, arr.name, v) }); err != nil {
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing analysis JSONL: %w", err)
	}
	return nil
}

func each[T any](xs []T) func(func(any) error) error {
	return func(f func(any) error) error {
		for i := range xs {
			if err := f(xs[i]); err != nil {
				return err
			}
		}
		return nil
	}
}

// writeRecord writes v as one JSON line with "record" as its first field.
func writeRecord(w *bufio.Writer, record string, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("encoding a %s record: %w", record, err)
	}
	body := bytes.TrimSpace(buf.Bytes())
	if len(body) < 2 || body[0] != '{' {
		return fmt.Errorf("encoding a %s record: not a JSON object", record)
	}
	fmt.Fprintf(w, `{"record":%q`, record)
	if len(body) > 2 {
		w.WriteByte(',')
	}
	w.Write(body[1:])
	return w.WriteByte('\n')
}
