// Package chrome removes page chrome from text pasted from web pages: menus
// and section labels, "show more", related-article and back-to-top widgets,
// comment, rating and newsletter widgets, share buttons, cookie and
// copyright notices, tag lists and photo captions. The phrases are data
// (data/ingest/chrome.txt); the rules here say where a phrase counts.
//
// Every rule is conservative about body text: a sentence of the article is
// never chrome. Lines are judged whole; only a trailing tag list is cut off
// the end of a line.
package chrome

import (
	"fmt"
	"io/fs"
	"strings"

	"github.com/isnad/isnad/ingest/internal/lex"
)

// Remover holds the chrome lexicon. Build it once with Load; it is safe for
// concurrent use.
type Remover struct {
	line      lex.Set  // whole-line phrases
	fragments []string // keys that mark a head or tail line
	prefixes  []string // keys that open a link line
	nav       lex.Set  // menu and section words, and place names
	navGlued  map[string]bool
	maxGlued  int // longest nav word in runes, for the glued-menu split
	caption   lex.Set
	agency    lex.Set // photo credits that count only in brackets
	tags      lex.Set
	shareWord lex.Set // one-word chrome entries: a line of only these is a share bar
}

// Load reads data/ingest/chrome.txt and data/ingest/places.txt from fsys.
func Load(fsys fs.FS) (*Remover, error) {
	s, err := lex.Sections(fsys, "ingest/chrome.txt")
	if err != nil {
		return nil, err
	}
	for _, want := range []string{"line", "fragment", "prefix", "nav", "caption", "caption-agency", "tags"} {
		if len(s[want]) == 0 {
			return nil, fmt.Errorf("chrome lexicon: section [%s] is missing or empty", want)
		}
	}
	places, err := lex.Lines(fsys, "ingest/places.txt")
	if err != nil {
		return nil, err
	}
	r := &Remover{
		line:      lex.NewSet(s["line"]),
		nav:       lex.NewSet(append(s["nav"], places...)),
		caption:   lex.NewSet(s["caption"]),
		agency:    lex.NewSet(s["caption-agency"]),
		tags:      lex.NewSet(s["tags"]),
		shareWord: lex.Set{},
		navGlued:  map[string]bool{},
	}
	for _, f := range s["fragment"] {
		if k := lex.Key(f); k != "" {
			r.fragments = append(r.fragments, k)
		}
	}
	for _, p := range s["prefix"] {
		if k := lex.Key(p); k != "" {
			r.prefixes = append(r.prefixes, k)
		}
	}
	for k := range r.line {
		if !strings.Contains(k, " ") {
			r.shareWord[k] = struct{}{}
		}
	}
	for k := range r.nav {
		g := strings.ReplaceAll(k, " ", "")
		r.navGlued[g] = true
		if n := len([]rune(g)); n > r.maxGlued {
			r.maxGlued = n
		}
	}
	return r, nil
}
