package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/isnad/isnad/store"
)

// CreateToken stores a new token; see store.AccessStore.
func (s *Store) CreateToken(ctx context.Context, t store.Token) error {
	if err := store.ValidateToken(t); err != nil {
		return err
	}
	if t.CreatedAt.IsZero() {
		t.CreatedAt = time.Now()
	}
	_, err := s.write.ExecContext(ctx,
		"INSERT INTO api_tokens (id, name, role, secret_hash, created_at) VALUES (?, ?, ?, ?, ?)",
		t.ID, t.Name, t.Role, t.SecretHash, t.CreatedAt.UTC().Format(time.RFC3339))
	if err != nil {
		return fmt.Errorf("storing token %s in %s: %w", t.ID, s.path, err)
	}
	return nil
}

// Token returns one token; see store.AccessStore.
func (s *Store) Token(ctx context.Context, id string) (store.Token, error) {
	row := s.read.QueryRowContext(ctx,
		"SELECT id, name, role, secret_hash, created_at FROM api_tokens WHERE id = ?", id)
	t, err := scanToken(row)
	if err != nil {
		return store.Token{}, fmt.Errorf("reading token %s from %s: %w", id, s.path, notFound(err, "token", id))
	}
	return t, nil
}

// Tokens lists every token; see store.AccessStore.
func (s *Store) Tokens(ctx context.Context) ([]store.Token, error) {
	rows, err := s.read.QueryContext(ctx,
		"SELECT id, name, role, secret_hash, created_at FROM api_tokens ORDER BY created_at, id")
	if err != nil {
		return nil, fmt.Errorf("listing tokens in %s: %w", s.path, err)
	}
	defer rows.Close()
	var out []store.Token
	for rows.Next() {
		t, err := scanToken(rows)
		if err != nil {
			return nil, fmt.Errorf("listing tokens in %s: %w", s.path, err)
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// RevokeToken deletes a token; see store.AccessStore.
func (s *Store) RevokeToken(ctx context.Context, id string) error {
	res, err := s.write.ExecContext(ctx, "DELETE FROM api_tokens WHERE id = ?", id)
	return deleted(res, err, fmt.Sprintf("revoking token %s in %s", id, s.path), "token", id)
}

// ReliabilityOverrides lists the analysts' letters; see store.AccessStore.
func (s *Store) ReliabilityOverrides(ctx context.Context) ([]store.SourceReliability, error) {
	rows, err := s.read.QueryContext(ctx,
		"SELECT name, letter, note, updated_at, updated_by FROM source_reliability ORDER BY name")
	if err != nil {
		return nil, fmt.Errorf("listing source reliability in %s: %w", s.path, err)
	}
	defer rows.Close()
	var out []store.SourceReliability
	for rows.Next() {
		var r store.SourceReliability
		var at string
		if err := rows.Scan(&r.Name, &r.Letter, &r.Note, &at, &r.UpdatedBy); err != nil {
			return nil, fmt.Errorf("listing source reliability in %s: %w", s.path, err)
		}
		r.UpdatedAt, _ = time.Parse(time.RFC3339, at) // written by this package
		out = append(out, r)
	}
	return out, rows.Err()
}

// PutReliabilityOverride sets a source's letter; see store.AccessStore.
func (s *Store) PutReliabilityOverride(ctx context.Context, r store.SourceReliability) error {
	if err := store.ValidateReliability(r); err != nil {
		return err
	}
	if r.UpdatedAt.IsZero() {
		r.UpdatedAt = time.Now()
	}
	_, err := s.write.ExecContext(ctx, `
		INSERT INTO source_reliability (name, letter, note, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (name) DO UPDATE SET letter = excluded.letter, note = excluded.note,
			updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
		r.Name, r.Letter, r.Note, r.UpdatedAt.UTC().Format(time.RFC3339), r.UpdatedBy)
	if err != nil {
		return fmt.Errorf("saving the reliability of %q in %s: %w", r.Name, s.path, err)
	}
	return nil
}

// DeleteReliabilityOverride removes an override; see store.AccessStore.
func (s *Store) DeleteReliabilityOverride(ctx context.Context, name string) error {
	res, err := s.write.ExecContext(ctx, "DELETE FROM source_reliability WHERE name = ?", name)
	return deleted(res, err, fmt.Sprintf("removing the reliability of %q in %s", name, s.path), "source reliability", name)
}

func scanToken(row interface{ Scan(...any) error }) (store.Token, error) {
	var t store.Token
	var at string
	if err := row.Scan(&t.ID, &t.Name, &t.Role, &t.SecretHash, &at); err != nil {
		return store.Token{}, err
	}
	t.CreatedAt, _ = time.Parse(time.RFC3339, at) // written by this package
	return t, nil
}

// deleted turns a DELETE's outcome into nil, a *store.NotFoundError when no
// row went, or the error wrapped with what was being done.
func deleted(res sql.Result, err error, doing, kind, id string) error {
	if err != nil {
		return fmt.Errorf("%s: %w", doing, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("%s: %w", doing, err)
	}
	if n == 0 {
		return &store.NotFoundError{Kind: kind, ID: id}
	}
	return nil
}
