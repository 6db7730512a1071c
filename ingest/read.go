package ingest

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
)

// Read reads every path (files, directories walked recursively in sorted
// order, "-" for standard input) and calls emit once per article, or once
// per file or record that could not be read (Item.Err, a *FileError); the
// other files are still read. Items come in reading order whatever the
// number of workers. Read returns an error only when ctx is done or emit
// returns one.
func (r *Reader) Read(ctx context.Context, paths []string, emit func(Item) error) error {
	if r.opt.Workers <= 1 {
		return r.read(ctx, paths, func(it Item) error { return emit(r.finish(it)) })
	}
	return r.readParallel(ctx, paths, emit)
}

// read runs the readers over paths; records come out uncleaned (Item.rec).
func (r *Reader) read(ctx context.Context, paths []string, emit func(Item) error) error {
	visited := map[string]bool{}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		if p == "-" {
			err = r.readStdin(ctx, emit)
		} else {
			err = r.readPath(ctx, p, visited, true, emit)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// finish cleans a record item into a document item.
func (r *Reader) finish(it Item) Item {
	if it.rec == nil {
		return it
	}
	doc := r.Document(*it.rec)
	if strings.TrimSpace(doc.Text) == "" {
		return Item{Err: &FileError{Path: it.rec.Source, Offset: -1, Err: ErrNoArticle, Detail: "nothing left after cleaning"}}
	}
	return Item{Doc: doc}
}

// emitErr reports one file's failure; only emit's own error is fatal.
func emitErr(emit func(Item) error, path string, err error) error {
	return emit(Item{Err: fileErr(path, err)})
}

// readPath reads a file or walks a directory. explicit says the user named
// the path, so it is read whatever its extension.
func (r *Reader) readPath(ctx context.Context, path string, visited map[string]bool, explicit bool, emit func(Item) error) error {
	info, err := os.Stat(path) // follows symlinks
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			if _, lerr := os.Lstat(path); lerr == nil {
				return emitErr(emit, path, fmt.Errorf("broken symlink: %w", err))
			}
		}
		return emitErr(emit, path, unwrapPathError(err))
	}
	if info.IsDir() {
		return r.walk(ctx, path, visited, emit)
	}
	if !info.Mode().IsRegular() {
		return emitErr(emit, path, fmt.Errorf("%w: not a regular file (%s)", ErrNotSupported, info.Mode().Type()))
	}
	if !explicit && !knownExt[strings.ToLower(filepath.Ext(path))] {
		slog.Debug("ingest: skipping file of unknown type", "path", path)
		return nil
	}
	return r.readFile(ctx, path, info.Size(), emit)
}

// walk reads a directory's entries in name order; hidden entries (".git",
// ".DS_Store") are skipped. A directory reached twice through symlinks is a
// loop: reported once, not followed.
func (r *Reader) walk(ctx context.Context, dir string, visited map[string]bool, emit func(Item) error) error {
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return emitErr(emit, dir, unwrapPathError(err))
	}
	if abs, err := filepath.Abs(real); err == nil {
		real = abs
	}
	if visited[real] {
		return emitErr(emit, dir, fmt.Errorf("%w: %s was already read", ErrSymlinkLoop, real))
	}
	visited[real] = true
	entries, err := os.ReadDir(dir)
	if err != nil {
		return emitErr(emit, dir, unwrapPathError(err))
	}
	for _, e := range entries {
		if err := ctx.Err(); err != nil {
			return err
		}
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		if err := r.readPath(ctx, filepath.Join(dir, e.Name()), visited, false, emit); err != nil {
			return err
		}
	}
	return nil
}

// readFile reads one regular file of the given size.
func (r *Reader) readFile(ctx context.Context, path string, size int64, emit func(Item) error) error {
	if size > r.opt.MaxFileBytes {
		return emit(Item{Err: &FileError{Path: path, Offset: -1, Err: ErrTooLarge,
			Detail: fmt.Sprintf("%d bytes, limit %d", size, r.opt.MaxFileBytes)}})
	}
	if size == 0 {
		return emitErr(emit, path, ErrEmpty)
	}
	f, err := os.Open(path)
	if err != nil {
		return emitErr(emit, path, unwrapPathError(err))
	}
	defer f.Close()
	magic := make([]byte, 4)
	n, _ := f.ReadAt(magic, 0)
	if isZip(magic[:n]) || strings.EqualFold(filepath.Ext(path), ".zip") {
		return r.readZipFile(ctx, path, emit)
	}
	br := bufio.NewReaderSize(newGuard(f, path, r.opt.MaxFileBytes), 64<<10)
	head, err := br.Peek(512)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return emitErr(emit, path, err)
	}
	reopen := func() (io.ReadCloser, error) { return os.Open(path) }
	return r.readStream(ctx, path, detect(path, head), br, reopen, emit)
}

// readStdin reads standard input, sniffing its format.
func (r *Reader) readStdin(ctx context.Context, emit func(Item) error) error {
	const name = "-"
	raw := bufio.NewReaderSize(os.Stdin, 64<<10)
	if magic, _ := raw.Peek(4); isZip(magic) {
		return r.readZipStream(ctx, name, raw, emit)
	}
	br := bufio.NewReaderSize(newGuard(raw, name, r.opt.MaxFileBytes), 64<<10)
	head, err := br.Peek(512)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return emitErr(emit, name, err)
	}
	return r.readStream(ctx, name, detect(name, head), br, nil, emit)
}

// readStream reads a non-archive stream in format f. reopen, when not nil,
// opens the same bytes again (to count lines for an error message).
func (r *Reader) readStream(ctx context.Context, name string, f format, br *bufio.Reader, reopen func() (io.ReadCloser, error), emit func(Item) error) error {
	switch f {
	case formatJSON:
		return r.readJSON(ctx, name, br, reopen, emit)
	case formatJSONL:
		return r.readJSONL(ctx, name, br, emit)
	}
	raw, err := io.ReadAll(br)
	if err != nil {
		return emitErr(emit, name, err)
	}
	if strings.TrimSpace(string(raw)) == "" {
		return emitErr(emit, name, ErrEmpty)
	}
	var rec Record
	switch f {
	case formatHTML:
		rec = r.htmlRecord(raw)
	case formatMarkdown:
		rec = Record{Text: markdownText(string(raw))}
	default:
		rec = Record{Text: string(raw)}
	}
	rec.Source = name
	return r.emitRecord(name, rec, emit)
}

// emitRecord hands a record on for cleaning (see finish).
func (r *Reader) emitRecord(name string, rec Record, emit func(Item) error) error {
	if rec.Source == "" {
		rec.Source = name
	}
	return emit(Item{rec: &rec})
}

// unwrapPathError keeps the OS reason ("permission denied") without
// repeating the path, which FileError already names.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
