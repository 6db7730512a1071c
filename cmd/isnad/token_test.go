package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestTokenCommands: a token is printed once, listed without its secret,
// revoked; serving another address needs one.
func TestTokenCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "isnad.db")
	root := newRootCommand(new(strings.Builder), new(strings.Builder))
	root.SetArgs([]string{"--db", db, "serve", "--addr", "0.0.0.0:0"})
	if err := root.ExecuteContext(context.Background()); err == nil || !strings.Contains(err.Error(), "token create") {
		t.Errorf("serving 0.0.0.0 without tokens: %v, want a refusal naming token create", err)
	}

	if _, _, err := run(t, "--db", db, "token", "create", "--role", "root"); err == nil {
		t.Error("a token of role root was created")
	}
	secret, _, err := run(t, "--db", db, "token", "create", "--role", "analyst", "--name", "desk 1")
	if err != nil {
		t.Fatal(err)
	}
	secret = strings.TrimSpace(secret)
	if !strings.HasPrefix(secret, "isnad_") || len(secret) < 50 {
		t.Fatalf("token %q: want isnad_<id>_<secret>", secret)
	}
	id := strings.Split(secret, "_")[1]
	list, _, err := run(t, "--db", db, "token", "list")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(list, id) || !strings.Contains(list, "analyst") || !strings.Contains(list, "desk 1") {
		t.Errorf("token list lacks the token:\n%s", list)
	}
	if strings.Contains(list, secret[len("isnad_"+id+"_"):]) {
		t.Errorf("token list shows the secret:\n%s", list)
	}

	// With a token it serves, until its context ends.
	var out strings.Builder
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	root = newRootCommand(&out, new(strings.Builder))
	root.SetArgs([]string{"--db", db, "serve", "--addr", "0.0.0.0:0"})
	if err := root.ExecuteContext(ctx); err != nil || !strings.Contains(out.String(), "access tokens required") {
		t.Errorf("serving 0.0.0.0 with a token: %v\n%s", err, out.String())
	}

	if _, _, err := run(t, "--db", db, "token", "revoke", id); err != nil {
		t.Fatal(err)
	}
	if _, _, err := run(t, "--db", db, "token", "revoke", id); err == nil {
		t.Error("revoking twice succeeded")
	}
}
