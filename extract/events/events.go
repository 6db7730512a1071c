// Package events reads event frames out of claim sentences — who met, agreed with,
// supplied, attacked, killed, released or transferred whom, and who announced it — and
// builds the actor network: the graph of actors who share events, each edge keeping
// the claims that support it.
//
// It works on what earlier stages found: the claims (extract/attrib), the entity
// mentions (extract/actors), times and quantities. Triggers come from a data lexicon
// (data/events/triggers.tsv). Roles follow Arabic word order: after a verb trigger the
// first actor is the agent (قتلت القوات الأميركية قيادياً) and the next the target or
// counterpart; with no actor after the verb, the nearest actor before it is the agent
// (القيادة المركزية أعلنت). After a verbal noun (لقاء، هجوم، تزويد) the actors after
// بين/مع/على/لـ are participants; a killing's noun (مقتل، اغتيال) is followed by its
// victim, and by its agent after على يد. Actors after عبر، بوساطة، من خلال are
// intermediaries. An event needs at least one actor. The claim's source (a mention inside one of its
// chain's source phrases) takes no role in the events it reports — "قال المرصد إن روسيا
// وتركيا اتفقتا" is an agreement of Russia and Turkey — unless the sentence says the
// source acted: it is the one who announced, or the subject a resumptive pronoun takes
// up ("أعلنت القيادة أنها قتلت …").
package events

import "github.com/isnad/isnad"

// Event types.
const (
	Meet     = "meet"
	Agree    = "agree"
	Supply   = "supply"
	Attack   = "attack"
	Kill     = "kill"
	Release  = "release"
	Transfer = "transfer"
	Announce = "announce"
)

// Roles of an actor in an event.
const (
	Agent        = "agent"
	Counterpart  = "counterpart"
	Target       = "target"
	Intermediary = "intermediary"
)

// Claim is the part of a claim the event reader needs.
type Claim struct {
	ID         string
	Start, End int // code points in the document text
	// Sources are the spans of the claim's chain links in the text (the source
	// phrases: "قال المرصد السوري …"). A mention inside one is the claim's
	// source, who reports the events rather than takes part in them.
	Sources []isnad.Span
}

// Mention is an entity mention of the document.
type Mention struct {
	Start, End int
	EntityID   string
	Type       string // PER ORG LOC MISC
}

// Span is a time or quantity found in the document, by its index in the document's list.
type Span struct {
	Index      int
	Start, End int
}

// Input is one document's text and what earlier stages found in it.
type Input struct {
	Text       string
	Claims     []Claim
	Mentions   []Mention
	Times      []Span
	Quantities []Span
}

// Actor is an entity in a role.
type Actor struct {
	Entity string
	Role   string
}

// Event is one frame read from a claim.
type Event struct {
	ID         string
	Claim      string
	Type       string
	Trigger    string // the words that name the event
	Start, End int    // the trigger's span
	Actors     []Actor
	Place      string // entity id of the place, "" when none
	Time       int    // index into the document's times, -1 when none
	Quantities []int  // indexes into the document's quantities
}
