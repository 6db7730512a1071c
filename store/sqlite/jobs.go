package sqlite

import (
	"context"
	"fmt"
	"time"

	"github.com/isnad/isnad/store"
)

// jobTimeLayout keeps nanoseconds, so that jobs made in the same second
// list in the order they were made.
const jobTimeLayout = "2006-01-02T15:04:05.000000000Z07:00"

// PutJob stores a job record; see store.JobStore.
func (s *Store) PutJob(ctx context.Context, j store.JobRecord) error {
	if err := store.ValidateJob(j); err != nil {
		return fmt.Errorf("storing a job in %s: %w", s.path, err)
	}
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("storing job %s in %s: %w", j.ID, s.path, err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx,
		`INSERT INTO api_jobs (id, created_at, record) VALUES (?, ?, ?)
		 ON CONFLICT (id) DO UPDATE SET record = excluded.record`,
		j.ID, j.Created.UTC().Format(jobTimeLayout), string(j.JSON)); err != nil {
		return fmt.Errorf("storing job %s in %s: %w", j.ID, s.path, err)
	}
	if _, err := tx.ExecContext(ctx,
		`DELETE FROM api_jobs WHERE id NOT IN
		 (SELECT id FROM api_jobs ORDER BY created_at DESC, id DESC LIMIT ?)`,
		store.MaxJobRecords); err != nil {
		return fmt.Errorf("dropping old jobs in %s: %w", s.path, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("storing job %s in %s: %w", j.ID, s.path, err)
	}
	return nil
}

// Jobs lists job records, newest first; see store.JobStore.
func (s *Store) Jobs(ctx context.Context, limit int) ([]store.JobRecord, error) {
	rows, err := s.read.QueryContext(ctx,
		"SELECT id, created_at, record FROM api_jobs ORDER BY created_at DESC, id DESC LIMIT ?", max(limit, 0))
	if err != nil {
		return nil, fmt.Errorf("listing jobs in %s: %w", s.path, err)
	}
	defer rows.Close()
	var out []store.JobRecord
	for rows.Next() {
		var j store.JobRecord
		var created, record string
		if err := rows.Scan(&j.ID, &created, &record); err != nil {
			return nil, fmt.Errorf("listing jobs in %s: %w", s.path, err)
		}
		if j.Created, err = time.Parse(jobTimeLayout, created); err != nil {
			return nil, fmt.Errorf("listing jobs in %s: job %s: creation time %q: %w", s.path, j.ID, created, err)
		}
		j.JSON = []byte(record)
		out = append(out, j)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("listing jobs in %s: %w", s.path, err)
	}
	return out, nil
}
