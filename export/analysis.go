// Package export writes isnad's results in the formats analysts' tools read.
// analysis.go is the analysis JSON that `isnad analyze` prints: the
// project's interface contract (docs/analysis-json.md). Fields may be added;
// none may be dropped or renamed.
package export

import (
	"github.com/isnad/isnad"
)

// Analysis is everything isnad learned from one run over a set of inputs.
// Every array is present (empty, never null) even before a stage fills it.
type Analysis struct {
	Version        string          `json:"version"`
	Documents      []Document      `json:"documents"`
	Entities       []Entity        `json:"entities"`
	Times          []Time          `json:"times"`
	Quantities     []Quantity      `json:"quantities"`
	Claims         []Claim         `json:"claims"`
	Events         []Event         `json:"events"`
	Stories        []Story         `json:"stories"`
	ClaimGroups    []ClaimGroup    `json:"claim_groups"`
	Contradictions []Contradiction `json:"contradictions"`
	Errors         []InputError    `json:"errors,omitempty"`
}

// NewAnalysis returns an analysis with every array present and empty.
func NewAnalysis() *Analysis {
	return &Analysis{
		Version:        "isnad " + isnad.Version,
		Documents:      []Document{},
		Entities:       []Entity{},
		Times:          []Time{},
		Quantities:     []Quantity{},
		Claims:         []Claim{},
		Events:         []Event{},
		Stories:        []Story{},
		ClaimGroups:    []ClaimGroup{},
		Contradictions: []Contradiction{},
	}
}

// Document is one article: cleaned text and where it came from.
type Document struct {
	ID            string   `json:"id"`
	Source        string   `json:"source"`
	URL           *string  `json:"url"`
	Outlet        *string  `json:"outlet"`
	Published     *string  `json:"published"`
	PublishedFrom *string  `json:"published_from"`
	Language      string   `json:"language"`
	Title         string   `json:"title"`
	Author        *string  `json:"author"`
	Text          string   `json:"text"`
	Removed       []string `json:"removed"`
	Credits       []string `json:"credits"`
	// Recycled: the narrated events all lie years before the published date
	// (an old story republished); its relative times are left unresolved.
	Recycled bool `json:"recycled"`
}

// FromDocument converts a domain document to its JSON form: unknown values
// become null, absent lists become empty arrays.
func FromDocument(d isnad.Document) Document {
	return Document{
		ID:            d.ID,
		Source:        d.Source,
		URL:           nullable(d.URL),
		Outlet:        nullable(d.Outlet),
		Published:     nullable(d.Published),
		PublishedFrom: nullable(d.PublishedFrom),
		Language:      d.Language,
		Title:         d.Title,
		Author:        nullable(d.Author),
		Text:          d.Text,
		Removed:       nonNil(d.Removed),
		Credits:       nonNil(d.Credits),
	}
}

// Entity is a canonical actor with every surface form and mention seen.
type Entity struct {
	ID          string    `json:"id"`
	Type        string    `json:"type"`
	Name        string    `json:"name"`
	English     string    `json:"english,omitempty"`
	Kind        string    `json:"kind,omitempty"` // finer kind: armed-group, outlet, city …
	Wikidata    string    `json:"wikidata,omitempty"`
	Affiliation string    `json:"affiliation,omitempty"` // e:… of the body it belongs to
	Aliases     []string  `json:"aliases"`
	Mentions    []Mention `json:"mentions"`
}

// Mention is a stretch of one document's text, in code points.
type Mention struct {
	Doc   string `json:"doc"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Time is a time expression normalised against the document's date.
type Time struct {
	Doc       string  `json:"doc"`
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Text      string  `json:"text"`
	Value     *string `json:"value"`
	EndValue  *string `json:"end_value,omitempty"` // the end of a range
	Qualifier *string `json:"qualifier"`
}

// Quantity is a number with its counted noun.
type Quantity struct {
	Doc    string   `json:"doc"`
	Start  int      `json:"start"`
	End    int      `json:"end"`
	Text   string   `json:"text"`
	Value  *float64 `json:"value"`
	Min    *float64 `json:"min"`
	Max    *float64 `json:"max"`
	Approx bool     `json:"approx"`
	Unit   string   `json:"unit"`
}

// Claim is an assertion with the chain of sources it rests on.
type Claim struct {
	ID         string   `json:"id"`
	Doc        string   `json:"doc"`
	Start      int      `json:"start"`
	End        int      `json:"end"`
	Text       string   `json:"text"`
	Chain      []Link   `json:"chain"`
	Hedges     []string `json:"hedges"`
	Polarity   string   `json:"polarity"` // asserted | denied
	Carried    bool     `json:"carried"`  // the source is carried over from an earlier sentence
	Entities   []string `json:"entities"`
	Times      []int    `json:"times"`
	Quantities []int    `json:"quantities"`
}

// Link is one source of a chain, nearest the publisher first.
type Link struct {
	Name   string  `json:"name"`
	Kind   string  `json:"kind"`
	Entity *string `json:"entity"`
	Cue    string  `json:"cue"`
	Org    string  `json:"org,omitempty"`  // the body a person speaks for
	Role   string  `json:"role,omitempty"` // the person's office, e.g. مدير
	// InheritedFrom is the document whose own chain completed this one
	// (chain completion across documents); empty for links read in the text.
	InheritedFrom string `json:"inherited_from,omitempty"`
}

// Event is a frame (meet, supply, attack …) read from a claim.
type Event struct {
	ID         string       `json:"id"`
	Claim      string       `json:"claim"`
	Type       string       `json:"type"`
	Actors     []EventActor `json:"actors"`
	Place      *string      `json:"place"`
	Time       *int         `json:"time"`
	Quantities []int        `json:"quantities"`
}

// EventActor is an entity with its role in an event.
type EventActor struct {
	Entity string `json:"entity"`
	Role   string `json:"role"`
}

// Story is a set of documents that are one piece of reporting.
type Story struct {
	ID        string   `json:"id"`
	Documents []string `json:"documents"`
	Kind      string   `json:"kind"`
	Evidence  string   `json:"evidence"`
	// EvidenceByLang is the evidence in every language isnad writes ("ar",
	// "en"); Evidence is the English one.
	EvidenceByLang map[string]string `json:"evidence_by_lang,omitempty"`
	Pairs          []StoryPair       `json:"pairs,omitempty"`
}

// StoryPair is the evidence that two documents of a story share wording.
type StoryPair struct {
	A           string    `json:"a"`
	B           string    `json:"b"`
	Kind        string    `json:"kind"`
	Jaccard     float64   `json:"jaccard"`
	Containment float64   `json:"containment"`
	Passages    []Passage `json:"passages"`
}

// Passage is a stretch of A's text found again in B, in code points.
type Passage struct {
	AStart int     `json:"a_start"`
	AEnd   int     `json:"a_end"`
	BStart int     `json:"b_start"`
	BEnd   int     `json:"b_end"`
	Score  float64 `json:"score"`
}

// ClaimGroup is one assertion across documents, with its origins graded.
type ClaimGroup struct {
	ID                 string   `json:"id"`
	Claims             []string `json:"claims"`
	Origins            []string `json:"origins"`
	IndependentOrigins int      `json:"independent_origins"`
	Credibility        int      `json:"credibility"`
	Reason             string   `json:"reason"`
	// ReasonByLang is the reason in every language isnad writes ("ar",
	// "en"); Reason is one of them, in the language the run was asked for.
	ReasonByLang map[string]string `json:"reason_by_lang,omitempty"`
}

// Contradiction is two claims that disagree on one attribute.
type Contradiction struct {
	Claims    []string `json:"claims"`
	Attribute string   `json:"attribute"`
	Values    []string `json:"values"`
	Reason    string   `json:"reason"`
	// ReasonByLang: as ClaimGroup's.
	ReasonByLang map[string]string `json:"reason_by_lang,omitempty"`
}

// InputError is an input that could not be read; the others still were.
type InputError struct {
	Source string `json:"source"`
	Error  string `json:"error"`
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// DocumentAnalysis is what the single-document stages found in one
// document, as the store keeps it: Times, Quantities and the indexes in
// Claims and Events count within this document's own lists, and Entities
// carry only this document's mentions.
type DocumentAnalysis struct {
	Doc        string     `json:"doc"`
	Recycled   bool       `json:"recycled"`
	Entities   []Entity   `json:"entities"`
	Times      []Time     `json:"times"`
	Quantities []Quantity `json:"quantities"`
	Claims     []Claim    `json:"claims"`
	Events     []Event    `json:"events"`
}
