package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"testing"

	"github.com/isnad/isnad"
)

func TestJSONLRecordsNameTheirArray(t *testing.T) {
	a := NewAnalysis()
	a.Documents = append(a.Documents, FromDocument(isnad.Document{ID: "d:1", Text: "نص"}))
	a.Stories = append(a.Stories, Story{ID: "s:1", Documents: []string{"d:1"}, Kind: "rewrite"})
	var buf bytes.Buffer
	if err := WriteJSONL(&buf, a); err != nil {
		t.Fatal(err)
	}
	var records []string
	sc := bufio.NewScanner(&buf)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("line %q is not JSON: %v", sc.Text(), err)
		}
		records = append(records, m["record"].(string))
	}
	want := []string{"version", "documents", "stories"}
	if len(records) != len(want) {
		t.Fatalf("records %v, want %v", records, want)
	}
	for i := range want {
		if records[i] != want[i] {
			t.Errorf("record %d is %q, want %q", i, records[i], want[i])
		}
	}
}

func TestEmptyAnalysisHasEveryArray(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, NewAnalysis()); err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(buf.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"documents", "entities", "times", "quantities", "claims", "events", "stories", "claim_groups", "contradictions"} {
		if string(m[k]) != "[]" {
			t.Errorf("%s = %s, want []", k, m[k])
		}
	}
	if _, ok := m["errors"]; ok {
		t.Errorf("errors present although nothing failed")
	}
}

func TestNullsForUnknownDocumentFields(t *testing.T) {
	b, err := json.Marshal(FromDocument(isnad.Document{ID: "d:1"}))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	json.Unmarshal(b, &m)
	for _, k := range []string{"outlet", "published", "published_from"} {
		if string(m[k]) != "null" {
			t.Errorf("%s = %s, want null", k, m[k])
		}
	}
	for _, k := range []string{"removed", "credits"} {
		if string(m[k]) != "[]" {
			t.Errorf("%s = %s, want []", k, m[k])
		}
	}
}
