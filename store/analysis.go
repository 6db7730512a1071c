package store

import (
	"context"
	"encoding/json"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/export"
)

// Analyzed is a document with what the single-document stages found in it;
// Analysis is nil for a document stored without analysis.
type Analyzed struct {
	Doc      isnad.Document
	Analysis *export.DocumentAnalysis
}

// AnalysisStore keeps each document's analysis beside it and answers the
// lookups of the command line and the HTTP API. Listings are newest first
// (by the document's published date, then document id and position).
type AnalysisStore interface {
	// PutAnalyzed stores a batch of documents with their analyses in one
	// transaction, as Put does: either the whole batch is stored or, on
	// error, nothing of it. A document already stored is Duplicate and
	// changes nothing, with one exception: a document stored earlier
	// without analysis (the same text byte for byte) gets the analysis it
	// now comes with, and is reported Analysed. Entities are merged across
	// documents by id: aliases add up, the first name stays.
	//
	// One invalid document or analysis fails the whole batch with an
	// *InvalidDocumentError naming it; callers that must not lose a batch
	// to one bad input check each with ValidateAnalyzed first and set the
	// bad ones aside (see SplitValid).
	PutAnalyzed(ctx context.Context, batch []Analyzed) ([]PutResult, error)

	// Analysis returns a document's analysis exactly as stored; a
	// *NotFoundError (kind "analysis") when the document has none.
	Analysis(ctx context.Context, docID string) (export.DocumentAnalysis, error)

	// ForEachAnalysis calls fn with every stored document and its analysis,
	// in document id order, reading a few hundred documents at a time. A
	// document stored without analysis comes with an empty one (Doc set,
	// empty lists). An error from fn stops the walk and is returned.
	// Documents stored while the walk runs may or may not be seen.
	ForEachAnalysis(ctx context.Context, fn func(isnad.Document, export.DocumentAnalysis) error) error

	// Claims lists stored claims matching filter.
	Claims(ctx context.Context, filter ClaimFilter, page Page) (ClaimPage, error)

	// Entities lists corpus-wide entities, most mentioned first.
	Entities(ctx context.Context, filter EntityFilter, page Page) (EntityPage, error)

	// Entity returns one entity with its aliases and counts; a
	// *NotFoundError (kind "entity") when there is none.
	Entity(ctx context.Context, id string) (EntityInfo, error)

	// Mentions lists an entity's mentions in every document.
	Mentions(ctx context.Context, entityID string, page Page) (MentionPage, error)

	// Events lists stored events matching filter.
	Events(ctx context.Context, filter EventFilter, page Page) (EventPage, error)

	// PutCorpusResults saves a corpus-level result (stories, claim groups,
	// contradictions …) under key, replacing what the key held. v must be
	// valid JSON of at most MaxCorpusResultBytes.
	PutCorpusResults(ctx context.Context, key string, v json.RawMessage) error

	// CorpusResults returns what was saved under key; a *NotFoundError
	// (kind "corpus results") when nothing was.
	CorpusResults(ctx context.Context, key string) (json.RawMessage, error)

	// CorpusResultsVersion changes whenever PutCorpusResults saves anything
	// (in any process), so that a cache of the corpus results knows when to
	// read them again; "" when nothing was ever saved.
	CorpusResultsVersion(ctx context.Context) (string, error)
}

// OwnVoice, as ClaimFilter.Origin, selects the claims the outlet makes in
// its own voice (an empty chain).
const OwnVoice = "own-voice"

// ClaimFilter narrows a claim listing; zero fields do not filter. Filter's
// outlet and dates are the claim's document's.
type ClaimFilter struct {
	ID  string // one claim ('c:' id), for a claim card
	Doc string // document id
	// Entity selects claims that name the entity inside their text or cite
	// it as a source anywhere in their chain.
	Entity string
	// Origin is the kind of the chain's deepest source (person, agency,
	// anonymous, document …), or OwnVoice.
	Origin string
	Filter
}

// StoredClaim is a claim with the document it comes from.
type StoredClaim struct {
	export.Claim
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	Title     string `json:"title"`
}

// ClaimPage is one page of claims and the size of the whole listing.
type ClaimPage struct {
	Claims []StoredClaim `json:"claims"`
	Total  int           `json:"total"`
}

// EntityFilter narrows an entity listing; zero fields do not filter.
type EntityFilter struct {
	Type string // PER, ORG, LOC, MISC
	// Query matches part of the name, the English name or any alias, in
	// matching form (Arabic folded as arabic.Fold does, Latin lower-cased).
	Query string
}

// EntityInfo is a corpus-wide entity: its first-seen name, every alias, and
// how often it is mentioned.
type EntityInfo struct {
	ID          string   `json:"id"`
	Type        string   `json:"type"`
	Name        string   `json:"name"`
	English     string   `json:"english,omitempty"`
	Kind        string   `json:"kind,omitempty"`
	Wikidata    string   `json:"wikidata,omitempty"`
	Affiliation string   `json:"affiliation,omitempty"`
	Aliases     []string `json:"aliases"`
	Mentions    int      `json:"mentions"`  // in all documents
	Documents   int      `json:"documents"` // documents that mention it
}

// EntityPage is one page of entities and the size of the whole listing.
type EntityPage struct {
	Entities []EntityInfo `json:"entities"`
	Total    int          `json:"total"`
}

// StoredMention is a mention with the document it is in.
type StoredMention struct {
	export.Mention
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	Title     string `json:"title"`
}

// MentionPage is one page of mentions and the size of the whole listing.
type MentionPage struct {
	Mentions []StoredMention `json:"mentions"`
	Total    int             `json:"total"`
}

// EventFilter narrows an event listing; zero fields do not filter.
type EventFilter struct {
	Entity string // an actor of the event, in any role
	Type   string // meet, agree, supply, attack, kill, release, transfer, announce, other
}

// StoredEvent is an event with its document and, resolved from the
// document's lists, its time and quantities (Event's own Time and
// Quantities stay positions in that document's lists).
type StoredEvent struct {
	export.Event
	Doc       string            `json:"doc"`
	Outlet    string            `json:"outlet"`
	Published string            `json:"published"`
	At        *export.Time      `json:"at"`
	Amounts   []export.Quantity `json:"amounts"`
}

// EventPage is one page of events and the size of the whole listing.
type EventPage struct {
	Events []StoredEvent `json:"events"`
	Total  int           `json:"total"`
}
