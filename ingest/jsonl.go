package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
)

// readJSONL reads one article object a line. A bad line is reported with
// its number and the next lines are still read.
func (r *Reader) readJSONL(ctx context.Context, name string, br *bufio.Reader, emit func(Item) error) error {
	sc := bufio.NewScanner(br)
	sc.Buffer(make([]byte, 64<<10), DefaultMaxArticleBytes)
	line, count := 0, 0
	var offset int64
	for sc.Scan() {
		if err := ctx.Err(); err != nil {
			return err
		}
		line++
		b := bytes.TrimSpace(sc.Bytes())
		start := offset
		offset += int64(len(sc.Bytes())) + 1
		if len(b) == 0 {
			continue
		}
		count++
		source := fmt.Sprintf("%s#%d", name, line)
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(b, &obj); err != nil {
			at := start
			var se *json.SyntaxError
			if errors.As(err, &se) {
				at += se.Offset
			}
			if err := emit(Item{Err: &FileError{Path: name, Line: line, Offset: at, Err: ErrMalformed, Detail: err.Error()}}); err != nil {
				return err
			}
			continue
		}
		if err := r.emitObject(name, source, obj, emit); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		var fe *FileError
		if errors.As(err, &fe) {
			return emit(Item{Err: fe})
		}
		if errors.Is(err, bufio.ErrTooLong) {
			return emit(Item{Err: &FileError{Path: name, Line: line + 1, Offset: offset, Err: ErrTooLarge,
				Detail: fmt.Sprintf("line longer than %d bytes", DefaultMaxArticleBytes)}})
		}
		return emitErr(emit, name, err)
	}
	if count == 0 {
		return emitErr(emit, name, ErrEmpty)
	}
	return nil
}
