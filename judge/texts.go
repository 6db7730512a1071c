package judge

import (
	"fmt"
	"io/fs"

	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/internal/sentences"
)

// Languages of the reasons, in the column order of data/judge/reasons.tsv.
var reasonLanguages = []string{"en", "ar"}

// requiredTexts are the keys the judge writes with; a table lacking one is
// refused. (Event names are optional: an unknown type shows as itself.)
var requiredTexts = []string{
	"unknown", "origins", "origin_anonymous", "origin_unknown", "carried", "unnamed", "hedged", "contradicted", "outweighed", "and", "list",
	"attr_time", "attr_quantity", "attr_actor", "attr_affiliation", "attr_place", "attr_polarity",
	"time", "quantity", "denied", "negated", "poles", "antonyms", "actor", "place", "affiliation",
}

// texts are the sentence templates of one language, by key.
type texts map[string]string

// f formats the template under key; a key missing from the table (a build
// defect caught by the tests) shows as itself rather than failing a run.
func (t texts) f(key string, args ...any) string {
	tmpl, ok := t[key]
	if !ok {
		return key
	}
	if len(args) == 0 {
		return tmpl
	}
	return fmt.Sprintf(tmpl, args...)
}

// eventName is an event type as the reasons name it; a type the table
// does not know shows as itself.
func (t texts) eventName(typ string) string {
	if s, ok := t["event_"+typ]; ok {
		return s
	}
	return typ
}

// loadTexts reads data/judge/reasons.tsv: key, English, Arabic (the
// format of internal/sentences).
func loadTexts(fsys fs.FS) (map[string]texts, error) {
	const name = "judge/reasons.tsv"
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	tab, err := sentences.Parse(name, b, reasonLanguages, requiredTexts)
	if err != nil {
		return nil, err
	}
	out := make(map[string]texts, len(tab))
	for lang, t := range tab {
		out[lang] = t
	}
	return out, nil
}

// sentence writes one reason from a language's table. The judge keeps a
// reason as a sentence until it is rendered in every language of the table,
// so that an analyst reads it in the language of their interface.
type sentence func(t texts) string

// say renders a reason in every language of the table: the judge's own
// language first (the Reason field of the analysis JSON), then all of them
// by language code (its reason_by_lang).
func (c *corpus) say(s sentence) (string, map[string]string) {
	by := make(map[string]string, len(c.texts))
	for lang, t := range c.texts {
		by[lang] = s(t)
	}
	return by[c.lang], by
}

// clash is the two values of a contradiction and its reason, not yet
// rendered.
type clash struct {
	a, b   string
	reason sentence
}

// contradiction is a clash between claims ids on attr in its JSON form,
// its reason rendered in every language.
func (c *corpus) contradiction(ids []string, attr string, k clash) export.Contradiction {
	r, by := c.say(k.reason)
	return export.Contradiction{Claims: ids, Attribute: attr, Values: []string{k.a, k.b}, Reason: r, ReasonByLang: by}
}
