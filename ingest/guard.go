package ingest

import (
	"bytes"
	"io"
	"unicode/utf8"
)

var bom = []byte{0xEF, 0xBB, 0xBF}

// guard checks a byte stream on its way in: it stops at the size limit,
// refuses NUL bytes (binary files) and invalid UTF-8 with the byte offset,
// and strips a leading BOM. Offsets count the bytes of the input, BOM included.
type guard struct {
	r       io.Reader
	path    string
	limit   int64
	limitOf error // ErrTooLarge, or ErrZipBomb when the limit is an archive's budget
	read    int64 // bytes taken from r
	pos     int64 // input offset of the next byte handed out
	pending []byte
	started bool
	err     error
}

func newGuard(r io.Reader, path string, limit int64) *guard {
	return &guard{r: r, path: path, limit: limit, limitOf: ErrTooLarge}
}

func (g *guard) Read(p []byte) (int, error) {
	if g.err != nil {
		return 0, g.err
	}
	if len(p) < utf8.UTFMax {
		return 0, io.ErrShortBuffer
	}
	for {
		k := copy(p, g.pending)
		g.pending = g.pending[:0]
		m, err := g.r.Read(p[k:])
		g.read += int64(m)
		if g.read > g.limit {
			g.err = fileErrAt(g.path, g.limit, g.limitOf)
			return 0, g.err
		}
		n := k + m
		skip := 0
		if !g.started && (n >= len(bom) || err != nil) {
			g.started = true
			if bytes.HasPrefix(p[:n], bom) {
				skip = len(bom)
			}
		}
		g.pos += int64(skip)
		valid, verr := g.check(p[skip:n], err != nil)
		if verr != nil {
			g.err = verr
			return 0, g.err
		}
		out := copy(p, p[skip:skip+valid])
		g.pending = append(g.pending, p[skip+valid:n]...)
		g.pos += int64(valid)
		if err == io.EOF && len(g.pending) > 0 {
			g.err = fileErrAt(g.path, g.pos, ErrInvalidUTF8)
			return 0, g.err
		}
		if out > 0 || err != nil {
			return out, err
		}
	}
}

// check validates b and returns how many leading bytes are complete and
// valid; an incomplete rune at the end is left for the next read unless
// the input is over.
func (g *guard) check(b []byte, final bool) (int, error) {
	i := 0
	for i < len(b) {
		c := b[i]
		if c < utf8.RuneSelf {
			if c == 0 {
				return 0, fileErrAt(g.path, g.pos+int64(i), ErrBinary)
			}
			i++
			continue
		}
		if !utf8.FullRune(b[i:]) {
			if final {
				return 0, fileErrAt(g.path, g.pos+int64(i), ErrInvalidUTF8)
			}
			return i, nil
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return 0, fileErrAt(g.path, g.pos+int64(i), ErrInvalidUTF8)
		}
		i += size
	}
	return i, nil
}
