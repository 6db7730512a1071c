// Package judge weighs claims across documents: it groups the same
// assertion made in different documents, completes chains that end at an
// outlet whose own article is in the corpus, counts the independent origins
// behind each group, grades it on the Admiralty information scale (1-6) with
// a reason an analyst can check, and finds the contradictions between
// retellings (time, quantity, polarity, affiliation).
//
// It reads and writes only the analysis JSON types (package export): the
// single-document stages fill documents, entities, times, quantities and
// claims; link fills stories; Judge fills claim_groups and contradictions and
// appends inherited links to chains.
package judge

import (
	"context"
	"fmt"
	"io/fs"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/export"
)

// Options tune the judge. Zero values take the defaults.
type Options struct {
	// GroupThreshold is the least similarity (0..1) at which two claims of
	// different documents are the same assertion (default 0.4).
	GroupThreshold float64
	// RelatedThreshold is the least similarity at which two claims are
	// related enough to compare for contradictions outside a group
	// (default 0.2, with at least two shared entities).
	RelatedThreshold float64
	// MaxPosting: a word shared by more claims than this is too common to
	// propose candidate pairs (default 400); it still counts in the score.
	MaxPosting int
	// ReasonLanguage is the language of the groups' and contradictions'
	// Reason fields: "en" (default) or "ar" (data/judge/reasons.tsv). Every
	// reason is also rendered in each language of the table, in the
	// ReasonByLang fields.
	ReasonLanguage string
	// Lexicon: nil reads the embedded data/judge tables.
	Lexicon fs.FS
}

func (o Options) withDefaults() Options {
	if o.GroupThreshold <= 0 {
		o.GroupThreshold = 0.4
	}
	if o.RelatedThreshold <= 0 {
		o.RelatedThreshold = 0.2
	}
	if o.MaxPosting <= 0 {
		o.MaxPosting = 400
	}
	if o.ReasonLanguage == "" {
		o.ReasonLanguage = "en"
	}
	if o.Lexicon == nil {
		o.Lexicon = data.Judge
	}
	return o
}

// Judge holds the read-only tables; it is safe for concurrent use.
type Judge struct {
	rel  *Reliability
	opt  Options
	lex  *lexicon
	pair *PairModel
	t    map[string]texts // the reasons' sentences, by language
}

// New builds a judge. rel nil means every source rates F. It panics only if
// the embedded tables are broken (a build defect); use NewChecked for
// tables given in Options.Lexicon.
func New(rel *Reliability, opt Options) *Judge {
	j, err := NewChecked(rel, opt)
	if err != nil {
		panic(err)
	}
	return j
}

// NewChecked is New returning the error of a broken lexicon.
func NewChecked(rel *Reliability, opt Options) (*Judge, error) {
	opt = opt.withDefaults()
	all, err := loadTexts(opt.Lexicon)
	if err != nil {
		return nil, err
	}
	if _, ok := all[opt.ReasonLanguage]; !ok {
		return nil, fmt.Errorf("reason language %q: want en or ar", opt.ReasonLanguage)
	}
	lex, err := loadLexicon(opt.Lexicon)
	if err != nil {
		return nil, err
	}
	pm, err := loadPairModel(opt.Lexicon, lex)
	if err != nil {
		return nil, err
	}
	if rel == nil {
		rel = &Reliability{byName: map[string]Rating{}, byKind: map[string]Rating{}}
	}
	return &Judge{rel: rel, opt: opt, lex: lex, pair: pm, t: all}, nil
}

// Judge fills a.ClaimGroups and a.Contradictions and appends inherited
// links to the chains of a.Claims. It replaces any groups and
// contradictions already there.
func (j *Judge) Judge(ctx context.Context, a *export.Analysis) error {
	c := newCorpus(a, j.lex)
	c.texts, c.lang = j.t, j.opt.ReasonLanguage
	if err := ctx.Err(); err != nil {
		return err
	}
	pairs, err := c.candidatePairs(ctx, j.opt.MaxPosting)
	if err != nil {
		return fmt.Errorf("comparing claims: %w", err)
	}
	groups := c.group(pairs, j.opt.GroupThreshold)
	if err := ctx.Err(); err != nil {
		return err
	}
	c.completeChains(groups)
	a.Contradictions = c.contradictions(ctx, j.pair, groups, pairs, j.opt.RelatedThreshold)
	if err := ctx.Err(); err != nil {
		return err
	}
	a.ClaimGroups = c.grade(groups, j.rel, a.Contradictions)
	return nil
}
