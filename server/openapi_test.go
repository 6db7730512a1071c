package server

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestOpenAPICoversRoutes: every route of the table is in the OpenAPI
// document under its method, and the document names no route that is gone.
func TestOpenAPICoversRoutes(t *testing.T) {
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(openAPIDocument, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Errorf("openapi version %q, want 3.x", doc.OpenAPI)
	}
	s := &server{}
	routed := map[string]bool{}
	for _, rt := range s.routes() {
		method, path, ok := strings.Cut(rt.pattern, " ")
		if !ok {
			t.Errorf("route %q has no method", rt.pattern)
			continue
		}
		routed[path] = true
		if _, ok := doc.Paths[path][strings.ToLower(method)]; !ok {
			t.Errorf("route %s is not documented in openapi.json", rt.pattern)
		}
	}
	for path := range doc.Paths {
		if !routed[path] {
			t.Errorf("openapi.json documents %s, which no route serves", path)
		}
	}
}
