package server

import (
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/isnad/isnad/ingest"
)

// uploadPath takes uploads; its body limit is MaxUploadBytes.
const uploadPath = "/api/uploads"

// maxFileNameBytes bounds the name an uploaded file is known by.
const maxFileNameBytes = 120

// upload takes a multipart/form-data body of files (any field name), saves
// them to a temporary directory, and queues a job that reads them through
// ingest's readers (text, HTML, Markdown, JSON, JSON Lines, zip), analyses
// and stores them, then relinks the corpus. It answers 202 at once with the
// job; GET /api/jobs/{id} follows it.
func (s *server) upload(r *http.Request) (any, error) {
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, &apiError{http.StatusUnsupportedMediaType, "an upload must be multipart/form-data with one or more files"}
	}
	dir, err := os.MkdirTemp(s.cfg.UploadDir, "isnad-upload-")
	if err != nil {
		return nil, fmt.Errorf("making the upload's directory: %w", err)
	}
	rj := &runningJob{job: Job{Kind: "upload", By: principalOf(r).name}, dir: dir}
	keep := false
	defer func() {
		if !keep {
			os.RemoveAll(dir)
		}
	}()
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, uploadReadError(err)
		}
		if part.FileName() == "" {
			// A form field, not a file: nothing of it is used.
			if _, err := io.Copy(io.Discard, part); err != nil {
				return nil, uploadReadError(err)
			}
			continue
		}
		if len(rj.job.Files) == s.cfg.MaxUploadFiles {
			return nil, &apiError{http.StatusRequestEntityTooLarge, fmt.Sprintf("an upload holds at most %d files", s.cfg.MaxUploadFiles)}
		}
		f, err := s.saveUploaded(dir, len(rj.job.Files), part)
		if err != nil {
			return nil, err
		}
		rj.job.Files = append(rj.job.Files, f)
		if f.Error != "" {
			rj.job.Documents.Failed++
			rj.job.addError(f.Name, f.Error)
		}
	}
	if len(rj.job.Files) == 0 {
		return nil, badRequest("the upload holds no file (send multipart/form-data with one or more file parts)")
	}
	j, err := s.jobs.add(rj)
	if err != nil {
		return nil, err
	}
	keep = true
	s.log.Info("upload queued", "job", j.ID, "files", len(j.Files), "by", j.By)
	return accepted{j, "/api/jobs/" + j.ID}, nil
}

// saveUploaded copies one file part to dir/NNNN/name. A file over the
// per-file limit is not kept: it is reported as ingest reports such a file.
func (s *server) saveUploaded(dir string, i int, part *multipart.Part) (JobFile, error) {
	name := safeFileName(part.FileName(), i)
	sub := filepath.Join(dir, fmt.Sprintf("%04d", i))
	if err := os.Mkdir(sub, 0o700); err != nil {
		return JobFile{}, fmt.Errorf("saving an uploaded file: %w", err)
	}
	path := filepath.Join(sub, name)
	out, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return JobFile{}, fmt.Errorf("saving an uploaded file: %w", err)
	}
	limit := s.cfg.MaxFileBytes
	n, err := io.Copy(out, io.LimitReader(part, limit+1))
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return JobFile{}, uploadReadError(err)
	}
	f := JobFile{Name: name, Bytes: n, path: path}
	if n > limit {
		rest, err := io.Copy(io.Discard, part)
		if err != nil {
			return JobFile{}, uploadReadError(err)
		}
		if err := os.Remove(path); err != nil {
			return JobFile{}, fmt.Errorf("removing an uploaded file over the limit: %w", err)
		}
		f.Bytes = n + rest
		f.path = ""
		f.Error = (&ingest.FileError{Path: name, Offset: -1, Err: ingest.ErrTooLarge,
			Detail: fmt.Sprintf("%d bytes, limit %d", f.Bytes, limit)}).Error()
	}
	return f, nil
}

// uploadReadError is 413 for a body past the limit, else 400: the body
// itself is malformed or cut short.
func uploadReadError(err error) error {
	if tl := tooLarge(err); tl != nil {
		return tl
	}
	return badRequest(fmt.Sprintf("reading the upload: %v", err))
}

// safeFileName is the last element of a client's file name, without control
// characters, leading dots or path separators, at most maxFileNameBytes
// (the extension kept: it tells the readers the format); "file-N" when
// nothing is left.
func safeFileName(name string, i int) string {
	if k := strings.LastIndexAny(name, `/\`); k >= 0 {
		name = name[k+1:]
	}
	name = strings.Map(func(r rune) rune {
		if r == utf8.RuneError || unicode.IsControl(r) || r == ':' {
			return -1
		}
		return r
	}, name)
	name = strings.TrimLeft(strings.TrimSpace(name), ".")
	if len(name) > maxFileNameBytes {
		ext := filepath.Ext(name)
		if len(ext) > 16 {
			ext = ""
		}
		stem := name[:maxFileNameBytes-len(ext)]
		for !utf8.ValidString(stem) {
			stem = stem[:len(stem)-1]
		}
		name = stem + ext
	}
	if name == "" {
		return fmt.Sprintf("file-%d", i+1)
	}
	return name
}
