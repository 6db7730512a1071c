// Package ingest turns files into cleaned isnad documents. It reads plain
// text and Markdown, HTML pages, JSON (one article or an array), JSON Lines,
// zip archives of these, whole directories and standard input; it removes
// page chrome and finds the metadata the text carries (dateline, credits,
// byline, headline). Everything streams: a corpus is never held in memory.
package ingest

import (
	"context"
	"fmt"
	"io/fs"
	"runtime"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/ingest/chrome"
	"github.com/isnad/isnad/ingest/meta"
)

// Limits on input, explicit so that a hostile file cannot exhaust memory.
const (
	DefaultMaxFileBytes      = 50 << 20  // one file, or one zip member, as stored
	DefaultMaxInflateBytes   = 1 << 30   // all members of one zip, inflated
	DefaultMaxMemberBytes    = 200 << 20 // one zip member, inflated
	DefaultMaxArticleBytes   = 8 << 20   // one article's text
	defaultMaxZipMemberCount = 100000
)

// OutletResolver maps outlet names as written to canonical names; the actor
// lexicon implements it. See meta.OutletResolver.
type OutletResolver = meta.OutletResolver

// Options tune a Reader. Zero values mean the defaults.
type Options struct {
	MaxFileBytes    int64          // a file larger than this is refused (default 50 MB)
	MaxInflateBytes int64          // a zip inflating past this in total is refused (default 1 GiB)
	MaxMemberBytes  int64          // a zip member inflating past this is refused (default 200 MB)
	Outlets         OutletResolver // nil: the table in data/ingest/outlets.tsv
	Lexicons        fs.FS          // nil: the embedded data.Ingest
	Workers         int            // documents cleaned in parallel (default GOMAXPROCS; 1 = in the reading goroutine)
}

func (o Options) withDefaults() Options {
	if o.MaxFileBytes <= 0 {
		o.MaxFileBytes = DefaultMaxFileBytes
	}
	if o.MaxInflateBytes <= 0 {
		o.MaxInflateBytes = DefaultMaxInflateBytes
	}
	if o.MaxMemberBytes <= 0 {
		o.MaxMemberBytes = DefaultMaxMemberBytes
	}
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	if o.Lexicons == nil {
		o.Lexicons = data.Ingest
	}
	return o
}

// Item is one result of reading: a document, or the error that stopped one
// file (or one record of a file) from being read. Other files go on.
type Item struct {
	Doc isnad.Document
	Err error

	rec *Record // a record read but not yet cleaned (inside Read only)
}

// Reader reads and cleans documents. Build it once with New; it holds the
// lexicons and is safe for concurrent use.
type Reader struct {
	opt    Options
	chrome *chrome.Remover
	meta   *meta.Extractor
}

// New loads the lexicons and returns a Reader.
func New(opt Options) (*Reader, error) {
	opt = opt.withDefaults()
	rm, err := chrome.Load(opt.Lexicons)
	if err != nil {
		return nil, fmt.Errorf("loading the chrome lexicon: %w", err)
	}
	ex, err := meta.Load(opt.Lexicons, opt.Outlets)
	if err != nil {
		return nil, fmt.Errorf("loading the metadata lexicons: %w", err)
	}
	return &Reader{opt: opt, chrome: rm, meta: ex}, nil
}

// Read is New followed by Reader.Read, for a single use; build a Reader
// once when reading many times (it loads the lexicons).
func Read(ctx context.Context, paths []string, opt Options, emit func(Item) error) error {
	r, err := New(opt)
	if err != nil {
		return err
	}
	return r.Read(ctx, paths, emit)
}
