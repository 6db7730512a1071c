package arabic

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Display normalises for reading; the result is what isnad shows and stores:
//
//   - NFC;
//   - tatweel (ـ) removed, and a word cut in two with tatweels on both sides
//     of the gap ("داعـ ـش", "إيـ ـران", "الفصـ ـائل") rejoined: written so to
//     dodge keyword filters, it must read and match as one word;
//   - invisible characters removed (zero-width space and non-joiner, LRM/RLM
//     and other directional controls, BOM, soft hyphen, word joiner); they
//     too are used to split words invisibly. The zero-width joiner is kept
//     only between non-letters, where it builds emoji;
//   - Arabic presentation forms (glyph codes left by PDF extraction) written
//     as the letters they draw;
//   - whitespace tidied: line breaks become "\n"; inside a line every run of
//     spaces, tabs and no-break spaces becomes one space; spaces at the ends
//     of lines, blank lines at the ends of the text and all but one blank
//     line between paragraphs are dropped. Paragraphs stay: downstream
//     stages (sentences, chrome removal, datelines) read lines.
//
// Deliberately not rejoined: words split by plain spaces or by a dot with no
// tatweel ("دا عش", "دا.عش"), because ordinary text ("قال.وأضاف") looks the
// same.
//
// Display is idempotent, and a text that needs no change is returned without
// copying.
func Display(s string) Normalized {
	d := displayer{w: lazyWriter{s: s}}
	d.run(s)
	text, m := d.w.result()
	m.src = int32(d.cp)
	if d.maybeNotNFC && !norm.NFC.IsNormalString(text) {
		text, m = composeNFC(text, m)
	}
	return Normalized{Text: text, m: m}
}

// displayer holds the state of one Display pass over a string.
type displayer struct {
	w  lazyWriter
	cp int32 // source code points consumed

	// The current run of source code points copied unchanged.
	runActive  bool
	runByte    int
	runCP      int32
	prevLetter bool // the last code point kept was a letter or a mark

	// A pending run of whitespace, decided when the next visible character
	// (or the end) shows what it separates.
	ws wsRun

	maybeNotNFC bool
}

type wsRun struct {
	active       bool
	byteStart    int
	byteEnd      int
	cpStart      int32
	breaks       int      // line breaks in the run ("\r\n" counts once)
	breakCP      [2]int32 // source offsets of the first two line breaks
	lastCR       bool
	interrupted  bool // something was dropped inside the run
	onlyNewlines bool // every break is "\n" and nothing else is in the run
	onlyOneSpace bool // the run is exactly one ' '
}

func (d *displayer) run(s string) {
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c > ' ' && c != 0x7F {
				d.content(i)
				i++
				d.cp++
				continue
			}
			if c == ' ' || (c >= '\t' && c <= '\r') {
				d.space(i, rune(c), 1)
				i++
				d.cp++
				continue
			}
			d.drop(i) // other control characters carry nothing readable
			i++
			d.cp++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			d.replace(i, "\uFFFD")
		case r == tatweel:
			i = d.dropTatweels(s, i)
			continue
		case isInvisible(r), r == zwj && d.prevLetter, r >= 0x80 && r < 0xA0 && r != 0x85:
			d.drop(i)
		case isHorizontalSpace(r), isLineBreak(r):
			d.space(i, r, size)
		case isArabicPresentationForm(r):
			d.replace(i, presentationFormLetters(r))
			d.maybeNotNFC = true
		default:
			if !(r >= 0x0621 && r <= 0x064A) && !(r >= 0x0660 && r <= 0x066D) &&
				!(r >= 0x060C && r <= 0x061F) && !(r >= 0x2010 && r <= 0x205E) {
				d.maybeNotNFC = true
			}
			d.contentRune(i, r)
		}
		i += size
		d.cp++
	}
	d.endRun(len(s))
	// Whitespace at the end of the text is dropped.
}

// content keeps an ordinary ASCII character.
func (d *displayer) content(i int) {
	d.flushSpace(i)
	if !d.runActive {
		d.runActive, d.runByte, d.runCP = true, i, d.cp
	}
	d.prevLetter = true
}

func (d *displayer) contentRune(i int, r rune) {
	d.flushSpace(i)
	if !d.runActive {
		d.runActive, d.runByte, d.runCP = true, i, d.cp
	}
	d.prevLetter = r == zwj || unicode.IsLetter(r) || unicode.IsMark(r)
}

// endRun hands the current unchanged run, ending at byte i, to the writer.
func (d *displayer) endRun(i int) {
	if d.runActive {
		d.w.keep(d.runByte, i, d.runCP, d.cp-d.runCP)
		d.runActive = false
	}
}

// drop removes the code point at byte i: an invisible character.
func (d *displayer) drop(i int) {
	d.endRun(i)
	if d.ws.active {
		d.ws.interrupted = true
	}
}

// replace writes text in place of the code point at byte i.
func (d *displayer) replace(i int, text string) {
	d.flushSpace(i)
	d.endRun(i)
	d.w.put(text, d.cp)
	d.prevLetter = true
}

// dropTatweels removes the tatweels starting at byte i. When the tatweels
// end a word part that spaces separate from a part starting with tatweels
// ("داعـ ـش"), the spaces go too and the word is whole again. It returns the
// byte after what it consumed.
func (d *displayer) dropTatweels(s string, i int) int {
	d.endRun(i)
	if d.ws.active {
		d.ws.interrupted = true
	}
	j := skipWhile(s, i, func(r rune) bool { return r == tatweel || isInvisible(r) })
	if d.prevLetter && !d.ws.active {
		k := skipWhile(s, j, func(r rune) bool { return isHorizontalSpace(r) || isInvisible(r) })
		if k > j && strings.HasPrefix(s[k:], "ـ") {
			j = k
		}
	}
	d.cp += int32(utf8.RuneCountInString(s[i:j]))
	return j
}

func skipWhile(s string, i int, f func(rune) bool) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !f(r) {
			break
		}
		i += size
	}
	return i
}

// space adds the whitespace code point r at byte i to the pending run.
func (d *displayer) space(i int, r rune, size int) {
	d.endRun(i)
	ws := &d.ws
	if !ws.active {
		*ws = wsRun{active: true, byteStart: i, cpStart: d.cp, onlyNewlines: true, onlyOneSpace: true}
	}
	if isLineBreak(r) {
		if !(r == '\n' && ws.lastCR) {
			if ws.breaks < 2 {
				ws.breakCP[ws.breaks] = d.cp
			}
			ws.breaks++
		}
		ws.lastCR = r == '\r'
		ws.onlyNewlines = ws.onlyNewlines && r == '\n'
		ws.onlyOneSpace = false
	} else {
		ws.lastCR = false
		ws.onlyNewlines = false
		ws.onlyOneSpace = ws.onlyOneSpace && r == ' ' && i == ws.byteStart
	}
	ws.byteEnd = i + size
}

// flushSpace settles the pending whitespace run now that a visible character
// follows it at byte i: nothing at the start of the text, else one space,
// one line break or one blank line.
func (d *displayer) flushSpace(i int) {
	ws := &d.ws
	if !ws.active {
		return
	}
	ws.active = false
	if d.w.empty() {
		return // leading whitespace
	}
	verbatim := !ws.interrupted && ws.byteEnd == i &&
		((ws.breaks == 0 && ws.onlyOneSpace) || (ws.onlyNewlines && ws.breaks <= 2))
	if verbatim {
		d.w.keep(ws.byteStart, ws.byteEnd, ws.cpStart, d.cp-ws.cpStart)
		return
	}
	switch {
	case ws.breaks == 0:
		d.w.put(" ", ws.cpStart)
	case ws.breaks == 1:
		d.w.put("\n", ws.breakCP[0])
	default:
		d.w.put("\n", ws.breakCP[0])
		d.w.put("\n", ws.breakCP[1])
	}
}

// presentationFormLetters is the compatibility decomposition of an Arabic
// presentation form without the space or tatweel that the isolated and
// medial harakat forms carry.
func presentationFormLetters(r rune) string {
	var buf [4]byte
	n := utf8.EncodeRune(buf[:], r)
	letters := norm.NFKC.String(string(buf[:n]))
	return strings.ReplaceAll(strings.TrimLeft(letters, " "), "ـ", "")
}

// composeNFC puts text, already tidied, in NFC and carries the offset map
// through: a code point that changes in composition or reordering maps to
// the first source code point of its cluster.
func composeNFC(text string, m offsetMap) (string, offsetMap) {
	var out strings.Builder
	out.Grow(len(text))
	next := offsetMap{src: m.src, mapped: true}
	cur := sourceCursor{m: &m}
	var it norm.Iter
	it.InitString(norm.NFC, text)
	in := 0 // code points of text consumed
	for !it.Done() {
		p0 := it.Pos()
		seg := it.Next()
		p1 := it.Pos()
		orig := text[p0:p1]
		if string(seg) == orig {
			for range orig {
				next.emit(int32(cur.source(in)), 1)
				in++
			}
		} else {
			first := int32(cur.source(in))
			for range string(seg) {
				next.emit(first, 1)
			}
			in += utf8.RuneCountInString(orig)
		}
		out.Write(seg)
	}
	return out.String(), next
}
