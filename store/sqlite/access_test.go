package sqlite

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/isnad/isnad/store"
)

func TestTokens(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	hash := strings.Repeat("ab", 32)
	for _, tok := range []store.Token{
		{ID: "t1", Name: "مكتب الرياض", Role: store.RoleReader, SecretHash: hash},
		{ID: "t2", Name: "ops", Role: store.RoleAdmin, SecretHash: hash},
	} {
		if err := s.CreateToken(ctx, tok); err != nil {
			t.Fatal(err)
		}
	}
	bad := []store.Token{
		{ID: "t1", Role: store.RoleReader, SecretHash: hash},  // id taken
		{ID: "t3", Role: "root", SecretHash: hash},            // no such role
		{ID: "t4", Role: store.RoleReader, SecretHash: "abc"}, // not a hash
		{ID: "", Role: store.RoleReader, SecretHash: hash},
	}
	for _, tok := range bad {
		if err := s.CreateToken(ctx, tok); err == nil {
			t.Errorf("CreateToken(%+v) succeeded", tok)
		}
	}
	got, err := s.Token(ctx, "t1")
	if err != nil || got.Name != "مكتب الرياض" || got.Role != store.RoleReader || got.SecretHash != hash || got.CreatedAt.IsZero() {
		t.Errorf("Token(t1) = %+v, %v", got, err)
	}
	list, err := s.Tokens(ctx)
	if err != nil || len(list) != 2 {
		t.Fatalf("Tokens = %+v, %v; want 2", list, err)
	}
	if err := s.RevokeToken(ctx, "t1"); err != nil {
		t.Fatal(err)
	}
	if err := s.RevokeToken(ctx, "t1"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("revoking twice: %v, want not found", err)
	}
	if _, err := s.Token(ctx, "t1"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("revoked token still found: %v", err)
	}
}

func TestReliabilityOverrides(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	for _, r := range []store.SourceReliability{
		{Name: "وكالة رويترز;رويترز", Letter: "C", Note: "first", UpdatedBy: "local"},
		{Name: "وكالة رويترز;رويترز", Letter: "A", Note: "second", UpdatedBy: "ana"},
		{Name: "kind:person", Letter: "D"},
	} {
		if err := s.PutReliabilityOverride(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	for _, r := range []store.SourceReliability{
		{Name: "x", Letter: "G"},
		{Name: "x", Letter: "a"},
		{Name: "", Letter: "A"},
		{Name: "a\tb", Letter: "A"},
		{Name: "x", Letter: "A", Note: "two\nlines"},
		{Name: "# comment", Letter: "A"},
	} {
		if err := s.PutReliabilityOverride(ctx, r); err == nil {
			t.Errorf("PutReliabilityOverride(%+v) succeeded", r)
		}
	}
	list, err := s.ReliabilityOverrides(ctx)
	if err != nil || len(list) != 2 {
		t.Fatalf("ReliabilityOverrides = %+v, %v; want 2", list, err)
	}
	if list[1].Name != "وكالة رويترز;رويترز" || list[1].Letter != "A" || list[1].Note != "second" || list[1].UpdatedBy != "ana" {
		t.Errorf("replaced override = %+v", list[1])
	}
	if err := s.DeleteReliabilityOverride(ctx, "kind:person"); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteReliabilityOverride(ctx, "kind:person"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("deleting twice: %v, want not found", err)
	}
}

func TestCorpusResultsVersionChangesOnEverySave(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	seen := map[string]bool{}
	v, err := s.CorpusResultsVersion(ctx)
	if err != nil || v != "" {
		t.Fatalf("empty store: version %q, %v", v, err)
	}
	seen[v] = true
	for i, key := range []string{"stories", "stories", "claim_groups", "stories"} {
		if err := s.PutCorpusResults(ctx, key, []byte(`[]`)); err != nil {
			t.Fatal(err)
		}
		v, err := s.CorpusResultsVersion(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if seen[v] {
			t.Errorf("save %d (%s): version %q seen before", i, key, v)
		}
		seen[v] = true
	}
}
