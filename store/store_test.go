package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/export"
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
	if New.String() != "new" || Duplicate.String() != "duplicate" || Analysed.String() != "analysed" || PutStatus(0).String() != "unknown" {
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

func TestValidateAnalyzed(t *testing.T) {
	one := 0
	out := 5
	bad := "\xff"
	d := isnad.Document{ID: "d:1", Text: "نص", Published: "2015-07-21"}
	ok := func() *export.DocumentAnalysis {
		return &export.DocumentAnalysis{Doc: "d:1",
			Entities:   []export.Entity{{ID: "e:a", Mentions: []export.Mention{{Start: 0, End: 2}}}},
			Times:      []export.Time{{Start: 0, End: 1}},
			Quantities: []export.Quantity{{Start: 1, End: 2}},
			Claims:     []export.Claim{{ID: "c:1", Start: 0, End: 2, Times: []int{0}, Quantities: []int{0}}},
			Events:     []export.Event{{ID: "v:1", Time: &one, Quantities: []int{0}}},
		}
	}
	tests := []struct {
		name string
		edit func(*export.DocumentAnalysis)
		want string // "" when valid
	}{
		{"valid", func(*export.DocumentAnalysis) {}, ""},
		{"another document", func(a *export.DocumentAnalysis) { a.Doc = "d:2" }, "made for document"},
		{"entity without id", func(a *export.DocumentAnalysis) { a.Entities[0].ID = "" }, "no id"},
		{"mention backwards", func(a *export.DocumentAnalysis) { a.Entities[0].Mentions[0].Start = 3 }, "bad mention"},
		{"negative time span", func(a *export.DocumentAnalysis) { a.Times[0].Start = -1 }, "time 0"},
		{"claim time out of range", func(a *export.DocumentAnalysis) { a.Claims[0].Times = []int{1} }, "time 1 out of range"},
		{"claim quantity out of range", func(a *export.DocumentAnalysis) { a.Claims[0].Quantities = []int{-1} }, "quantity -1 out of range"},
		{"event time out of range", func(a *export.DocumentAnalysis) { a.Events[0].Time = &out }, "time 5 out of range"},
		{"NUL in a hedge", func(a *export.DocumentAnalysis) { a.Claims[0].Hedges = []string{"a\x00"} }, "not valid UTF-8"},
		{"invalid UTF-8 in a chain", func(a *export.DocumentAnalysis) { a.Claims[0].Chain = []export.Link{{Name: bad}} }, "not valid UTF-8"},
	}
	for _, tt := range tests {
		a := ok()
		tt.edit(a)
		err := ValidateAnalyzed(2, Analyzed{Doc: d, Analysis: a})
		if tt.want == "" {
			if err != nil {
				t.Errorf("%s: %v", tt.name, err)
			}
			continue
		}
		var inv *InvalidDocumentError
		if !errors.As(err, &inv) || inv.Index != 2 || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: ValidateAnalyzed = %v, want an error at index 2 saying %q", tt.name, err, tt.want)
		}
	}
	if err := ValidateAnalyzed(0, Analyzed{Doc: isnad.Document{}}); err == nil {
		t.Error("a document without id passed")
	}
}

func TestSplitValid(t *testing.T) {
	good := Analyzed{Doc: isnad.Document{ID: "d:1", Text: "نص"}}
	bad := Analyzed{Doc: isnad.Document{ID: "d:2", Text: "\xff"}}
	kept, refused := SplitValid([]Analyzed{bad, good, bad})
	if len(kept) != 1 || kept[0].Doc.ID != "d:1" || len(refused) != 2 {
		t.Fatalf("SplitValid kept %v, refused %v", kept, refused)
	}
	var inv *InvalidDocumentError
	if !errors.As(refused[1], &inv) || inv.Index != 2 {
		t.Errorf("second refusal %v, want index 2", refused[1])
	}
}
