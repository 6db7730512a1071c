package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/store"
)

// Keys under which the corpus-level arrays are saved with
// store.PutCorpusResults, each as the JSON array of the analysis JSON.
const (
	KeyStories        = "stories"
	KeyClaimGroups    = "claim_groups"
	KeyContradictions = "contradictions"
)

// StoreCorpus returns a Config.Corpus that assembles the corpus analysis
// from a store: every document with its own analysis (indexes made global,
// entities merged by id) and the corpus-level arrays saved under the Key…
// keys. The assembly is kept and rebuilt only when the number of stored
// documents changes; concurrent requests wait for one build.
func StoreCorpus(st store.Store) func(context.Context) (*export.Analysis, error) {
	var mu sync.Mutex
	var cached *export.Analysis
	cachedDocs := -1
	return func(ctx context.Context) (*export.Analysis, error) {
		stats, err := st.Stats(ctx)
		if err != nil {
			return nil, err
		}
		mu.Lock()
		defer mu.Unlock()
		if cached != nil && stats.Documents == cachedDocs {
			return cached, nil
		}
		a, err := assembleCorpus(ctx, st)
		if err != nil {
			return nil, err
		}
		cached, cachedDocs = a, stats.Documents
		return a, nil
	}
}

func assembleCorpus(ctx context.Context, st store.Store) (*export.Analysis, error) {
	a := export.NewAnalysis()
	entityAt := map[string]int{}
	err := st.ForEachAnalysis(ctx, func(d isnad.Document, da export.DocumentAnalysis) error {
		jd := export.FromDocument(d)
		jd.Recycled = da.Recycled
		a.Documents = append(a.Documents, jd)
		timeBase, qtyBase := len(a.Times), len(a.Quantities)
		a.Times = append(a.Times, da.Times...)
		a.Quantities = append(a.Quantities, da.Quantities...)
		for _, c := range da.Claims {
			c.Times = shifted(c.Times, timeBase)
			c.Quantities = shifted(c.Quantities, qtyBase)
			a.Claims = append(a.Claims, c)
		}
		for _, e := range da.Events {
			if e.Time != nil {
				t := *e.Time + timeBase
				e.Time = &t
			}
			e.Quantities = shifted(e.Quantities, qtyBase)
			a.Events = append(a.Events, e)
		}
		for _, e := range da.Entities {
			i, seen := entityAt[e.ID]
			if !seen {
				entityAt[e.ID] = len(a.Entities)
				e.Aliases = slices.Clone(e.Aliases)
				a.Entities = append(a.Entities, e)
				continue
			}
			merged := &a.Entities[i]
			for _, alias := range e.Aliases {
				if !slices.Contains(merged.Aliases, alias) {
					merged.Aliases = append(merged.Aliases, alias)
				}
			}
			merged.Mentions = append(merged.Mentions, e.Mentions...)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("assembling the corpus analysis: %w", err)
	}
	for _, r := range []struct {
		key string
		to  any
	}{{KeyStories, &a.Stories}, {KeyClaimGroups, &a.ClaimGroups}, {KeyContradictions, &a.Contradictions}} {
		raw, err := st.CorpusResults(ctx, r.key)
		if errors.Is(err, store.ErrNotFound) {
			continue // not computed yet: the array stays empty
		}
		if err != nil {
			return nil, err
		}
		if err := json.Unmarshal(raw, r.to); err != nil {
			return nil, fmt.Errorf("reading the saved corpus results %q: %w", r.key, err)
		}
	}
	return a, nil
}

func shifted(idx []int, base int) []int {
	out := make([]int, len(idx))
	for i, v := range idx {
		out[i] = v + base
	}
	return out
}
