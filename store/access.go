package store

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// Roles of API tokens, each allowing what the one before allows and more.
const (
	RoleReader  = "reader"  // read every API endpoint
	RoleAnalyst = "analyst" // and upload documents, edit source reliability
	RoleAdmin   = "admin"   // and manage tokens
)

// Roles lists the roles, least allowed first.
func Roles() []string { return []string{RoleReader, RoleAnalyst, RoleAdmin} }

// RoleRank orders roles (reader 1, analyst 2, admin 3); 0 for an unknown role.
func RoleRank(role string) int {
	switch role {
	case RoleReader:
		return 1
	case RoleAnalyst:
		return 2
	case RoleAdmin:
		return 3
	}
	return 0
}

// Token is an API access token as stored: never its secret, only the hex
// SHA-256 of it.
type Token struct {
	ID         string    `json:"id"`
	Name       string    `json:"name"`
	Role       string    `json:"role"`
	SecretHash string    `json:"-"`
	CreatedAt  time.Time `json:"created_at"`
}

// SourceReliability is an analyst's reliability letter for one source,
// overriding the shipped table's row of the same name.
type SourceReliability struct {
	// Name as in the reliability table's first column: a canonical name,
	// several spellings separated by ";", or "kind:X" for a kind's default.
	Name      string    `json:"name"`
	Letter    string    `json:"letter"` // A … F
	Note      string    `json:"note"`
	UpdatedAt time.Time `json:"updated_at"`
	UpdatedBy string    `json:"updated_by"`
}

// AccessStore keeps the API's tokens and the analysts' edits of source
// reliability.
type AccessStore interface {
	// CreateToken stores a new token; t.ID must be new.
	CreateToken(ctx context.Context, t Token) error
	// Token returns one token; a *NotFoundError (kind "token") when none.
	Token(ctx context.Context, id string) (Token, error)
	// Tokens lists every token, oldest first.
	Tokens(ctx context.Context) ([]Token, error)
	// RevokeToken deletes a token; a *NotFoundError when none.
	RevokeToken(ctx context.Context, id string) error

	// ReliabilityOverrides lists the analysts' reliability letters by name.
	ReliabilityOverrides(ctx context.Context) ([]SourceReliability, error)
	// PutReliabilityOverride sets (or replaces) the letter of r.Name.
	PutReliabilityOverride(ctx context.Context, r SourceReliability) error
	// DeleteReliabilityOverride removes an override, so that the shipped
	// table's row applies again; a *NotFoundError when there was none.
	DeleteReliabilityOverride(ctx context.Context, name string) error
}

// Bounds on what AccessStore accepts.
const (
	MaxTokenNameBytes = 200
	MaxSourceBytes    = 500  // a reliability row's name
	MaxNoteBytes      = 2000 // a reliability row's note
)

// ValidateToken checks a token before it is stored.
func ValidateToken(t Token) error {
	switch {
	case t.ID == "" || len(t.ID) > 64:
		return fmt.Errorf("token id %q: want 1 to 64 characters", t.ID)
	case RoleRank(t.Role) == 0:
		return fmt.Errorf("token role %q: want one of %s", t.Role, strings.Join(Roles(), ", "))
	case len(t.Name) > MaxTokenNameBytes || !utf8.ValidString(t.Name):
		return fmt.Errorf("token name: want valid UTF-8 of at most %d bytes", MaxTokenNameBytes)
	case len(t.SecretHash) != 64:
		return fmt.Errorf("token secret hash: want 64 hex digits")
	}
	return nil
}

// ValidateReliability checks an override before it is stored: the name and
// note must fit one line of the tab-separated reliability table.
func ValidateReliability(r SourceReliability) error {
	name := strings.TrimSpace(r.Name)
	switch {
	case name == "" || name == "kind:":
		return fmt.Errorf("source reliability: no source name")
	case len(r.Name) > MaxSourceBytes:
		return fmt.Errorf("source reliability: name of %d bytes exceeds the limit of %d", len(r.Name), MaxSourceBytes)
	case len(r.Note) > MaxNoteBytes:
		return fmt.Errorf("source reliability: note of %d bytes exceeds the limit of %d", len(r.Note), MaxNoteBytes)
	case !utf8.ValidString(r.Name) || !utf8.ValidString(r.Note):
		return fmt.Errorf("source reliability: not valid UTF-8")
	case strings.ContainsAny(r.Name, "\t\r\n\x00") || strings.ContainsAny(r.Note, "\t\r\n\x00"):
		return fmt.Errorf("source reliability: name and note cannot hold tabs, line breaks or NUL")
	case strings.HasPrefix(name, "#"):
		return fmt.Errorf("source reliability: a name cannot start with #")
	case len(r.Letter) != 1 || r.Letter[0] < 'A' || r.Letter[0] > 'F':
		return fmt.Errorf("source reliability of %q: letter %q is not one of A-F", r.Name, r.Letter)
	}
	return nil
}
