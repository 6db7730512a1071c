package actors

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// Mention is a span of a document that names an actor, as a tagger or the
// matcher found it. Offsets are code points of the document text.
type Mention struct {
	Type       string // PER, ORG, LOC or MISC
	Start, End int
	Text       string
	Source     string // "ner" or "lexicon"
}

// Mention sources written by Link besides "ner" and "lexicon".
const (
	SourceNER     = "ner"
	SourceLexicon = "lexicon"
	SourceAnaphor = "anaphor" // a definite head noun ("التنظيم") resolved to an earlier actor
	SourceHead    = "head"    // a head noun and the definite words after it ("وزارة العدل"), bodies.txt
)

// EntityMention is one place an entity is named.
type EntityMention struct {
	Doc    string `json:"doc"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Text   string `json:"text"`
	Source string `json:"source,omitempty"`
	Title  string `json:"title,omitempty"` // title or office before a person's name (الدكتور، العميد)
}

// Entity is an actor as found in documents: a lexicon actor or a name the
// tagger found, with every surface form and mention.
type Entity struct {
	ID          string          `json:"id"` // "e:" + lexicon id, or "e:per:…" from type and folded name
	Type        string          `json:"type"`
	Kind        string          `json:"kind,omitempty"`
	Name        string          `json:"name"` // canonical Arabic name
	English     string          `json:"english,omitempty"`
	Wikidata    string          `json:"wikidata,omitempty"`
	Affiliation string          `json:"affiliation,omitempty"` // entity id of the actor it belongs to
	Actor       string          `json:"actor,omitempty"`       // lexicon id, "" for names outside the lexicon
	Aliases     []string        `json:"aliases"`
	Mentions    []EntityMention `json:"mentions"`
}

// ActorEntityID is the entity id of a lexicon actor.
func ActorEntityID(actorID string) string { return "e:" + actorID }

// NameEntityID is the stable id of a name outside the lexicon: its type and
// the digest of its folded words written without spaces, so that
// "عبد الرحمن" and "عبدالرحمن" get one id in every document.
func NameEntityID(typ string, name string) string {
	sum := sha256.Sum256([]byte(typ + "|" + strings.Join(phraseKeys(name), "")))
	return "e:" + strings.ToLower(typ) + ":" + hex.EncodeToString(sum[:6])
}
