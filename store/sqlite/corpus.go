package sqlite

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/isnad/isnad/store"
)

// PutCorpusResults saves a corpus-level result under key; see
// store.AnalysisStore.
func (s *Store) PutCorpusResults(ctx context.Context, key string, v json.RawMessage) error {
	switch {
	case key == "":
		return fmt.Errorf("saving corpus results: no key")
	case len(v) > store.MaxCorpusResultBytes:
		return fmt.Errorf("saving corpus results %q: %d bytes exceed the limit of %d", key, len(v), store.MaxCorpusResultBytes)
	case !json.Valid(v):
		return fmt.Errorf("saving corpus results %q: not valid JSON", key)
	}
	_, err := s.write.ExecContext(ctx, `
		INSERT INTO corpus_results (key, value, updated_at) VALUES (?, ?, ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
		key, string(v), time.Now().UTC().Format(versionTime))
	if err != nil {
		return fmt.Errorf("saving corpus results %q in %s: %w", key, s.path, err)
	}
	return nil
}

// CorpusResults returns what was saved under key; see store.AnalysisStore.
func (s *Store) CorpusResults(ctx context.Context, key string) (json.RawMessage, error) {
	var v string
	err := s.read.QueryRowContext(ctx, "SELECT value FROM corpus_results WHERE key = ?", key).Scan(&v)
	if err != nil {
		return nil, fmt.Errorf("reading corpus results %q from %s: %w", key, s.path, notFound(err, "corpus results", key))
	}
	return json.RawMessage(v), nil
}

// versionTime is RFC 3339 with fixed nanoseconds: each save stamps its row
// with a time no other save shares, which CorpusResultsVersion reads.
const versionTime = "2006-01-02T15:04:05.000000000Z07:00"

// CorpusResultsVersion is every key with the time it was last saved; see
// store.AnalysisStore. It reads a few short rows, cheap enough for every
// request.
func (s *Store) CorpusResultsVersion(ctx context.Context) (string, error) {
	var v string
	err := s.queryRow(ctx, `
		SELECT coalesce(group_concat(key || '@' || updated_at, ' '), '')
		FROM (SELECT key, updated_at FROM corpus_results ORDER BY key)`).Scan(&v)
	if err != nil {
		return "", fmt.Errorf("reading the version of the corpus results in %s: %w", s.path, err)
	}
	return v, nil
}
