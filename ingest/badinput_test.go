package ingest

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const goodText = "قال المتحدث إن الاجتماع انتهى دون اتفاق.\n"

// TestBadInput: each bad file gets one clear error naming it (and the byte
// offset where one applies); the good file beside it is still read.
func TestBadInput(t *testing.T) {
	invalidAt := strings.Repeat("ب", 40000) // 80,000 bytes: past the first 64 KiB read
	tests := []struct {
		name    string
		content []byte
		opt     Options
		want    error
		offset  int64 // -1: no offset expected
		message string
	}{
		{"empty.txt", nil, Options{}, ErrEmpty, -1, "empty file"},
		{"blank.txt", []byte(" \n\t\n"), Options{}, ErrEmpty, -1, "empty file"},
		{"bom-only.txt", []byte("\ufeff"), Options{}, ErrEmpty, -1, "empty file"},
		{"binary.txt", []byte("نص\x00\x01\x02"), Options{}, ErrBinary, 4, "binary file (NUL byte), not text at byte 4"},
		{"latin1.txt", []byte("abc \xe9t\xe9"), Options{}, ErrInvalidUTF8, 4, "invalid UTF-8 at byte 4"},
		{"late-invalid.txt", []byte(invalidAt + "\xff"), Options{}, ErrInvalidUTF8, 80000, "invalid UTF-8 at byte 80000"},
		{"bom-invalid.txt", []byte("\ufeffنص \xc3"), Options{}, ErrInvalidUTF8, 8, "invalid UTF-8 at byte 8"},
		{"malformed.json", []byte("[\n{\"title\": \"a\",\n \"content\": \"نص\" \"x\"}\n]"), Options{}, ErrMalformed, 35, "malformed JSON at line 3"},
		{"truncated.json", []byte(`[{"content": "نص"}, {"content": "نص`), Options{}, ErrMalformed, -2, "unexpected end of input"},
		{"big.txt", bytes.Repeat([]byte("نص "), 100), Options{MaxFileBytes: 200}, ErrTooLarge, -1, "over the size limit"},
		{"notzip.zip", []byte("PK\x03\x04 not really a zip"), Options{}, ErrNotSupported, -1, "not a readable zip"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			bad := write(t, dir, tc.name, string(tc.content))
			write(t, dir, "zz-good.txt", goodText)
			r, err := New(tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			items, errs := readAll(t, r, dir)
			// truncated.json yields its first article before the fault.
			if last := len(items) - 1; last < 0 || !strings.HasSuffix(items[last].Doc.Source, "zz-good.txt") {
				t.Errorf("the good file was not read beside the bad one: %d documents", len(items))
			}
			if len(errs) != 1 {
				t.Fatalf("errors %v, want exactly one", errs)
			}
			var fe *FileError
			if !errors.As(errs[0], &fe) || !errors.Is(errs[0], tc.want) {
				t.Fatalf("error %v, want a FileError wrapping %v", errs[0], tc.want)
			}
			if fe.Path != bad {
				t.Errorf("error names %q, want %q", fe.Path, bad)
			}
			if tc.offset != -2 && fe.Offset != tc.offset {
				t.Errorf("offset %d, want %d", fe.Offset, tc.offset)
			}
			if msg := errs[0].Error(); !strings.HasPrefix(msg, "ingest: "+bad+": ") || !strings.Contains(msg, tc.message) {
				t.Errorf("message %q, want it to name the file and say %q", msg, tc.message)
			}
		})
	}
}

func makeZip(t *testing.T, path string, members map[string]string) {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range sortedKeys(members) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(members[name])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func sortedKeys(m map[string]string) []string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	for i := range keys {
		for j := i + 1; j < len(keys); j++ {
			if keys[j] < keys[i] {
				keys[i], keys[j] = keys[j], keys[i]
			}
		}
	}
	return keys
}

// TestZipLimits: inflated bytes are counted while reading, per member and
// for the archive; the limit stops the archive with an error naming the member.
func TestZipLimits(t *testing.T) {
	dir := t.TempDir()
	big := strings.Repeat("ا", 300000) + "." // 600 KB inflated, a few KB stored
	path := filepath.Join(dir, "bomb.zip")
	makeZip(t, path, map[string]string{"1.txt": goodText, "2.txt": big, "3.txt": big, "4.txt": goodText})

	r, err := New(Options{MaxInflateBytes: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	items, errs := readAll(t, r, path)
	if len(items) != 2 { // 1.txt and 2.txt; 3.txt crosses the limit and stops the archive
		t.Errorf("%d documents before the limit, want 2", len(items))
	}
	if len(errs) != 1 || !errors.Is(errs[0], ErrZipBomb) || !strings.Contains(errs[0].Error(), "bomb.zip!3.txt") {
		t.Errorf("errors %v, want one zip-bomb error naming bomb.zip!3.txt", errs)
	}

	r, err = New(Options{MaxMemberBytes: 100000})
	if err != nil {
		t.Fatal(err)
	}
	items, errs = readAll(t, r, path)
	if len(items) != 2 || len(errs) != 2 || !errors.Is(errs[0], ErrTooLarge) {
		t.Errorf("member limit: %d documents, errors %v; want 2 and two too-large members", len(items), errs)
	}
}

// TestZipMembers: a zip of mixed members, one of them malformed.
func TestZipMembers(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "mixed.zip")
	makeZip(t, path, map[string]string{
		"a.json":     `[{"title": "عنوان", "content": "نص أول كامل."}, {"title": "عنوان ثان", "content": "نص ثان كامل."}]`,
		"b.txt":      goodText,
		"c.json":     `{"content": "نص`,
		"d.html":     "<html><body><article><p>" + strings.TrimSpace(goodText) + "</p></article></body></html>",
		"__MACOSX/x": "ignored",
	})
	r := newReader(t)
	items, errs := readAll(t, r, path)
	var sources []string
	for _, it := range items {
		sources = append(sources, filepath.Base(it.Doc.Source))
	}
	want := "mixed.zip!a.json#1 mixed.zip!a.json#2 mixed.zip!b.txt mixed.zip!d.html"
	if strings.Join(sources, " ") != want {
		t.Errorf("sources %q, want %q", sources, want)
	}
	if len(errs) != 1 || !errors.Is(errs[0], ErrMalformed) || !strings.Contains(errs[0].Error(), "mixed.zip!c.json") {
		t.Errorf("errors %v, want one malformed-JSON error naming mixed.zip!c.json", errs)
	}
}

// TestSymlinkLoop: a directory linking back to its parent is reported once
// and not followed; everything else is read.
func TestSymlinkLoop(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a/text.txt", goodText)
	if err := os.Symlink(dir, filepath.Join(dir, "a", "loop")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	if err := os.Symlink(filepath.Join(dir, "missing"), filepath.Join(dir, "broken.txt")); err != nil {
		t.Fatal(err)
	}
	items, errs := readAll(t, newReader(t), dir)
	if len(items) != 1 {
		t.Errorf("%d documents, want 1", len(items))
	}
	var loops, broken int
	for _, err := range errs {
		switch {
		case errors.Is(err, ErrSymlinkLoop):
			loops++
		case strings.Contains(err.Error(), "broken symlink"):
			broken++
		default:
			t.Errorf("unexpected error %v", err)
		}
	}
	if loops != 1 || broken != 1 {
		t.Errorf("errors %v, want one symlink loop and one broken symlink", errs)
	}
}

// TestUnreadable: a file without read permission is named with the OS reason.
func TestUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads every file: permissions cannot be tested")
	}
	dir := t.TempDir()
	p := write(t, dir, "secret.txt", goodText)
	write(t, dir, "open.txt", goodText)
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	items, errs := readAll(t, newReader(t), dir)
	if len(items) != 1 || len(errs) != 1 || !errors.Is(errs[0], os.ErrPermission) || !strings.Contains(errs[0].Error(), "secret.txt") {
		t.Errorf("%d documents, errors %v; want 1 and a permission error naming secret.txt", len(items), errs)
	}
}

func TestMissingPath(t *testing.T) {
	items, errs := readAll(t, newReader(t), filepath.Join(t.TempDir(), "nothing.json"))
	if len(items) != 0 || len(errs) != 1 || !errors.Is(errs[0], os.ErrNotExist) {
		t.Errorf("%d documents, errors %v; want a not-exist error", len(items), errs)
	}
}

// TestStdin reads "-" from standard input, sniffing the format.
func TestStdin(t *testing.T) {
	for _, tc := range []struct{ name, content string }{
		{"json", `[{"title": "عنوان", "content": "` + strings.TrimSpace(goodText) + `"}]`},
		{"text", goodText},
		{"html", "<!doctype html><html><body><p>" + strings.TrimSpace(goodText) + "</p></body></html>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := write(t, t.TempDir(), "in", tc.content)
			f, err := os.Open(p)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			saved := os.Stdin
			os.Stdin = f
			defer func() { os.Stdin = saved }()
			items, errs := readAll(t, newReader(t), "-")
			if len(errs) != 0 || len(items) != 1 || !strings.Contains(items[0].Doc.Text, "انتهى دون اتفاق") {
				t.Errorf("%d documents, errors %v", len(items), errs)
			}
		})
	}
}

// TestCancel: a done context stops reading with its error.
func TestCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := newReader(t).Read(ctx, []string{"testdata/readers"}, func(Item) error { return nil })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Read with a cancelled context returned %v", err)
	}
}

// TestStdinZip reads a zip arriving on standard input, and refuses one over
// the size limit.
func TestStdinZip(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "in.zip")
	makeZip(t, path, map[string]string{"a.txt": goodText, "b.txt": goodText + "وأضاف."})
	for _, tc := range []struct {
		limit      int64
		docs, errs int
	}{{0, 2, 0}, {100, 0, 1}} {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		saved := os.Stdin
		os.Stdin = f
		r, err := New(Options{MaxFileBytes: tc.limit})
		if err != nil {
			t.Fatal(err)
		}
		items, errs := readAll(t, r, "-")
		os.Stdin = saved
		f.Close()
		if len(items) != tc.docs || len(errs) != tc.errs {
			t.Errorf("limit %d: %d documents, errors %v; want %d and %d", tc.limit, len(items), errs, tc.docs, tc.errs)
		}
	}
}
