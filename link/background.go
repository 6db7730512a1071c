package link

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/link/minhash"
)

// Background is how many documents of a reference corpus contain each word.
// An index over a handful of documents cannot tell a rare word (a name, a
// place) from a common one by its own counts; with a background it judges
// rarity as it would over a newsroom's whole feed. Words of one document
// only are left out: a missing word counts as rare.
type Background struct {
	Docs int
	DF   map[uint64]uint32
}

// BackgroundBuilder counts word document frequencies text by text.
type BackgroundBuilder struct {
	b Background
}

// NewBackgroundBuilder starts an empty count.
func NewBackgroundBuilder() *BackgroundBuilder {
	return &BackgroundBuilder{b: Background{DF: map[uint64]uint32{}}}
}

// Add counts the distinct words of one document.
func (bb *BackgroundBuilder) Add(text string) {
	bb.b.Docs++
	for _, w := range minhash.Shingles(minhash.WordHashes(minhash.Words(text)), 1) {
		bb.b.DF[w]++
	}
}

// Background returns the counts, dropping words seen in fewer than minDocs
// documents to keep the file small.
func (bb *BackgroundBuilder) Background(minDocs uint32) *Background {
	out := &Background{Docs: bb.b.Docs, DF: make(map[uint64]uint32, len(bb.b.DF)/4)}
	for w, n := range bb.b.DF {
		if n >= minDocs {
			out.DF[w] = n
		}
	}
	return out
}

const backgroundMagic = "isnad-df 1\n"

// MaxBackgroundWords bounds what ReadBackground accepts.
const MaxBackgroundWords = 10_000_000

// Write stores the background gzip-compressed: a magic line, the document
// count, the word count, then (hash delta, df) varints in hash order, so
// that the same counts always give the same bytes.
func (b *Background) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(backgroundMagic)
	words := make([]uint64, 0, len(b.DF))
	for w := range b.DF {
		words = append(words, w)
	}
	slices.Sort(words)
	var buf [binary.MaxVarintLen64]byte
	put := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	put(uint64(b.Docs))
	put(uint64(len(words)))
	prev := uint64(0)
	for _, w := range words {
		put(w - prev)
		put(uint64(b.DF[w]))
		prev = w
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing word frequencies: %w", err)
	}
	return zw.Close()
}

// ReadBackground reads what Write stored; name is for errors.
func ReadBackground(r io.Reader, name string) (*Background, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("reading word frequencies %s: %w", name, err)
	}
	br := bufio.NewReader(zr)
	magic := make([]byte, len(backgroundMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != backgroundMagic {
		return nil, fmt.Errorf("reading word frequencies %s: not an isnad word-frequency file", name)
	}
	next := func() (uint64, error) { return binary.ReadUvarint(br) }
	docs, err := next()
	if err != nil {
		return nil, fmt.Errorf("reading word frequencies %s: %w", name, err)
	}
	n, err := next()
	if err != nil {
		return nil, fmt.Errorf("reading word frequencies %s: %w", name, err)
	}
	if n > MaxBackgroundWords {
		return nil, fmt.Errorf("reading word frequencies %s: %d words, more than the limit of %d", name, n, MaxBackgroundWords)
	}
	b := &Background{Docs: int(docs), DF: make(map[uint64]uint32, n)}
	prev := uint64(0)
	for i := uint64(0); i < n; i++ {
		d, err1 := next()
		df, err2 := next()
		if err := errors.Join(err1, err2); err != nil {
			return nil, fmt.Errorf("reading word frequencies %s: word %d: %w", name, i, err)
		}
		prev += d
		b.DF[prev] = uint32(df)
	}
	return b, nil
}

// BackgroundPath is where the shipped background lives in data.Link.
const BackgroundPath = "link/df.bin.gz"

// DefaultBackground loads the shipped word frequencies (learnt from
// SaudiNewsNet by `isnad train df`).
func DefaultBackground() (*Background, error) {
	f, err := data.Link.Open(BackgroundPath)
	if err != nil {
		return nil, fmt.Errorf("opening the shipped word frequencies: %w", err)
	}
	defer f.Close()
	return ReadBackground(f, BackgroundPath)
}
