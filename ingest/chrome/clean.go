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
// repeats an earlier line or the title (a headline or caption shown twice).
func (r *Remover) Clean(lines []string, title string) (kept, removed []string) {
	drop := make([]bool, len(lines))
	head := 0
	for head < len(lines) && r.Edge(lines[head]) {
		drop[head] = true
		head++
	}
	tail := len(lines) - 1
	for tail >= head && r.Edge(lines[tail]) {
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
		if r.Anywhere(lines[i]) || seen.repeats(lines[i]) {
			drop[i] = true
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

// duplicates remembers the lines seen so far to find near-repeats.
type duplicates struct {
	exact map[string]bool
	short [][]string // word lists of short lines, for near matches
}

func newDuplicates(title string) *duplicates {
	d := &duplicates{exact: map[string]bool{}}
	if title != "" {
		d.add(lex.Key(title))
	}
	return d
}

func (d *duplicates) add(k string) {
	d.exact[k] = true
	if w := strings.Fields(k); len(w) <= 40 {
		d.short = append(d.short, w)
	}
}

// repeats reports whether line repeats a line seen before, and records it.
// Lines of fewer than three words (subheadings like "أوجه التعاون") are
// never called repeats: short labels legitimately recur.
func (d *duplicates) repeats(line string) bool {
	k := lex.Key(line)
	words := strings.Fields(k)
	if len(words) < 3 {
		return false
	}
	if d.exact[k] {
		return true
	}
	if len(words) <= 40 {
		for _, prev := range d.short {
			if nearSame(words, prev) {
				return true
			}
		}
	}
	d.add(k)
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
	count := map[string]int{}
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
