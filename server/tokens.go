package server

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/isnad/isnad/store"
)

// A token as clients send it is "isnad_<id>_<secret>": the id finds the
// stored row, the secret (32 random bytes, base64url) is checked against the
// row's SHA-256 in constant time. Only the hash is stored, so a copy of the
// store grants no access.
const (
	tokenPrefix      = "isnad_"
	tokenIDBytes     = 6
	tokenSecretBytes = 32
	maxTokenLength   = 200
)

// NewToken makes a token of role: the row to store and the secret to hand
// to its holder once (it cannot be recovered later).
func NewToken(role, name string) (store.Token, string, error) {
	if store.RoleRank(role) == 0 {
		return store.Token{}, "", fmt.Errorf("role %q: want one of %s", role, strings.Join(store.Roles(), ", "))
	}
	id := make([]byte, tokenIDBytes)
	secret := make([]byte, tokenSecretBytes)
	if _, err := rand.Read(id); err != nil {
		return store.Token{}, "", fmt.Errorf("making a token: %w", err)
	}
	if _, err := rand.Read(secret); err != nil {
		return store.Token{}, "", fmt.Errorf("making a token: %w", err)
	}
	s := base64.RawURLEncoding.EncodeToString(secret)
	t := store.Token{ID: hex.EncodeToString(id), Name: name, Role: role, SecretHash: hashSecret(s), CreatedAt: time.Now().UTC()}
	return t, tokenPrefix + t.ID + "_" + s, nil
}

func hashSecret(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

// errBadToken is every failure of a presented token alike, so that an
// answer does not tell which part was wrong.
var errBadToken = unauthorized("invalid or revoked access token")

// checkToken finds the stored token of a presented one.
func checkToken(ctx context.Context, st store.AccessStore, presented string) (store.Token, error) {
	rest, ok := strings.CutPrefix(presented, tokenPrefix)
	if !ok || len(presented) > maxTokenLength {
		return store.Token{}, errBadToken
	}
	id, secret, ok := strings.Cut(rest, "_")
	if !ok || len(id) != 2*tokenIDBytes || secret == "" {
		return store.Token{}, errBadToken
	}
	if _, err := hex.DecodeString(id); err != nil {
		return store.Token{}, errBadToken
	}
	t, err := st.Token(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return store.Token{}, errBadToken
	}
	if err != nil {
		return store.Token{}, err
	}
	if subtle.ConstantTimeCompare([]byte(hashSecret(secret)), []byte(t.SecretHash)) != 1 {
		return store.Token{}, errBadToken
	}
	return t, nil
}

// newTokenRequest is the body of POST /api/tokens.
type newTokenRequest struct {
	Role string `json:"role"`
	Name string `json:"name"`
}

// createdToken answers POST /api/tokens: the secret is shown this once.
type createdToken struct {
	Token  store.Token `json:"token"`
	Secret string      `json:"secret"`
}

func (s *server) listTokens(r *http.Request) (any, error) {
	ts, err := s.cfg.Store.Tokens(r.Context())
	if err != nil {
		return nil, err
	}
	if ts == nil {
		ts = []store.Token{}
	}
	return map[string]any{"tokens": ts}, nil
}

func (s *server) createToken(r *http.Request) (any, error) {
	var req newTokenRequest
	if err := decodeBody(r, &req); err != nil {
		return nil, err
	}
	if len(req.Name) > store.MaxTokenNameBytes {
		return nil, badRequest(fmt.Sprintf("name: at most %d bytes", store.MaxTokenNameBytes))
	}
	t, secret, err := NewToken(req.Role, req.Name)
	if err != nil {
		return nil, badRequest(err.Error())
	}
	if err := s.cfg.Store.CreateToken(r.Context(), t); err != nil {
		return nil, err
	}
	s.log.Info("token created", "id", t.ID, "role", t.Role, "by", principalOf(r).name)
	return created{createdToken{Token: t, Secret: secret}}, nil
}

func (s *server) revokeToken(r *http.Request) (any, error) {
	id := r.PathValue("id")
	if err := s.cfg.Store.RevokeToken(r.Context(), id); err != nil {
		return nil, err
	}
	s.log.Info("token revoked", "id", id, "by", principalOf(r).name)
	return map[string]string{"revoked": id}, nil
}
