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
func Display(s string) Normalized { return normalize(s, false) }

// normalize is Display, or with fold Fold, with the offset map.
func normalize(s string, fold bool) Normalized {
	d := displayer{fold: fold, w: lazyWriter{s: s}}
	d.run(s)
	text, m := d.w.result()
	m.src = int32(d.cp)
	if d.maybeNotNFC {
		if n := nfcPrefix(text, d.suspectAt); n < len(text) {
			text, m = composeNFC(text, m, n)
		}
	}
	return Normalized{Text: text, m: m}
}

// nfcPrefix is the length of the longest prefix of text known to be in NFC,
// given that nothing before byte suspect can be out of it. The check starts
// after the last space before suspect: a space is a boundary that no later
// code point composes across.
func nfcPrefix(text string, suspect int) int {
	start := strings.LastIndexAny(text[:min(suspect, len(text))], " \n") + 1
	return start + norm.NFC.QuickSpanString(text[start:])
}

// normalizeText is normalize(s, fold).Text without building the offset
// map: Fold runs on every word isnad matches.
func normalizeText(s string, fold bool) string {
	if len(s) <= 64 && plainWord(s, fold) {
		return s
	}
	d := displayer{fold: fold, w: lazyWriter{s: s, noMap: true}}
	d.run(s)
	text, _ := d.w.result()
	if d.maybeNotNFC {
		if n := nfcPrefix(text, d.suspectAt); n < len(text) {
			text = text[:n] + norm.NFC.String(text[n:])
		}
	}
	return text
}

// plainWord reports whether s is made only of printable ASCII other than
// space and of Arabic letters (with fold: letters that do not fold), which
// normalisation leaves as they are.
func plainWord(s string, fold bool) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c > ' ' && c < 0x7F:
		case (c == 0xD8 || c == 0xD9) && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			r := rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
			if r < 0x0621 || r > 0x064A || r == tatweel || (fold && arabicFold[r-0x0600] != 0) {
				return false
			}
			i++
		default:
			return false
		}
	}
	return true
}

// displayer holds the state of one Display pass over a string.
type displayer struct {
	fold bool // fold as well: Fold rather than Display
	w    lazyWriter
	cp   int32 // source code points consumed

	// The current run of source code points copied unchanged.
	runActive  bool
	runByte    int
	runCP      int32
	prevLetter bool // the last code point kept was a letter or a mark

	// A pending run of whitespace, decided when the next visible character
	// (or the end) shows what it separates.
	ws wsRun

	maybeNotNFC bool
	suspectAt   int   // output bytes written when maybeNotNFC was set
	prevCCC     uint8 // combining class of the harakah just before, 0 after anything else
}

// noteNFC looks at a non-ASCII code point kept in the output and sets
// maybeNotNFC when the text might not be in NFC, so that the full check (a
// trie lookup per code point) runs only on texts that need it. Arabic
// letters, punctuation and the common harakat in canonical order are NFC
// by construction; anything else outside Latin-1 and general punctuation is
// left to the check.
func (d *displayer) noteNFC(r rune) {
	switch {
	case r >= 0x064B && r <= 0x0652, r == 0x0670:
		ccc := uint8(35)
		if r != 0x0670 {
			ccc = uint8(27 + r - 0x064B)
		}
		if ccc < d.prevCCC {
			d.suspect()
		}
		d.prevCCC = ccc
		return
	case r < 0x0300, r >= 0x0600 && r <= 0x06FF && !isArabicMark(r), r >= 0x2010 && r <= 0x205E:
	default:
		d.suspect()
	}
	d.prevCCC = 0
}

// suspect notes that the text from here on may be out of NFC.
func (d *displayer) suspect() {
	if !d.maybeNotNFC {
		d.maybeNotNFC = true
		d.suspectAt = d.w.len()
	}
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
		if (c == 0xD8 || c == 0xD9) && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// The hot path: an Arabic letter (U+0621-U+064A but tatweel).
			if r := rune(c&0x1F)<<6 | rune(s[i+1]&0x3F); r >= 0x0621 && r <= 0x064A && r != tatweel {
				if f := arabicFold[r-0x0600]; d.fold && f != 0 {
					d.replaceRune(i, f)
				} else {
					d.arabicLetter(i)
				}
				i += 2
				d.cp++
				continue
			}
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
			letters := presentationFormLetters(r)
			if d.fold {
				letters = foldLetters(letters)
			}
			d.replace(i, letters)
			for _, l := range letters {
				d.noteNFC(l)
			}
		case d.fold && r <= 0x08FF:
			switch f, keep := foldRune(r); {
			case !keep:
				d.drop(i)
			case f != r:
				d.replaceRune(i, f)
			default:
				d.noteNFC(r)
				d.contentRune(i, r)
			}
		default:
			d.noteNFC(r)
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
	d.prevCCC = 0
	d.flushSpace(i)
	if !d.runActive {
		d.runActive, d.runByte, d.runCP = true, i, d.cp
	}
	d.prevLetter = true
}

// arabicLetter keeps an Arabic letter.
func (d *displayer) arabicLetter(i int) {
	if d.ws.active {
		d.flushSpace(i)
	}
	if !d.runActive {
		d.runActive, d.runByte, d.runCP = true, i, d.cp
	}
	d.prevLetter = true
	d.prevCCC = 0
}

func (d *displayer) contentRune(i int, r rune) {
	d.flushSpace(i)
	if !d.runActive {
		d.runActive, d.runByte, d.runCP = true, i, d.cp
	}
	if r >= 0x0600 && r <= 0x06FF {
		d.prevLetter = IsArabicLetter(r) || isArabicMark(r)
	} else {
		d.prevLetter = r == zwj || unicode.IsLetter(r) || unicode.IsMark(r)
	}
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

// replaceRune writes r in place of the code point at byte i.
func (d *displayer) replaceRune(i int, r rune) {
	if d.ws.active {
		d.flushSpace(i)
	}
	d.endRun(i)
	d.w.putRune(r, d.cp)
	d.prevLetter = true
	d.prevCCC = 0
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
// the first source code point of its cluster. Stretches already in NFC are
// copied whole; only the clusters that change go through norm.Iter. The
// first prefix bytes are known to be in NFC.
func composeNFC(text string, m offsetMap, prefix int) (string, offsetMap) {
	var out strings.Builder
	out.Grow(len(text))
	next := offsetMap{src: m.src, mapped: true}
	cur := sourceCursor{m: &m}
	in := utf8.RuneCountInString(text[:prefix]) // code points of text consumed
	cur.copyTo(&next, 0, in)
	out.WriteString(text[:prefix])
	rest := text[prefix:]
	var it norm.Iter
	for rest != "" {
		if n := norm.NFC.QuickSpanString(rest); n > 0 {
			k := utf8.RuneCountInString(rest[:n])
			cur.copyTo(&next, in, k)
			in += k
			out.WriteString(rest[:n])
			rest = rest[n:]
			continue
		}
		it.InitString(norm.NFC, rest)
		seg := it.Next()
		orig := rest[:it.Pos()]
		k := utf8.RuneCountInString(orig)
		if string(seg) == orig {
			cur.copyTo(&next, in, k)
		} else {
			first := int32(cur.source(in))
			for range string(seg) {
				next.emit(first, 1)
			}
		}
		in += k
		out.Write(seg)
		rest = rest[len(orig):]
	}
	return out.String(), next
}
