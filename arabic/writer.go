package arabic

import "strings"

// lazyWriter builds a normalised text from pieces of its source and
// replacements, together with the offset map. It copies nothing until the
// output first differs from a contiguous stretch of the source, so a text
// that needs no change (or only trimming) costs no allocation.
type lazyWriter struct {
	s          string
	buf        strings.Builder
	copying    bool // buf holds the output so far
	from, to   int  // before copying: the output is s[from:to]
	m          offsetMap
	noMap      bool // the caller wants the text only
	hasContent bool
}

// keep appends s[i:j], n code points starting at source offset src.
func (w *lazyWriter) keep(i, j int, src, n int32) {
	if i == j {
		return
	}
	if !w.noMap {
		w.m.emit(src, n)
	}
	w.hasContent = true
	if !w.copying {
		if w.from == w.to {
			w.from, w.to = i, j
			return
		}
		if w.to == i {
			w.to = j
			return
		}
		w.startCopying()
	}
	w.buf.WriteString(w.s[i:j])
}

// put appends text, every code point of which comes from source offset src.
func (w *lazyWriter) put(text string, src int32) {
	if !w.copying {
		w.startCopying()
	}
	w.buf.WriteString(text)
	if !w.noMap {
		for range text {
			w.m.emit(src, 1)
		}
	}
	w.hasContent = w.hasContent || text != ""
}

// putRune appends r, which comes from source offset src.
func (w *lazyWriter) putRune(r rune, src int32) {
	if !w.copying {
		w.startCopying()
	}
	w.buf.WriteRune(r)
	if !w.noMap {
		w.m.emit(src, 1)
	}
	w.hasContent = true
}

func (w *lazyWriter) startCopying() {
	w.buf.Grow(len(w.s) + 8)
	w.buf.WriteString(w.s[w.from:w.to])
	w.copying = true
}

func (w *lazyWriter) empty() bool { return !w.hasContent }

// len is the length in bytes of the output written so far.
func (w *lazyWriter) len() int {
	if w.copying {
		return w.buf.Len()
	}
	return w.to - w.from
}

// result is the output text and its map; the map's source length is set by
// the caller, which knows how far it read.
func (w *lazyWriter) result() (string, offsetMap) {
	m := w.m
	m.mapped = true
	if !w.copying {
		return w.s[w.from:w.to], m
	}
	return w.buf.String(), m
}
