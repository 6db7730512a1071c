package chrome

import (
	"strings"
	"unicode"

	"github.com/isnad/isnad/ingest/internal/lex"
)

// Anywhere reports whether a line is chrome wherever it stands: a chrome
// phrase on its own ("مقالات ذات صلة", "0 تعليقات"), a line of symbols
// ("***", ">"), a link line ("اقرأ أيضاً: …") or a photo caption. A line
// of digits is chrome only at the edges (Edge): in the body it is data (a
// list of numbers, a section number).
func (r *Remover) Anywhere(line string) bool {
	if long(line) {
		// No phrase, link line or caption is this long.
		return !hasLetterOrDigit(line)
	}
	k := lex.Key(line)
	if k == "" {
		return !hasLetterOrDigit(line)
	}
	if r.line.Has(k) {
		return true
	}
	return r.isLinkLine(line, k) || r.IsCaption(line)
}

// Edge reports whether a line at the head or tail of a text is chrome: what
// Anywhere accepts, plus lines holding a notice fragment (newsletter,
// copyright, cookies), menus made of section words and place names ("دولي
// سوريا العراق", "أخبارتقارير") and share bars ("فيسبوك تويتر واتساب").
func (r *Remover) Edge(line string) bool {
	if r.Anywhere(line) || (!hasLetter(line) && digits(line) <= 4) {
		return true // "0 0", "3": counters and page numbers, not a list of numbers
	}
	if long(line) || strings.Count(line, " ") >= 30 { // notices are short; a long line is body text
		return false
	}
	k := lex.Key(line)
	for _, f := range r.fragments {
		if strings.Contains(k, f) {
			return true
		}
	}
	if endsSentence(line) {
		return false
	}
	words := strings.Fields(k)
	if len(words) == 0 {
		return false // digits only, many of them: data (checked above)
	}
	if len(words) <= 8 && r.allIn(words) {
		return true
	}
	return len(words) <= 3 && r.gluedMenu(strings.ReplaceAll(k, " ", ""))
}

// allIn: every word (or two-word run) is a nav word, place or one-word chrome entry.
func (r *Remover) allIn(words []string) bool {
	for i := 0; i < len(words); i++ {
		if i+1 < len(words) && r.nav.Has(words[i]+" "+words[i+1]) {
			i++
			continue
		}
		if !r.nav.Has(words[i]) && !r.shareWord.Has(words[i]) {
			return false
		}
	}
	return true
}

// gluedMenu reports whether s splits into two or more nav words written
// without spaces, as menus come out when a page is copied ("أخبارتقارير").
func (r *Remover) gluedMenu(s string) bool {
	rs := []rune(s)
	n := len(rs)
	if n == 0 || n > 60 {
		return false
	}
	// parts[i] = fewest nav words covering rs[:i], 0 = not coverable.
	parts := make([]int, n+1)
	parts[0] = 0
	reach := make([]bool, n+1)
	reach[0] = true
	for i := 1; i <= n; i++ {
		for j := max(0, i-r.maxGlued); j < i; j++ {
			if reach[j] && r.navGlued[string(rs[j:i])] {
				if !reach[i] || parts[j]+1 < parts[i] {
					parts[i] = parts[j] + 1
				}
				reach[i] = true
			}
		}
	}
	return reach[n] && parts[n] >= 2
}

// isLinkLine: a short line opening with "اقرأ أيضاً", "Related" … that
// either has a colon or dash after the opener or does not end a sentence.
func (r *Remover) isLinkLine(line, k string) bool {
	if strings.Count(k, " ") >= 20 {
		return false
	}
	for _, p := range r.prefixes {
		if !strings.HasPrefix(k, p+" ") {
			continue
		}
		if !endsSentence(line) {
			return true
		}
		if i := strings.IndexAny(line, ":：-–|»"); i >= 0 && i < len(line)/2 {
			return true
		}
	}
	return false
}

// IsCaption reports whether a line is a photo caption: a short phrase
// without a sentence stop inside, ending with a photo credit after a dash,
// bar, full stop or in brackets ("… - إنترنت", "… . أرشيفية"), or with an
// agency in brackets ("… (رويترز)").
func (r *Remover) IsCaption(line string) bool {
	s := strings.TrimSpace(line)
	bracketed := strings.HasSuffix(s, ")") || strings.HasSuffix(s, "]")
	s = strings.TrimRight(s, " )]")
	cut := strings.LastIndexAny(s, "-–—|.(/[")
	if cut <= 0 {
		return false
	}
	credit := lex.Key(s[cut+1:])
	if credit == "" || !(r.caption.Has(credit) || (bracketed && r.agency.Has(credit))) {
		return false
	}
	head := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s[:cut]), "-–—|.:،,"))
	n := len(strings.Fields(lex.Key(head)))
	if n == 0 || n > 20 {
		return false
	}
	return !strings.ContainsAny(head, ".!?؟")
}

// SplitTags cuts a trailing tag list off a line: "… قهراً. سمات سيول
// مواطنين" → body "… قهراً.", tags "سمات سيول مواطنين". The marker must
// follow a sentence stop and the list must be short and unpunctuated.
func (r *Remover) SplitTags(line string) (body, tags string) {
	trimmed := strings.TrimSpace(line)
	// A tag list is short: look at the end of the line only.
	head := ""
	if len(trimmed) > 600 {
		cut := strings.IndexByte(trimmed[len(trimmed)-600:], ' ')
		if cut < 0 {
			return line, ""
		}
		head, trimmed = trimmed[:len(trimmed)-600+cut], trimmed[len(trimmed)-600+cut+1:]
	}
	fields := strings.Fields(trimmed)
	for i := len(fields) - 1; i >= 0 && len(fields)-i <= 16; i-- {
		if !r.tags.Has(lex.Key(fields[i])) {
			continue
		}
		rest := fields[i+1:]
		if strings.ContainsAny(strings.Join(rest, " "), ".!?؟،:") {
			return line, ""
		}
		if i == 0 && head == "" {
			return "", trimmed
		}
		before := strings.TrimSpace(head + " " + strings.Join(fields[:i], " "))
		if !endsSentence(before) {
			return line, ""
		}
		return before, strings.Join(fields[i:], " ")
	}
	return line, ""
}

// endsSentence reports whether s ends with a sentence stop, closing quotes
// and brackets aside.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`"'»”’)]`, r)
	})
	if s == "" {
		return false
	}
	last := []rune(s)[len([]rune(s))-1]
	return strings.ContainsRune(".!?؟…;؛", last)
}

// EndsSentence is exported for the ingest stage's headline test.
func EndsSentence(s string) bool { return endsSentence(s) }

// SplitLeading cuts a run of one-word chrome entries off the start of a
// line ("Next Previous عين اليوم – واس" → "Next Previous", "عين اليوم – واس").
// The caller decides whether the rest is worth keeping apart.
func (r *Remover) SplitLeading(line string) (chrome, rest string) {
	rest = line
	for {
		word, after, found := strings.Cut(rest, " ")
		if !found || !r.shareWord.Has(lex.Key(word)) {
			break
		}
		rest = after
	}
	if rest == line {
		return "", line
	}
	return strings.TrimSpace(line[:len(line)-len(rest)]), rest
}

// longWords is the length past which a line is body text for every rule
// but the notice fragments of Edge.
const longWords = 40

// long reports whether line has more than longWords words, cheaply.
func long(line string) bool {
	return len(line) > 8*longWords && strings.Count(line, " ") >= longWords
}

func digits(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// EdgeAfter is Edge for a line that follows prev: a caption-like line that
// carries on a paragraph cut mid-sentence ("… العام الماضي (أ ف ب)") is
// the end of that sentence, not chrome.
func (r *Remover) EdgeAfter(prev, line string) bool {
	if !r.Edge(line) {
		return false
	}
	return !(continues(prev) && r.IsCaption(line) && !r.line.Has(lex.Key(line)))
}

// continues reports whether a line is a long paragraph stopped mid-sentence,
// so that the next line carries on its sentence.
func continues(prev string) bool {
	return strings.Count(prev, " ") >= 12 && !endsSentence(prev)
}
