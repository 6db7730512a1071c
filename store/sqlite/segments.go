package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
)

// Segments of the own index (migration 6). Each stored batch writes one;
// when mergeFactor segments share a level (floor(log3(documents))), they
// are merged into one, in the transaction that made the last of them. A
// posting is so rewritten about once per level (4 times up to SaudiNewsNet's
// size) and a term is read from at most mergeFactor-1 segments per level
// (all of SaudiNewsNet stored 500 at a time: 7). Merging four at a time
// cost as much CPU to store a document but left twice as many segments to
// read: ranking a rare word took 18 µs instead of 10 over 5,000 articles.
const (
	mergeFactor = 3
	// maxMergeLevel: segments of this level or above (19,683 documents or
	// more) are not merged further. A merge holds its segments in memory
	// (some 20 MB for three of 19,000 articles); a store of a million
	// documents then reads a term from some 20 to 50 segments.
	maxMergeLevel = 9
)

// checkSearchLayout refuses a store whose own search index has the layout
// a development build gave migration 6 before segments (a row per term and
// chunk): its schema version is 6, yet it lacks search_segments.
func checkSearchLayout(ctx context.Context, db *sql.DB) error {
	var n int
	err := db.QueryRowContext(ctx,
		"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'search_segments'").Scan(&n)
	if err != nil {
		return fmt.Errorf("checking the search index: %w", err)
	}
	if n == 0 {
		return fmt.Errorf("its search index has the layout of a development build of isnad: make the store again")
	}
	return nil
}

// segmentLevel is the level of a segment of docs documents.
func segmentLevel(docs int64) int {
	l := 0
	for docs >= mergeFactor {
		docs /= mergeFactor
		l++
	}
	return l
}

// writeSegment writes entries (in term order, each's postings in doc order)
// as a new segment of docs documents, then merges what is due.
func writeSegment(ctx context.Context, tx *sql.Tx, entries []termPostings, docs int64) error {
	if len(entries) == 0 {
		return nil
	}
	var w blockWriter
	first := entries[0].ps[0].doc
	for _, e := range entries {
		w.add(e.term, e.ps)
		first = min(first, e.ps[0].doc)
	}
	w.finish()
	if err := insertSegment(ctx, tx, w.blocks, docs, int64(first)); err != nil {
		return err
	}
	return mergeSegments(ctx, tx)
}

// insertSegment writes a segment's row and its blocks.
func insertSegment(ctx context.Context, tx *sql.Tx, blocks []block, docs, first int64) error {
	res, err := tx.ExecContext(ctx, "INSERT INTO search_segments (level, docs, first) VALUES (?, ?, ?)",
		segmentLevel(docs), docs, first)
	if err != nil {
		return fmt.Errorf("writing a search segment: %w", err)
	}
	seg, err := res.LastInsertId()
	if err != nil {
		return fmt.Errorf("writing a search segment: %w", err)
	}
	rb := newRowBuffer("search_postings", "seg, term, block", "")
	defer rb.close()
	for _, b := range blocks {
		rb.add(seg, b.first, b.b)
	}
	return rb.flush(ctx, tx)
}

// mergeSegments merges the segments of the lowest level holding
// mergeFactor of them, until none does.
func mergeSegments(ctx context.Context, tx *sql.Tx) error {
	for {
		var level int
		err := tx.QueryRowContext(ctx, `
			SELECT level FROM search_segments WHERE level < ?
			GROUP BY level HAVING count(*) >= ? ORDER BY level LIMIT 1`,
			maxMergeLevel, mergeFactor).Scan(&level)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("merging search segments: %w", err)
		}
		if err := mergeLevel(ctx, tx, level); err != nil {
			return fmt.Errorf("merging search segments of level %d: %w", level, err)
		}
	}
}

// mergeLevel merges every segment of a level into one.
func mergeLevel(ctx context.Context, tx *sql.Tx, level int) error {
	rows, err := tx.QueryContext(ctx, "SELECT seg, docs, first FROM search_segments WHERE level = ? ORDER BY first, seg", level)
	if err != nil {
		return err
	}
	var segs []any
	at := map[int64]int{}
	var docs, first int64
	for rows.Next() {
		var seg, n, f int64
		if err := rows.Scan(&seg, &n, &f); err != nil {
			rows.Close()
			return err
		}
		if len(segs) == 0 || f < first {
			first = f
		}
		at[seg] = len(segs)
		segs = append(segs, seg)
		docs += n
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	readers := make([]segmentReader, len(segs))
	in := placeholders(len(segs))
	rows, err = tx.QueryContext(ctx, "SELECT seg, block FROM search_postings WHERE seg IN ("+in+") ORDER BY seg, term", segs...)
	if err != nil {
		return err
	}
	for rows.Next() {
		var seg int64
		var b []byte
		if err := rows.Scan(&seg, &b); err != nil {
			rows.Close()
			return err
		}
		r := &readers[at[seg]]
		r.blocks = append(r.blocks, b)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	blocks, err := mergeBlocks(readers)
	if err != nil {
		return err
	}
	for _, table := range []string{"search_postings", "search_segments"} {
		if _, err := tx.ExecContext(ctx, "DELETE FROM "+table+" WHERE seg IN ("+in+")", segs...); err != nil {
			return err
		}
	}
	return insertSegment(ctx, tx, blocks, docs, first)
}

// mergeBlocks merges segments, read in doc order, into the blocks of one.
func mergeBlocks(readers []segmentReader) ([]block, error) {
	for i := range readers {
		readers[i].advance()
	}
	var w blockWriter
	var ps []posting
	for {
		var least []byte
		have := false
		for i := range readers {
			r := &readers[i]
			if r.err != nil {
				return nil, r.err
			}
			if !r.done && (!have || bytes.Compare(r.entry.term, least) < 0) {
				least, have = r.entry.term, true
			}
		}
		if !have {
			break
		}
		term := string(least)
		holding := 0
		for i := range readers {
			if r := &readers[i]; !r.done && string(r.entry.term) == term {
				holding++
			}
		}
		if holding == 1 {
			// Most terms are in one segment of those merged: their
			// postings are copied as they are.
			for i := range readers {
				if r := &readers[i]; !r.done && string(r.entry.term) == term {
					w.addEncoded(term, r.entry.n, r.entry.ps)
					r.advance()
					break
				}
			}
			continue
		}
		ps = ps[:0]
		for i := range readers {
			r := &readers[i]
			if r.done || string(r.entry.term) != term {
				continue
			}
			var err error
			if ps, err = decodePostings(ps, r.entry.n, r.entry.ps); err != nil {
				return nil, err
			}
			r.advance()
		}
		// Segments of one level overlap only when two processes indexed at
		// once.
		if !slices.IsSortedFunc(ps, byDoc) {
			slices.SortFunc(ps, byDoc)
		}
		w.add(term, ps)
	}
	w.finish()
	return w.blocks, nil
}

// segmentReader walks a segment's entries, in term order.
type segmentReader struct {
	blocks [][]byte
	next   int // of blocks
	entry  entryReader
	done   bool
	err    error
}

func (r *segmentReader) advance() {
	for !r.done {
		if r.entry.next() {
			return
		}
		if r.entry.err != nil {
			r.err, r.done = r.entry.err, true
			return
		}
		if r.next >= len(r.blocks) {
			r.done = true
			return
		}
		r.entry = entryReader{b: r.blocks[r.next], term: r.entry.term[:0]}
		r.next++
	}
}
