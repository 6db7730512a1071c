package arabic

import (
	"sort"
	"unicode/utf8"

	"github.com/isnad/isnad"
)

// Normalized is a text after normalisation together with the way back to the
// code-point offsets of the text it was made from.
type Normalized struct {
	Text string
	// m maps output code points to source code points; a zero m means the
	// text is the source unchanged.
	m offsetMap
}

// offsetMap is a piecewise-linear map from output code points to source code
// points: output offset o in [pieces[k].out, pieces[k+1].out) comes from
// source offset pieces[k].src + (o - pieces[k].out). A text that changed in a
// few places needs a few pieces, not one integer per code point.
type offsetMap struct {
	pieces []piece
	out    int32 // output length in code points
	src    int32 // source length in code points
	mapped bool
}

type piece struct{ out, src int32 }

// emit records that the next n output code points come from source offsets
// src, src+1, … A piece starts only where the linear run breaks.
func (m *offsetMap) emit(src, n int32) {
	if k := len(m.pieces) - 1; k < 0 || m.pieces[k].src+(m.out-m.pieces[k].out) != src {
		m.pieces = append(m.pieces, piece{out: m.out, src: src})
	}
	m.out += n
}

// source maps output offset i to its source offset; the output's end maps
// to the source's end.
func (m *offsetMap) source(i int) int {
	if !m.mapped {
		return max(i, 0)
	}
	switch {
	case i <= 0:
		if len(m.pieces) == 0 {
			return int(m.src)
		}
		return int(m.pieces[0].src)
	case i >= int(m.out):
		return int(m.src)
	}
	k := sort.Search(len(m.pieces), func(k int) bool { return int(m.pieces[k].out) > i }) - 1
	p := m.pieces[k]
	return int(p.src) + i - int(p.out)
}

// Source maps a code-point offset in n.Text back to the source text. Offsets
// past the end map to the source's end; an output code point that several
// source code points were merged into (a collapsed run of spaces, a composed
// letter) maps to the first of them.
func (n Normalized) Source(i int) int {
	if !n.m.mapped && i > 0 {
		return min(i, utf8.RuneCountInString(n.Text))
	}
	return n.m.source(i)
}

// SourceSpan maps a span of n.Text back to the source text.
func (n Normalized) SourceSpan(s isnad.Span) isnad.Span {
	return isnad.Span{Start: n.Source(s.Start), End: n.Source(s.End)}
}

// Len is the length of n.Text in code points.
func (n Normalized) Len() int {
	if !n.m.mapped {
		return utf8.RuneCountInString(n.Text)
	}
	return int(n.m.out)
}

// sourceCursor walks a map forwards, for callers that translate increasing
// offsets one after another (composing two maps).
type sourceCursor struct {
	m *offsetMap
	k int
}

func (c *sourceCursor) source(i int) int {
	m := c.m
	if !m.mapped {
		return i
	}
	if i >= int(m.out) {
		return int(m.src)
	}
	for c.k+1 < len(m.pieces) && int(m.pieces[c.k+1].out) <= i {
		c.k++
	}
	p := m.pieces[c.k]
	return int(p.src) + i - int(p.out)
}

// copyTo emits into dst the sources of the n code points from offset i, one
// linear run at a time.
func (c *sourceCursor) copyTo(dst *offsetMap, i, n int) {
	m := c.m
	for n > 0 {
		src := c.source(i)
		run := n
		if m.mapped && c.k+1 < len(m.pieces) {
			run = min(n, int(m.pieces[c.k+1].out)-i)
		}
		dst.emit(int32(src), int32(run))
		i += run
		n -= run
	}
}

// Output maps a code-point offset in the source to n.Text: the first output
// code point that comes from source offset i or later (the output's end when
// none does). It is the inverse of Source for stages that hold offsets into
// the source, such as a reader's position of a headline.
func (n Normalized) Output(i int) int {
	m := &n.m
	if !m.mapped {
		return min(max(i, 0), n.Len())
	}
	// The first piece whose code points reach source offset i.
	k := sort.Search(len(m.pieces), func(k int) bool {
		return int(m.pieces[k].src)+n.pieceLen(k) > i
	})
	if k == len(m.pieces) {
		return int(m.out)
	}
	p := m.pieces[k]
	return int(p.out) + max(i-int(p.src), 0)
}

// pieceLen is the number of output code points in piece k.
func (n Normalized) pieceLen(k int) int {
	m := &n.m
	if k+1 < len(m.pieces) {
		return int(m.pieces[k+1].out - m.pieces[k].out)
	}
	return int(m.out - m.pieces[k].out)
}
