package saudinewsnet

import (
	"archive/zip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"sort"
)

// MaxMemberBytes bounds how much one zip member may inflate to: the largest
// day of the corpus is about 13 MB, so anything near this is not the corpus.
const MaxMemberBytes = 256 << 20

// Stop, returned by the function given to Each or EachInZip, ends the
// reading early without an error.
var Stop = errors.New("stop reading SaudiNewsNet")

// record is an article as the corpus's JSON stores it.
type record struct {
	Source  string `json:"source"`
	URL     string `json:"url"`
	Date    string `json:"date_extracted"`
	Title   string `json:"title"`
	Author  string `json:"author"`
	Content string `json:"content"`
}

// Zips lists the corpus's zip files in dir, sorted by name (day order).
func Zips(dir string) ([]string, error) {
	zips, err := filepath.Glob(filepath.Join(dir, "*.zip"))
	if err != nil {
		return nil, fmt.Errorf("listing %s: %w", dir, err)
	}
	if len(zips) == 0 {
		return nil, fmt.Errorf("no SaudiNewsNet zips in %s", dir)
	}
	sort.Strings(zips)
	return zips, nil
}

// Each calls fn with every article of the zips in dir, zips in name order
// and articles in array order, decoding one article at a time. It stops at
// the first error of fn (Stop ends it cleanly) or when ctx is done.
func Each(ctx context.Context, dir string, fn func(Article) error) error {
	zips, err := Zips(dir)
	if err != nil {
		return err
	}
	for _, path := range zips {
		if err := eachInZip(ctx, path, fn); err != nil {
			if errors.Is(err, Stop) {
				return nil
			}
			return err
		}
	}
	return nil
}

// EachInZip is Each over one zip file.
func EachInZip(ctx context.Context, path string, fn func(Article) error) error {
	if err := eachInZip(ctx, path, fn); err != nil && !errors.Is(err, Stop) {
		return err
	}
	return nil
}

// eachInZip reads every member of the zip in stored order, numbering the
// articles from 0 across members; Stop from fn is passed back.
func eachInZip(ctx context.Context, path string, fn func(Article) error) error {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return fmt.Errorf("opening %s: %w", path, err)
	}
	defer zr.Close()
	next := 0
	for _, f := range zr.File {
		if f.FileInfo().IsDir() {
			continue
		}
		if next, err = eachInMember(ctx, path, f, next, fn); err != nil {
			return err
		}
	}
	return nil
}

// eachInMember streams the JSON array of one member; index is the number of
// the member's first article. It returns the number after its last.
func eachInMember(ctx context.Context, path string, f *zip.File, index int, fn func(Article) error) (int, error) {
	rc, err := f.Open()
	if err != nil {
		return index, fmt.Errorf("opening %s!%s: %w", path, f.Name, err)
	}
	defer rc.Close()
	where := fmt.Sprintf("%s!%s", path, f.Name)
	dec := json.NewDecoder(&boundedReader{r: rc, left: MaxMemberBytes, where: where})
	if tok, err := dec.Token(); err != nil {
		return index, fmt.Errorf("decoding %s: %w", where, err)
	} else if tok != json.Delim('[') {
		return index, fmt.Errorf("decoding %s: want a JSON array of articles, found %v", where, tok)
	}
	base := filepath.Base(path)
	for dec.More() {
		if err := ctx.Err(); err != nil {
			return index, err
		}
		var r record
		if err := dec.Decode(&r); err != nil {
			return index, fmt.Errorf("decoding %s article %d: %w", where, index, err)
		}
		a := Article{Zip: base, Index: index, Source: r.Source, URL: r.URL, Date: r.Date,
			Title: r.Title, Author: r.Author, Content: r.Content}
		index++
		if err := fn(a); err != nil {
			return index, err
		}
	}
	if _, err := dec.Token(); err != nil {
		return index, fmt.Errorf("decoding %s: %w", where, err)
	}
	if tok, err := dec.Token(); err != io.EOF {
		return index, fmt.Errorf("decoding %s: data after the array (%v, %v)", where, tok, err)
	}
	return index, nil
}

// Load reads up to limit articles of dir (all when limit <= 0), in Each's
// order.
func Load(dir string, limit int) ([]Article, error) {
	var out []Article
	err := Each(context.Background(), dir, func(a Article) error {
		out = append(out, a)
		if limit > 0 && len(out) >= limit {
			return Stop
		}
		return nil
	})
	return out, err
}

// LoadZip reads every article of one zip file.
func LoadZip(path string) ([]Article, error) {
	var out []Article
	err := EachInZip(context.Background(), path, func(a Article) error {
		out = append(out, a)
		return nil
	})
	return out, err
}

// boundedReader fails, naming the member, once more than left bytes are read.
type boundedReader struct {
	r     io.Reader
	left  int64
	where string
}

func (b *boundedReader) Read(p []byte) (int, error) {
	if b.left <= 0 {
		// At the bound: only the end of the member may follow.
		var probe [1]byte
		if n, err := b.r.Read(probe[:]); n == 0 {
			return 0, err
		}
		return 0, fmt.Errorf("%s inflates to more than %d bytes", b.where, MaxMemberBytes)
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.r.Read(p)
	b.left -= int64(n)
	return n, err
}
