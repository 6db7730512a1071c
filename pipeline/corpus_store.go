package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/link"
	"github.com/isnad/isnad/store"
)

// Keys under which SaveResults keeps the corpus-level results in a store
// (store.PutCorpusResults), each as JSON.
const (
	KeyStories        = "stories"        // the analysis JSON's stories
	KeyClaimGroups    = "claim_groups"   // its claim groups
	KeyContradictions = "contradictions" // its contradictions
	// KeyInheritedLinks: the links claims inherit by chain completion (a
	// chain ending at an outlet continued from the outlet's own article),
	// as []InheritedLinks. They are computed across documents, so they are
	// kept with the corpus results, and LoadResults puts them back at the
	// end of the stored chains.
	KeyInheritedLinks = "inherited_links"
)

// InheritedLinks are the links one claim's chain inherits: they follow the
// chain as the claim's own document gives it, each naming in InheritedFrom
// the document it comes from.
type InheritedLinks struct {
	Claim string        `json:"claim"`
	Links []export.Link `json:"links"`
}

// Inherited lists, for every claim of a whose chain was completed, the
// inherited links at its end.
func Inherited(a *export.Analysis) []InheritedLinks {
	out := []InheritedLinks{}
	for _, c := range a.Claims {
		k := len(c.Chain)
		for k > 0 && c.Chain[k-1].InheritedFrom != "" {
			k--
		}
		if k < len(c.Chain) {
			out = append(out, InheritedLinks{Claim: c.ID, Links: slices.Clone(c.Chain[k:])})
		}
	}
	return out
}

// SaveResults keeps the corpus-level results of a in the store, replacing
// what the keys held.
func SaveResults(ctx context.Context, st store.Store, a *export.Analysis) error {
	for _, r := range []struct {
		key string
		v   any
	}{{KeyStories, a.Stories}, {KeyClaimGroups, a.ClaimGroups}, {KeyContradictions, a.Contradictions}, {KeyInheritedLinks, Inherited(a)}} {
		b, err := json.Marshal(r.v)
		if err != nil {
			return fmt.Errorf("encoding %s: %w", r.key, err)
		}
		if err := st.PutCorpusResults(ctx, r.key, b); err != nil {
			return fmt.Errorf("saving %s: %w", r.key, err)
		}
	}
	return nil
}

// LoadResults reads the saved corpus-level results into a (assembled from
// the same store) and completes its claims' chains with their inherited
// links. A key never saved leaves its array empty.
func LoadResults(ctx context.Context, st store.Store, a *export.Analysis) error {
	var inherited []InheritedLinks
	for _, r := range []struct {
		key string
		to  any
	}{{KeyStories, &a.Stories}, {KeyClaimGroups, &a.ClaimGroups}, {KeyContradictions, &a.Contradictions}, {KeyInheritedLinks, &inherited}} {
		raw, err := st.CorpusResults(ctx, r.key)
		if errors.Is(err, store.ErrNotFound) {
			continue // not computed yet
		}
		if err != nil {
			return fmt.Errorf("reading the saved corpus results %q: %w", r.key, err)
		}
		if err := json.Unmarshal(raw, r.to); err != nil {
			return fmt.Errorf("reading the saved corpus results %q: %w", r.key, err)
		}
	}
	CompleteChains(a, inherited)
	return nil
}

// CompleteChains appends to each claim's chain the links it inherits,
// unless the chain already holds inherited links (it was stored completed).
func CompleteChains(a *export.Analysis, inherited []InheritedLinks) {
	if len(inherited) == 0 {
		return
	}
	at := make(map[string]int, len(a.Claims))
	for i, c := range a.Claims {
		at[c.ID] = i
	}
	for _, in := range inherited {
		i, ok := at[in.Claim]
		if !ok {
			continue // the claim's document is no longer stored
		}
		c := &a.Claims[i]
		if slices.ContainsFunc(c.Chain, func(l export.Link) bool { return l.InheritedFrom != "" }) {
			continue
		}
		c.Chain = append(slices.Clip(c.Chain), in.Links...)
	}
}

// StoreTexts reads documents' texts back from a store, for
// Corpus.ReadTextsFrom.
func StoreTexts(st store.Store) link.TextSource {
	return link.TextFunc(func(ctx context.Context, id string) (string, error) {
		d, err := st.Document(ctx, id)
		if err != nil {
			return "", fmt.Errorf("reading the text of %s: %w", id, err)
		}
		return d.Text, nil
	})
}
