package sqlite

import (
	"context"
	"fmt"
)

// DataVersion names the state of everything a read of the store depends
// on: the documents' highest rowid (documents are only ever added, see
// docsKey) and the corpus results' version (CorpusResultsVersion). It is one
// prepared query, for a server that checks it on every request to know
// whether an answer it keeps is still right.
func (s *Store) DataVersion(ctx context.Context) (string, error) {
	var v string
	err := s.queryRow(ctx, `
		SELECT (SELECT coalesce(max(rowid), 0) FROM documents) || ' ' ||
		       (SELECT coalesce(group_concat(key || '@' || updated_at, ' '), '')
		        FROM (SELECT key, updated_at FROM corpus_results ORDER BY key))`).Scan(&v)
	if err != nil {
		return "", fmt.Errorf("reading the version of %s: %w", s.path, err)
	}
	return v, nil
}
