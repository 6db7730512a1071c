package ingest

import (
	"archive/zip"
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path"
	"sort"
	"strings"
)

// readZipFile reads the members of a zip archive on disk.
func (r *Reader) readZipFile(ctx context.Context, name string, emit func(Item) error) error {
	zr, err := zip.OpenReader(name)
	if err != nil {
		return emit(Item{Err: &FileError{Path: name, Offset: -1, Err: ErrNotSupported, Detail: "not a readable zip: " + err.Error()}})
	}
	defer zr.Close()
	return r.readZip(ctx, name, &zr.Reader, emit)
}

// readZipStream reads a zip arriving on a stream (stdin): the archive is
// buffered, within the file size limit, since zip needs random access.
func (r *Reader) readZipStream(ctx context.Context, name string, br *bufio.Reader, emit func(Item) error) error {
	raw, err := io.ReadAll(io.LimitReader(br, r.opt.MaxFileBytes+1))
	if err != nil {
		return emitErr(emit, name, err)
	}
	if int64(len(raw)) > r.opt.MaxFileBytes {
		return emit(Item{Err: &FileError{Path: name, Offset: r.opt.MaxFileBytes, Err: ErrTooLarge}})
	}
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return emit(Item{Err: &FileError{Path: name, Offset: -1, Err: ErrNotSupported, Detail: "not a readable zip: " + err.Error()}})
	}
	return r.readZip(ctx, name, zr, emit)
}

// readZip reads each member in name order. Inflated bytes are counted as
// they come: a member past MaxMemberBytes, or the archive past
// MaxInflateBytes in total (a zip bomb), stops with an error whatever the
// headers claim. Nested archives are not opened.
func (r *Reader) readZip(ctx context.Context, name string, zr *zip.Reader, emit func(Item) error) error {
	files := make([]*zip.File, 0, len(zr.File))
	for _, f := range zr.File {
		base := path.Base(f.Name)
		if f.FileInfo().IsDir() || strings.HasPrefix(base, ".") || strings.HasPrefix(f.Name, "__MACOSX/") {
			continue
		}
		files = append(files, f)
	}
	if len(files) > defaultMaxZipMemberCount {
		return emit(Item{Err: &FileError{Path: name, Offset: -1, Err: ErrZipBomb, Detail: fmt.Sprintf("%d members", len(files))}})
	}
	if len(files) == 0 {
		return emitErr(emit, name, ErrEmpty)
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Name < files[j].Name })
	budget := r.opt.MaxInflateBytes
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		member := name + "!" + f.Name
		if f.UncompressedSize64 > uint64(budget) {
			return emit(Item{Err: &FileError{Path: member, Offset: -1, Err: ErrZipBomb,
				Detail: fmt.Sprintf("declares %d bytes, %d left of the %d-byte limit", f.UncompressedSize64, budget, r.opt.MaxInflateBytes)}})
		}
		if f.UncompressedSize64 > uint64(r.opt.MaxMemberBytes) {
			if err := emit(Item{Err: &FileError{Path: member, Offset: -1, Err: ErrTooLarge,
				Detail: fmt.Sprintf("declares %d bytes, limit %d", f.UncompressedSize64, r.opt.MaxMemberBytes)}}); err != nil {
				return err
			}
			continue
		}
		used, err := r.readMember(ctx, member, f, budget, emit)
		budget -= used
		if err != nil {
			return err
		}
		if budget <= 0 {
			return nil // the member that crossed the limit reported it
		}
	}
	return nil
}

// readMember reads one archive member and returns the bytes it inflated.
func (r *Reader) readMember(ctx context.Context, member string, f *zip.File, budget int64, emit func(Item) error) (int64, error) {
	rc, err := f.Open()
	if err != nil {
		return 0, emitErr(emit, member, err)
	}
	defer rc.Close()
	limit, limitErr := r.opt.MaxMemberBytes, ErrTooLarge
	if budget < limit {
		limit, limitErr = budget, ErrZipBomb
	}
	g := newGuard(rc, member, limit)
	g.limitOf = limitErr
	br := bufio.NewReaderSize(g, 64<<10)
	head, err := br.Peek(512)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return g.read, emitErr(emit, member, err)
	}
	if len(head) == 0 {
		return g.read, emitErr(emit, member, ErrEmpty)
	}
	fm := detect(f.Name, head)
	if fm == formatZip {
		return g.read, emit(Item{Err: &FileError{Path: member, Offset: -1, Err: ErrNotSupported, Detail: "archives inside archives are not opened"}})
	}
	reopen := func() (io.ReadCloser, error) { return f.Open() }
	err = r.readStream(ctx, member, fm, br, reopen, emit)
	if g.err != nil && errors.Is(g.err, ErrZipBomb) {
		return budget, err // stop the archive
	}
	return g.read, err
}
