// Package link finds stories across documents: syndicated copies and
// rewrites of one article, among up to millions of documents. An Index keeps
// only compact signatures per document (MinHash for overall likeness,
// sampled passage fingerprints for copied sentences inside rewording);
// candidate pairs come from banded LSH and shared fingerprints, and are
// verified against the texts, fetched back one pair at a time, by sentence
// alignment.
package link

import (
	"fmt"
	"math"
	"runtime"
	"sync"

	"github.com/isnad/isnad/link/minhash"
)

// Options configure an Index. Zero fields take the defaults.
type Options struct {
	Shingle     int    // words per shingle (default 3)
	Hashes      int    // MinHash permutations (default 64)
	Rows        int    // signature rows per LSH band (default 4; bands = Hashes/Rows)
	SampleEvery uint64 // keep one shingle in SampleEvery as a passage fingerprint (default 16)
	MinShared   int    // shared fingerprints that make a rewrite candidate (default 2)
	MaxBucket   int    // LSH buckets and fingerprints shared by more documents are boilerplate: ignored (default 64)
	Seed        uint64 // MinHash seed (default minhash.DefaultSeed)
	// DFSample counts word document frequencies (for the IDF weights of
	// alignment) on one document in DFSample, chosen by id hash, so that
	// huge indexes spend little on them (default 1: every document).
	DFSample uint64
	// Background adds a reference corpus's word counts to the index's own,
	// so that rarity is judged sensibly on small indexes (nil: own counts).
	Background *Background
}

func (o Options) withDefaults() Options {
	if o.Shingle <= 0 {
		o.Shingle = 3
	}
	if o.Hashes <= 0 {
		o.Hashes = 64
	}
	if o.Rows <= 0 {
		o.Rows = 4
	}
	if o.SampleEvery == 0 {
		o.SampleEvery = 16
	}
	if o.MinShared <= 0 {
		o.MinShared = 2
	}
	if o.MaxBucket <= 0 {
		o.MaxBucket = 64
	}
	if o.DFSample == 0 {
		o.DFSample = 1
	}
	if o.Seed == 0 {
		o.Seed = minhash.DefaultSeed
	}
	return o
}

// Entry is what the index keeps of one document.
type Entry struct {
	ID           string
	Outlet       string
	Credits      []string // outlets credited for the whole piece (same-origin hook)
	Shingles     int      // distinct shingles of the text
	Signature    minhash.Signature
	Fingerprints []uint32
	Words        []uint64 // distinct word hashes, for document frequencies; nil when not sampled
}

// Index holds the signatures of documents added one by one. It keeps no
// texts. Add is safe for concurrent use; Sketch can run outside the lock
// (see AddAll for a parallel loader).
type Index struct {
	opt    Options
	hasher *minhash.Hasher

	mu      sync.Mutex
	sigs    []uint32 // Hashes per document, concatenated
	sizes   []uint32
	fpStart []uint32 // fingerprints of doc i: fps[fpStart[i]:fpStart[i+1]]
	fps     []uint32
	ids     []string
	outlets []string
	credits map[uint32][]string
	byID    map[string]uint32
	df      map[uint64]uint32 // documents (of the DF sample) containing each word
	dfDocs  int               // documents in the DF sample
}

// NewIndex makes an empty index.
func NewIndex(opt Options) (*Index, error) {
	opt = opt.withDefaults()
	if opt.Hashes%opt.Rows != 0 {
		return nil, fmt.Errorf("link: %d hashes do not split into bands of %d rows", opt.Hashes, opt.Rows)
	}
	h, err := minhash.NewHasher(opt.Hashes, opt.Seed)
	if err != nil {
		return nil, fmt.Errorf("link: making the hasher: %w", err)
	}
	return &Index{opt: opt, hasher: h, fpStart: []uint32{0},
		credits: map[uint32][]string{}, byID: map[string]uint32{}, df: map[uint64]uint32{}}, nil
}

// Len is the number of documents indexed.
func (x *Index) Len() int {
	x.mu.Lock()
	defer x.mu.Unlock()
	return len(x.ids)
}

// Sketch computes a document's entry from its text without touching the
// index: the expensive part of Add, safe to run on many goroutines.
func (x *Index) Sketch(id, outlet string, credits []string, text string) Entry {
	hs := minhash.WordHashes(minhash.Words(text))
	sh := minhash.Shingles(hs, x.opt.Shingle)
	e := Entry{
		ID: id, Outlet: outlet, Credits: credits, Shingles: len(sh),
		Signature:    x.hasher.Sign(sh, nil),
		Fingerprints: minhash.Fingerprints(sh, x.opt.SampleEvery, nil),
	}
	if x.inDFSample(id) {
		e.Words = minhash.Shingles(hs, 1)
	}
	return e
}

// Add indexes one document by its text. Adding an id twice is an error.
func (x *Index) Add(id, outlet string, credits []string, text string) error {
	return x.Insert(x.Sketch(id, outlet, credits, text))
}

// Insert adds a sketched entry.
func (x *Index) Insert(e Entry) error {
	if len(e.Signature) != x.opt.Hashes {
		return fmt.Errorf("link: entry %s has %d hashes, index wants %d", e.ID, len(e.Signature), x.opt.Hashes)
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	if _, dup := x.byID[e.ID]; dup {
		return fmt.Errorf("link: document %s added twice", e.ID)
	}
	if len(x.ids) >= 1<<31 {
		return fmt.Errorf("link: index full at %d documents", len(x.ids))
	}
	n := uint32(len(x.ids))
	x.byID[e.ID] = n
	x.ids = append(x.ids, e.ID)
	x.outlets = append(x.outlets, e.Outlet)
	if len(e.Credits) > 0 {
		x.credits[n] = e.Credits
	}
	x.sizes = append(x.sizes, uint32(e.Shingles))
	x.sigs = append(x.sigs, e.Signature...)
	x.fps = append(x.fps, e.Fingerprints...)
	x.fpStart = append(x.fpStart, uint32(len(x.fps)))
	if x.inDFSample(e.ID) {
		x.dfDocs++
		for _, w := range e.Words {
			x.df[w]++
		}
	}
	return nil
}

func (x *Index) inDFSample(id string) bool {
	return x.opt.DFSample <= 1 || minhash.HashString(id)%x.opt.DFSample == 0
}

// Weights returns the inverse document frequency of words over the indexed
// documents, log((N+1)/(df+1)), for align.Options.Weight: a word in every
// document weighs about 0, a word seen once about log N. The function reads
// the index: do not Add while it is in use.
func (x *Index) Weights() func(word uint64) float64 {
	if x.dfDocs == 0 {
		return nil
	}
	n := float64(x.docsCounted() + 1)
	return func(w uint64) float64 {
		return math.Log(n / float64(x.docFreq(w)+1))
	}
}

// Doc is one document to index.
type Doc struct {
	ID, Outlet, Text string
	Credits          []string
}

// AddAll indexes the documents received from docs using all cores for the
// signatures; it returns when docs is closed. Insertion order (and so the
// dense numbering) may differ from arrival order, but every output of the
// index is sorted by document id, so results do not depend on it.
func (x *Index) AddAll(docs <-chan Doc) error {
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := range docs {
				if err := x.Insert(x.Sketch(d.ID, d.Outlet, d.Credits, d.Text)); err != nil {
					errs <- err
					for range docs { // drain so the sender does not block
					}
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	return <-errs
}

func (x *Index) signature(i uint32) minhash.Signature {
	h := x.opt.Hashes
	return x.sigs[int(i)*h : int(i+1)*h]
}

func (x *Index) fingerprints(i uint32) []uint32 {
	return x.fps[x.fpStart[i]:x.fpStart[i+1]]
}

// Rare returns the test for words seen in few indexed documents: at most
// one in RareShare of them, and never fewer than minRareDocs. Nil when
// the index has no document frequencies. Same caveat as Weights.
func (x *Index) Rare() func(word uint64) bool {
	if x.dfDocs == 0 {
		return nil
	}
	limit := uint32(max(minRareDocs, x.docsCounted()/rareShare))
	return func(w uint64) bool {
		df := x.docFreq(w)
		return df > 0 && df <= limit
	}
}

// VeryRare returns the test for words of at most one indexed document in
// veryRareShare (and never fewer than minRareDocs). Same caveat as Weights.
func (x *Index) VeryRare() func(word uint64) bool {
	if x.dfDocs == 0 {
		return nil
	}
	limit := uint32(max(minRareDocs, x.docsCounted()/veryRareShare))
	return func(w uint64) bool {
		df := x.docFreq(w)
		return df > 0 && df <= limit
	}
}

const veryRareShare = 1000

// docsCounted is the number of documents behind docFreq: the index's DF
// sample and the background corpus.
func (x *Index) docsCounted() int {
	if bg := x.opt.Background; bg != nil {
		return x.dfDocs + bg.Docs
	}
	return x.dfDocs
}

// docFreq is a word's document frequency in the index's DF sample and the
// background corpus.
func (x *Index) docFreq(w uint64) uint32 {
	df := x.df[w]
	if bg := x.opt.Background; bg != nil {
		df += bg.DF[w]
	}
	return df
}

// A rare word is in at most one document in rareShare (31 of SaudiNewsNet's
// 31k), or in minRareDocs on small indexes.
const (
	rareShare   = 300
	minRareDocs = 5
)
