package ingest

import (
	"net/url"
	"strings"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/ingest/chrome"
	"github.com/isnad/isnad/ingest/internal/lex"
	"github.com/isnad/isnad/ingest/meta"
)

// maxHeadlineWords is the longest line taken for a headline.
const maxHeadlineWords = 25

// headScan is how many lines at the head are searched for metadata.
const headScan = 8

// Document cleans one record into a document: text display-normalised,
// chrome removed, metadata the source lacked taken from the text. Metadata
// from the source wins over the text; PublishedFrom says which gave the
// date. Dateline, credit and byline lines leave the text and are recorded
// in Removed; a headline taken from the text becomes the Title.
func (r *Reader) Document(rec Record) isnad.Document {
	doc := isnad.Document{Source: rec.Source, URL: strings.TrimSpace(rec.URL)}
	r.sourceMetadata(&doc, rec)

	lines := splitLines(rec.Text)
	lines, removed, titleFromText := r.head(&doc, lines)
	lines, tailRemoved := r.tail(&doc, lines)
	kept, bodyRemoved := r.chrome.Clean(lines, doc.Title)
	removed = append(append(removed, bodyRemoved...), tailRemoved...)
	if len(kept) == 0 {
		// A piece that is only a headline or only a photo caption ("صورة
		// وتعليق") keeps it as its text rather than vanishing.
		kept, removed = r.softRestore(doc.Title, removed)
		if len(kept) == 0 && titleFromText {
			kept = []string{doc.Title}
		}
	}
	doc.Removed = removed
	doc.Text = strings.Join(kept, "\n\n")
	if doc.Outlet == "" {
		doc.Outlet = r.outletInChrome(removed)
	}
	doc.Language = language(doc.Text + " " + doc.Title)
	doc.ID = DocumentID(doc.Text)
	return doc
}

// head reads the first lines: datelines, credits, bylines and chrome go to
// removed, the headline to doc.Title when the source gave none. It returns
// the lines from the first body line on.
func (r *Reader) head(doc *isnad.Document, lines []string) (rest, removed []string, titleFromText bool) {
	i := 0
	for ; i < len(lines) && i < headScan; i++ {
		line := lines[i]
		// Buttons glued to a byline or dateline: "Next Previous عين اليوم – واس".
		if pre, after := r.chrome.SplitLeading(line); pre != "" && r.metaLine(doc, after) {
			removed = append(removed, pre, after)
			continue
		}
		if r.metaLine(doc, line) || r.chrome.Edge(line) {
			removed = append(removed, line)
			continue
		}
		if doc.Title != "" && !chrome.EndsSentence(line) && chrome.SameLine(line, doc.Title) {
			removed = append(removed, line) // the title, repeated in the text
			continue
		}
		if !titleFromText && doc.Title == "" && isHeadline(line) {
			doc.Title = line
			titleFromText = true
			continue
		}
		break
	}
	return lines[i:], removed, titleFromText
}

// tail takes whole-piece credits and chrome off the end, in reading order.
func (r *Reader) tail(doc *isnad.Document, lines []string) (rest, removed []string) {
	j := len(lines) - 1
	for ; j >= 0; j-- {
		if c, ok := r.meta.Credit(lines[j]); ok {
			doc.Credits = appendNew(doc.Credits, c)
		} else if j == 0 || !r.chrome.EdgeAfter(lines[j-1], lines[j]) {
			break
		}
	}
	return lines[:j+1], lines[j+1:]
}

// softRestore takes back the lines removed as captions or as repeats of the
// title, for a text of which nothing else is left.
func (r *Reader) softRestore(title string, removed []string) (kept, stillRemoved []string) {
	for _, l := range removed {
		if r.chrome.IsCaption(l) || (title != "" && chrome.SameLine(l, title)) {
			kept = append(kept, l)
		} else {
			stillRemoved = append(stillRemoved, l)
		}
	}
	return kept, stillRemoved
}

// DocumentID is the id of a cleaned text: the digest of its matching form
// with all whitespace runs made one space, so that the same article read
// twice, with other spacing, tatweel or letter forms, gets the same id.
func DocumentID(text string) string {
	return isnad.DocumentID(collapseSpace(arabic.Fold(text)))
}

// sourceMetadata fills what the source gave: outlet, date, author, title.
func (r *Reader) sourceMetadata(doc *isnad.Document, rec Record) {
	if c, ok := r.meta.Outlet(rec.Outlet); ok {
		doc.Outlet = c
	} else if host := urlHost(rec.URL); host != "" {
		if c, ok := r.meta.Outlet(host); ok {
			doc.Outlet = c
		}
	}
	if doc.Outlet == "" {
		doc.Outlet = oneLine(rec.Outlet)
	}
	if d, ok := r.meta.Date(rec.Published); ok {
		doc.Published, doc.PublishedFrom = d, isnad.FromMetadata
	}
	if author := oneLine(rec.Author); author != "" {
		if b, ok := r.meta.ParseByline(author, false); ok {
			doc.Author = b.Author
			takeByline(doc, b)
		} else {
			doc.Author = author
		}
	}
	doc.Title = oneLine(rec.Title)
}

// metaLine takes a dateline, credit or byline line at the head into doc.
func (r *Reader) metaLine(doc *isnad.Document, line string) bool {
	if d, ok := r.meta.Dateline(line); ok {
		if doc.Published == "" {
			doc.Published, doc.PublishedFrom = d, isnad.FromDateline
		}
		return true
	}
	if c, ok := r.meta.Credit(line); ok {
		doc.Credits = appendNew(doc.Credits, c)
		return true
	}
	if b, ok := r.meta.ParseByline(line, true); ok {
		if doc.Author == "" {
			doc.Author = b.Author
		}
		takeByline(doc, b)
		return true
	}
	return false
}

// takeByline takes a byline's outlet when the document has none (a wire
// agency when it names nothing else: "رويترز - لندن") and its other
// outlets as credits ("الرياض - واس" on a page of الرياض credits واس).
func takeByline(doc *isnad.Document, b meta.Byline) {
	if doc.Outlet == "" {
		doc.Outlet = b.Outlet
	}
	if doc.Outlet == "" && len(b.Credits) > 0 {
		doc.Outlet = b.Credits[0]
	}
	for _, c := range b.Credits {
		if c != doc.Outlet {
			doc.Credits = appendNew(doc.Credits, c)
		}
	}
}

// outletInChrome: page chrome is written by the publisher, so an outlet it
// names ("انضم إلى قائمة من يقدّرون محتوى الحل نت") is the publisher.
// Photo captions are skipped: their credits name photo agencies.
func (r *Reader) outletInChrome(removed []string) string {
	for _, line := range removed {
		if r.chrome.IsCaption(line) {
			continue
		}
		if c, ok := r.meta.OutletMention(line); ok {
			return c
		}
	}
	return ""
}

// isHeadline: a short line that does not end a sentence.
func isHeadline(line string) bool {
	n := len(strings.Fields(lex.Key(line)))
	return n >= 2 && n <= maxHeadlineWords && !chrome.EndsSentence(line)
}

// splitLines display-normalises text and returns its non-blank lines with
// inner whitespace runs made single spaces.
func splitLines(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	text = invisible.Replace(text)
	text = arabic.Display(text).Text
	var out []string
	for len(text) > 0 {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		if l := collapseSpace(line); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// collapseSpace trims s and makes every run of white space one space,
// without allocating when s is already so.
func collapseSpace(s string) string {
	s = strings.TrimSpace(s)
	clean := true
	prevSpace := false
	for _, r := range s {
		sp := isSpace(r)
		if sp && (r != ' ' || prevSpace) {
			clean = false
			break
		}
		prevSpace = sp
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	prevSpace = false
	for _, r := range s {
		if isSpace(r) {
			prevSpace = true
			continue
		}
		if prevSpace {
			b.WriteByte(' ')
			prevSpace = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// invisible are the format characters copied pages carry that change no
// word: direction marks, zero-width spaces, BOMs; no-break spaces become spaces.
var invisible = strings.NewReplacer(
	"\u200e", "", "\u200f", "", "\u202a", "", "\u202b", "", "\u202c", "", "\u202d", "", "\u202e", "",
	"\u200b", "", "\ufeff", "", "\u2066", "", "\u2067", "", "\u2068", "", "\u2069", "",
	"\u00a0", " ", "\u202f", " ", "\u2009", " ", "\u3000", " ",
)

// isSpace is unicode.IsSpace without the table lookups for the letters
// that make up nearly all of a text.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

func oneLine(s string) string {
	return collapseSpace(arabic.Display(invisible.Replace(s)).Text)
}

func urlHost(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
