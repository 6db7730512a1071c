package ingest

import (
	"errors"
	"fmt"
)

// What can be wrong with an input file. A FileError wraps one of these, so
// callers can test with errors.Is.
var (
	ErrEmpty        = errors.New("empty file")
	ErrBinary       = errors.New("binary file (NUL byte), not text")
	ErrInvalidUTF8  = errors.New("invalid UTF-8")
	ErrTooLarge     = errors.New("over the size limit")
	ErrZipBomb      = errors.New("zip inflates past the limit")
	ErrSymlinkLoop  = errors.New("symlink loop")
	ErrMalformed    = errors.New("malformed JSON")
	ErrNoArticle    = errors.New("no article text")
	ErrNotSupported = errors.New("not a supported format")
)

// FileError says which file (or archive member, or record) could not be
// read and where: "ingest: data/x.json: invalid UTF-8 at byte 1234".
type FileError struct {
	Path   string // file, "a.zip!b.json" member or "a.json#3" record
	Offset int64  // byte offset of the fault, -1 when none applies
	Line   int    // 1-based line of the fault, 0 when unknown
	Err    error  // one of the Err… values above, or an OS error
	Detail string // what the parser said, when it said more
}

func (e *FileError) Error() string {
	msg := fmt.Sprintf("ingest: %s: %v", e.Path, e.Err)
	switch {
	case e.Line > 0 && e.Offset >= 0:
		msg += fmt.Sprintf(" at line %d (byte %d)", e.Line, e.Offset)
	case e.Line > 0:
		msg += fmt.Sprintf(" at line %d", e.Line)
	case e.Offset >= 0:
		msg += fmt.Sprintf(" at byte %d", e.Offset)
	}
	if e.Detail != "" {
		msg += ": " + e.Detail
	}
	return msg
}

func (e *FileError) Unwrap() error { return e.Err }

func fileErr(path string, err error) *FileError {
	var fe *FileError
	if errors.As(err, &fe) {
		return fe
	}
	return &FileError{Path: path, Offset: -1, Err: err}
}

func fileErrAt(path string, offset int64, err error) *FileError {
	return &FileError{Path: path, Offset: offset, Err: err}
}
