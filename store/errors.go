package store

import (
	"errors"
	"fmt"
)

// ErrNotFound matches every *NotFoundError with errors.Is.
var ErrNotFound = errors.New("not found")

// NotFoundError says that something asked for by id is not in the store.
type NotFoundError struct {
	Kind string // "document", later "claim", "entity" …
	ID   string
}

func (e *NotFoundError) Error() string {
	return fmt.Sprintf("%s %s not found", e.Kind, e.ID)
}

// Is makes errors.Is(err, ErrNotFound) true.
func (e *NotFoundError) Is(target error) bool { return target == ErrNotFound }

// InvalidDocumentError refuses a document that cannot be stored; its batch is
// not stored either.
type InvalidDocumentError struct {
	Index  int    // position in the batch
	ID     string // the document's id, possibly ""
	Reason string
}

func (e *InvalidDocumentError) Error() string {
	return fmt.Sprintf("document %d (%q) of the batch cannot be stored: %s", e.Index, e.ID, e.Reason)
}
