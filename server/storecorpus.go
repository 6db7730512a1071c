package server

import (
	"context"
	"fmt"
	"sync"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/pipeline"
	"github.com/isnad/isnad/store"
)

// Keys under which the corpus-level arrays are saved with
// store.PutCorpusResults (pipeline.SaveResults writes them all).
const (
	KeyStories        = pipeline.KeyStories
	KeyClaimGroups    = pipeline.KeyClaimGroups
	KeyContradictions = pipeline.KeyContradictions
	KeyInheritedLinks = pipeline.KeyInheritedLinks
)

// StoreCorpus returns a Config.Corpus that assembles the corpus analysis
// from a store, as the corpus step does (pipeline.Assembly: every document
// with its own analysis, indexes made global, entities merged by id), then
// reads back the saved corpus-level results (pipeline.LoadResults: stories,
// groups, contradictions, and the links chain completion added to the
// claims' chains). The assembly is kept and rebuilt only when the number
// of stored documents or the saved results change (a relink, from the API's
// jobs or another process); concurrent requests wait for one build.
func StoreCorpus(st store.Store) func(context.Context) (*export.Analysis, error) {
	var mu sync.Mutex
	var cached *export.Analysis
	cachedDocs := -1
	cachedVersion := ""
	return func(ctx context.Context) (*export.Analysis, error) {
		stats, err := st.Stats(ctx)
		if err != nil {
			return nil, err
		}
		version, err := st.CorpusResultsVersion(ctx)
		if err != nil {
			return nil, err
		}
		mu.Lock()
		defer mu.Unlock()
		if cached != nil && stats.Documents == cachedDocs && version == cachedVersion {
			return cached, nil
		}
		a, err := assembleCorpus(ctx, st)
		if err != nil {
			return nil, err
		}
		cached, cachedDocs, cachedVersion = a, stats.Documents, version
		return a, nil
	}
}

func assembleCorpus(ctx context.Context, st store.Store) (*export.Analysis, error) {
	asm := pipeline.NewAssembly()
	err := st.ForEachAnalysis(ctx, func(d isnad.Document, da export.DocumentAnalysis) error {
		asm.Add(d, &da)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("assembling the corpus analysis: %w", err)
	}
	a := asm.Analysis()
	if err := pipeline.LoadResults(ctx, st, a); err != nil {
		return nil, err
	}
	return a, nil
}
