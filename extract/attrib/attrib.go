// Package attrib finds the claims of a news text and, for each, its isnad: the chain of
// sources it rests on, from the source nearest the publisher to the deepest origin the
// text names, with the hedges that weaken it and its polarity.
//
// It reads a document's display-normalised text and sentence spans, looks for attribution
// cues from a lexicon (data/attrib), reads the source phrase each cue introduces, names
// and kinds that source, resolves re-mentions (المصدر، عبدالرحمن) against sources already
// seen, and carries a source over the sentences that continue it.
//
// Decisions an analyst can rely on:
//   - A claim is a sentence, or a clause when one sentence carries two independent
//     sources. Questions and headings (a short line without final punctuation) are not
//     claims, except a heading of the form "Source: words", which is a claim of that
//     source and carries it over the paragraphs under it.
//   - The outlet's own voice is a claim with an empty chain (plus the document's
//     whole-piece credits, which go in front of every chain).
//   - Carrying: a speech verb without a subject of its own (وأضاف، وأشار إلى أن، وتابع),
//     a sentence inside a quotation opened by a sourced sentence, and the paragraphs under
//     a "Source:" sub-heading carry the source (Carried=true). A sentence with no such
//     continuation is the outlet's voice: a new paragraph, or a sentence that simply
//     follows, does not inherit a source. A lone attribution fragment ("وفقا لوكالة افي.")
//     and a quotation closed by "بحسب X" hand their source back to what they close.
//   - Polarity is "denied" for denial speech acts (نفى، نفت، كذّب، denied) and denial
//     phrases (عار عن الصحة، لا أساس له من الصحة). A negated main verb is an asserted
//     negative fact ("لم تستهدف أيا من" is asserted).
package attrib

import "github.com/isnad/isnad"

// Source kinds of a chain link.
const (
	KindOutlet       = "outlet"
	KindAgency       = "agency"
	KindOrganization = "organization"
	KindGovernment   = "government"
	KindPerson       = "person"
	KindAnonymous    = "anonymous"
	KindDocument     = "document"
	KindUnknown      = "unknown"
)

// Polarities of a claim.
const (
	Asserted = "asserted"
	Denied   = "denied"
)

// Claim is one assertion of a document with its chain of attribution.
type Claim struct {
	ID         string // "c:" + digest of document id, span and text
	Start, End int    // code points in the document text, end exclusive
	Text       string
	Chain      []Link // nearest the publisher first, deepest origin last
	Hedges     []Hedge
	Polarity   string // Asserted or Denied
	Carried    bool   // the source was carried over from an earlier sentence
}

// Origin is the deepest source of the claim, or nil for the outlet's own voice.
func (c Claim) Origin() *Link {
	if len(c.Chain) == 0 {
		return nil
	}
	return &c.Chain[len(c.Chain)-1]
}

// Link is one source in a chain.
type Link struct {
	Name     string // as the analyst reads it: "رامي عبد الرحمن (المرصد السوري لحقوق الإنسان)"
	Kind     string // KindOutlet … KindUnknown
	EntityID string // the entity the source is, when entity mentions were given
	Org      string // the body a person speaks for, when the text names it
	Role     string // the person's title or role as written ("مدير المرصد السوري …")
	Cue      string // the attribution words, e.g. "نقلت … عن"; "credit" for whole-piece credits
	// Start and End locate the source phrase in the text (code points); both are -1 for a
	// whole-piece credit, which the text itself does not name.
	Start, End int

	guessed bool // named by the bare-proper-name fallback: trusted only with a content marker
}

// Hedge is a word or phrase that weakens a claim. It may lie outside the claim: a
// document-wide disclaimer ("من المستحيل التأكد من أصالة هذه الوثائق") qualifies every
// claim resting on the documents.
type Hedge struct {
	Text       string
	Start, End int
}

// SourceMention is an entity mention found by the entity stage; when given, a source
// phrase that overlaps a mention takes its name, kind and entity id from it.
type SourceMention struct {
	Start, End int
	Text       string
	Type       string // PER ORG LOC MISC
	Kind       string // outlet agency organization government person … ("" when unknown)
	EntityID   string
}

// OutletResolver recognises news outlets and agencies by any of their names.
type OutletResolver interface {
	Outlet(name string) (canonical string, ok bool)
}

// Input is one document as the extractor reads it.
type Input struct {
	DocID     string
	Text      string       // display-normalised body text
	Sentences []isnad.Span // sentence spans in code points (arabic.Sentences)
	Credits   []string     // outlets credited for the whole piece
	Outlet    string       // the publishing outlet, "" when unknown
	Mentions  []SourceMention
}
