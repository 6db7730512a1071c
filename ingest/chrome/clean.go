package chrome

import (
	"strings"

	"github.com/isnad/isnad/ingest/internal/lex"
)

// Clean removes chrome from the lines of one text (blank lines already
// dropped) and returns the lines kept and the lines removed, both in order.
// title is the document's headline when known: a line repeating it is
// removed too. Rules, in order: the head and the tail blocks of Edge lines;
// Anywhere lines; a trailing tag list on the last line; a line that nearly
// repeats the line just before it, or the title near the head (a
// headline or caption shown twice).
func (r *Remover) Clean(lines []string, title string) (kept, removed []string) {
	drop := make([]bool, len(lines))
	head := 0
	for head < len(lines) && r.Edge(lines[head]) {
		drop[head] = true
		head++
	}
	tail := len(lines) - 1
	for tail >= head && r.EdgeAfter(previous(lines, tail), lines[tail]) {
		drop[tail] = true
		tail--
	}
	var tags string
	if tail >= head {
		var body string
		body, tags = r.SplitTags(lines[tail])
		if tags != "" {
			if strings.TrimSpace(body) == "" {
				drop[tail] = true
				tags = ""
			} else {
				lines = append([]string(nil), lines...)
				lines[tail] = body
			}
		}
	}
	seen := newDuplicates(title)
	for i := head; i <= tail; i++ {
		if r.Anywhere(lines[i]) || seen.repeats(lines[i], i-head < titleReach) {
			drop[i] = true
		}
		// A line continuing a paragraph cut mid-sentence is not a
		// caption, whatever it ends with ("… العام الماضي (أ ف ب)").
		if drop[i] && i > head && continues(lines[i-1]) && r.IsCaption(lines[i]) && !r.line.Has(lex.Key(lines[i])) {
			drop[i] = false
		}
	}
	for i, l := range lines {
		if drop[i] {
			removed = append(removed, l)
		} else {
			kept = append(kept, l)
		}
		if i == tail && tags != "" {
			removed = append(removed, tags)
		}
	}
	return kept, removed
}

// titleReach is how far into the body a repeat of the title is taken for
// the headline shown twice; further down it is a quotation of the title (a
// column named after one of its lines, a poem after its verse).
const titleReach = 3

// duplicates finds a line that repeats the title near the head, or repeats
// the line just before it (a caption or headline shown twice). Lines
// further apart may repeat on purpose (a refrain, a poem), so they stay.
type duplicates struct {
	title  []string
	recent [][]string // word list of the line before
}

func newDuplicates(title string) *duplicates {
	return &duplicates{title: strings.Fields(lex.KeyWithDigits(title))}
}

// repeats reports whether line repeats the title or a recent line, and
// records it. Only headline-like lines (no sentence stop) are called
// repeats: a headline or caption is shown twice, while sentences may
// legitimately be alike ("تم تخفيض أرباح الربع الثاني …", "… الثالث …").
// Lines of fewer than three words (subheadings like "أوجه التعاون") are
// never called repeats.
func (d *duplicates) repeats(line string, nearHead bool) bool {
	var words []string
	if !long(line) && !endsSentence(line) {
		// Digits count: "- 5 سنوات بمعدل عائد" and "- 7 سنوات …" are two items.
		words = strings.Fields(lex.KeyWithDigits(line))
	}
	defer func() {
		d.recent = append(d.recent, words)
		if len(d.recent) > 1 {
			d.recent = d.recent[1:]
		}
	}()
	if len(words) < 3 {
		return false
	}
	if nearHead && nearSame(words, d.title) {
		return true
	}
	for _, prev := range d.recent {
		if nearSame(words, prev) {
			return true
		}
	}
	return false
}

// nearSame: the two word lists share at least 90% of their words (Dice on
// word multisets) and differ in length by at most a fifth.
func nearSame(a, b []string) bool {
	if len(a) < 3 || len(b) < 3 {
		return false
	}
	la, lb := len(a), len(b)
	if la*5 < lb*4 || lb*5 < la*4 {
		return false
	}
	count := make(map[string]int, la)
	for _, w := range a {
		count[w]++
	}
	common := 0
	for _, w := range b {
		if count[w] > 0 {
			count[w]--
			common++
		}
	}
	return 2*common*10 >= 9*(la+lb)
}

// SameLine reports whether two lines say the same words, near enough to be
// one headline shown twice.
func SameLine(a, b string) bool {
	if la, lb := len(a), len(b); la > 2*lb+16 || lb > 2*la+16 {
		return false
	}
	return nearSame(strings.Fields(lex.KeyWithDigits(a)), strings.Fields(lex.KeyWithDigits(b)))
}

// previous is the line before i, "" at the start.
func previous(lines []string, i int) string {
	if i == 0 {
		return ""
	}
	return lines[i-1]
}
