package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/search"
)

// TestHitJSON fixes the shape the HTTP API and `isnad search --json` print.
func TestHitJSON(t *testing.T) {
	h := Hit{
		ID: "d:1", Title: "عنوان", Outlet: "okaz", Published: "2015-07-21", Score: 1.5,
		Snippet: search.Snippet{Text: "قال داعش", Marks: []search.Mark{{Start: 4, End: 8}}, Start: 10, End: 18, After: true},
	}
	b, err := json.Marshal(h)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"id":"d:1","title":"عنوان","outlet":"okaz","published":"2015-07-21","score":1.5,` +
		`"snippet":{"text":"قال داعش","marks":[{"start":4,"end":8}],"start":10,"end":18,"cut_before":false,"cut_after":true}}`
	if string(b) != want {
		t.Errorf("Hit JSON\n got %s\nwant %s", b, want)
	}
}

func TestErrors(t *testing.T) {
	err := fmt.Errorf("reading: %w", &NotFoundError{Kind: "document", ID: "d:x"})
	if !errors.Is(err, ErrNotFound) || err.Error() != "reading: document d:x not found" {
		t.Errorf("NotFoundError = %q, Is(ErrNotFound) = %v", err, errors.Is(err, ErrNotFound))
	}
	if New.String() != "new" || Duplicate.String() != "duplicate" || PutStatus(0).String() != "unknown" {
		t.Error("PutStatus names are wrong")
	}
}

func TestValidate(t *testing.T) {
	ok := isnad.Document{ID: "d:1", Text: "نص", Published: "2015-07-21"}
	tests := []struct {
		name string
		edit func(*isnad.Document)
		bad  bool
	}{
		{"valid", func(*isnad.Document) {}, false},
		{"no date is fine", func(d *isnad.Document) { d.Published = "" }, false},
		{"no id", func(d *isnad.Document) { d.ID = "" }, true},
		{"date not ISO", func(d *isnad.Document) { d.Published = "2015/07/21" }, true},
		{"invalid UTF-8 text", func(d *isnad.Document) { d.Text = "\xff" }, true},
		{"invalid UTF-8 title", func(d *isnad.Document) { d.Title = "a\xc3" }, true},
	}
	for _, tt := range tests {
		d := ok
		tt.edit(&d)
		err := Validate(7, d)
		var inv *InvalidDocumentError
		if bad := errors.As(err, &inv); bad != tt.bad || (bad && inv.Index != 7) {
			t.Errorf("%s: Validate = %v, want invalid %v", tt.name, err, tt.bad)
		}
	}
}
