package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Field names as scrapers write them, in order of preference.
var (
	textFields      = []string{"content", "text", "body", "article", "article_text", "articleBody", "full_text", "fulltext", "maintext", "description"}
	titleFields     = []string{"title", "headline", "name"}
	urlFields       = []string{"url", "link", "href", "canonical_url", "source_url"}
	dateFields      = []string{"date", "published", "published_at", "publishedAt", "pubdate", "pub_date", "datePublished", "date_publish", "publish_date", "published_date", "created_at", "date_extracted", "time", "timestamp"}
	outletFields    = []string{"source", "outlet", "site", "site_name", "siteName", "publisher", "source_domain", "domain", "newspaper"}
	authorFields    = []string{"author", "byline", "authors", "writer", "creator"}
	containerFields = []string{"articles", "items", "data", "results", "posts", "entries", "documents", "docs"}
)

// readJSON reads one article object, a series of them, or an array of them,
// element by element: an array is never held whole in memory.
func (r *Reader) readJSON(ctx context.Context, name string, br *bufio.Reader, reopen func() (io.ReadCloser, error), emit func(Item) error) error {
	dec := json.NewDecoder(br)
	dec.UseNumber()
	first, err := firstByte(br)
	if err == io.EOF {
		return emitErr(emit, name, ErrEmpty)
	}
	if err != nil {
		return emitErr(emit, name, err)
	}
	count := 0
	each := func(obj map[string]json.RawMessage) error {
		count++
		return r.emitObject(name, fmt.Sprintf("%s#%d", name, count), obj, emit)
	}
	switch first {
	case '[':
		if _, err := dec.Token(); err != nil {
			return r.jsonErr(name, dec, err, reopen, emit)
		}
		for dec.More() {
			if err := ctx.Err(); err != nil {
				return err
			}
			var obj map[string]json.RawMessage
			if err := dec.Decode(&obj); err != nil {
				var te *json.UnmarshalTypeError
				if errors.As(err, &te) {
					count++
					if err := emit(Item{Err: &FileError{Path: fmt.Sprintf("%s#%d", name, count), Offset: -1, Err: ErrNoArticle,
						Detail: "array element is not an article object"}}); err != nil {
						return err
					}
					continue
				}
				return r.jsonErr(name, dec, err, reopen, emit)
			}
			if err := each(obj); err != nil {
				return err
			}
		}
		if _, err := dec.Token(); err != nil {
			return r.jsonErr(name, dec, err, reopen, emit)
		}
	case '{':
		for dec.More() {
			if err := ctx.Err(); err != nil {
				return err
			}
			var obj map[string]json.RawMessage
			if err := dec.Decode(&obj); err != nil {
				return r.jsonErr(name, dec, err, reopen, emit)
			}
			if inner, ok := container(obj); ok {
				for _, o := range inner {
					if err := each(o); err != nil {
						return err
					}
				}
				continue
			}
			if err := each(obj); err != nil {
				return err
			}
		}
	default:
		return emit(Item{Err: &FileError{Path: name, Offset: dec.InputOffset(), Err: ErrMalformed,
			Detail: fmt.Sprintf("starts with %q, not an object or an array", first)}})
	}
	// Anything after the JSON value is an error too.
	if _, err := dec.Token(); err != io.EOF {
		if err == nil {
			err = errors.New("data after the end of the JSON value")
		}
		return r.jsonErr(name, dec, err, reopen, emit)
	}
	if count == 0 {
		return emit(Item{Err: &FileError{Path: name, Offset: -1, Err: ErrNoArticle, Detail: "no article in the JSON"}})
	}
	return nil
}

// container returns the article array of a wrapper object such as
// {"articles": [...]} when obj has no text field of its own.
func container(obj map[string]json.RawMessage) ([]map[string]json.RawMessage, bool) {
	if _, ok := lookup(obj, textFields); ok {
		return nil, false
	}
	for _, f := range containerFields {
		raw, ok := lookupRaw(obj, f)
		if !ok {
			continue
		}
		var inner []map[string]json.RawMessage
		if json.Unmarshal(raw, &inner) == nil && len(inner) > 0 {
			return inner, true
		}
	}
	return nil, false
}

// emitObject maps one article object's fields to a record and emits it.
func (r *Reader) emitObject(file, source string, obj map[string]json.RawMessage, emit func(Item) error) error {
	text, ok := lookup(obj, textFields)
	if !ok || strings.TrimSpace(text) == "" {
		return emit(Item{Err: &FileError{Path: source, Offset: -1, Err: ErrNoArticle,
			Detail: "no text field (looked for " + strings.Join(textFields[:4], ", ") + ")"}})
	}
	rec := Record{Source: source, Text: text}
	rec.Title, _ = lookup(obj, titleFields)
	rec.URL, _ = lookup(obj, urlFields)
	rec.Published, _ = lookup(obj, dateFields)
	rec.Outlet, _ = lookup(obj, outletFields)
	rec.Author, _ = lookup(obj, authorFields)
	if looksLikeHTML(rec.Text) {
		rec.Text = htmlFragmentText(rec.Text)
	}
	return r.emitRecord(source, rec, emit)
}

// lookup finds the first of names in obj (keys compared case-insensitively)
// and returns it as text: a string, a number, the "name" of an object
// ({"source": {"name": "Reuters"}}) or the names of an array, joined.
func lookup(obj map[string]json.RawMessage, names []string) (string, bool) {
	for _, n := range names {
		raw, ok := lookupRaw(obj, n)
		if !ok {
			continue
		}
		if s := valueText(raw); s != "" {
			return s, true
		}
	}
	return "", false
}

func lookupRaw(obj map[string]json.RawMessage, name string) (json.RawMessage, bool) {
	if raw, ok := obj[name]; ok {
		return raw, true
	}
	for k, raw := range obj {
		if strings.EqualFold(k, name) {
			return raw, true
		}
	}
	return nil, false
}

func valueText(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return ""
	}
	switch raw[0] {
	case '"':
		var s string
		if json.Unmarshal(raw, &s) == nil {
			return s
		}
	case '{':
		var o map[string]json.RawMessage
		if json.Unmarshal(raw, &o) == nil {
			s, _ := lookup(o, []string{"name", "title", "text", "value", "url"})
			return s
		}
	case '[':
		var list []json.RawMessage
		if json.Unmarshal(raw, &list) == nil {
			var parts []string
			for _, item := range list {
				if s := valueText(item); s != "" {
					parts = append(parts, s)
				}
			}
			return strings.Join(parts, "، ")
		}
	case 'n', 't', 'f':
		return ""
	default: // a number
		return string(raw)
	}
	return ""
}

// firstByte peeks the first byte that is not white space.
func firstByte(br *bufio.Reader) (byte, error) {
	for {
		b, err := br.ReadByte()
		if err != nil {
			return 0, err
		}
		if b != ' ' && b != '\t' && b != '\n' && b != '\r' {
			return b, br.UnreadByte()
		}
	}
}

// jsonErr reports a decoding failure with its byte offset and, when the
// file can be opened again, its line.
func (r *Reader) jsonErr(name string, dec *json.Decoder, err error, reopen func() (io.ReadCloser, error), emit func(Item) error) error {
	var fe *FileError
	if errors.As(err, &fe) { // the guard's: size, UTF-8, binary
		return emit(Item{Err: fe})
	}
	offset := dec.InputOffset()
	var se *json.SyntaxError
	if errors.As(err, &se) {
		offset = se.Offset
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		err = errors.New("unexpected end of input")
	}
	out := &FileError{Path: name, Offset: offset, Err: ErrMalformed, Detail: err.Error()}
	if reopen != nil {
		out.Line = lineAt(reopen, offset)
	}
	return emit(Item{Err: out})
}

// lineAt counts the lines up to offset in a fresh reading of the input.
func lineAt(reopen func() (io.ReadCloser, error), offset int64) int {
	rc, err := reopen()
	if err != nil {
		return 0
	}
	defer rc.Close()
	br := bufio.NewReader(io.LimitReader(rc, offset))
	line := 1
	for {
		b, err := br.ReadByte()
		if err != nil {
			return line
		}
		if b == '\n' {
			line++
		}
	}
}
