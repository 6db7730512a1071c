package server

import "net/http"

// route is one API endpoint; the table is also what the OpenAPI test checks
// against, so that every route is documented.
type route struct {
	pattern string // net/http ServeMux pattern, method first
	handler http.Handler
}

func (s *server) routes() []route {
	return []route{
		{"GET /api/stats", s.api(s.stats)},
		{"GET /api/documents", s.api(s.documents)},
		{"GET /api/documents/{id}", s.api(s.document)},
		{"GET /api/search", s.api(s.search)},
		{"GET /api/claims", s.api(s.claims)},
		{"GET /api/claims/{id}", s.api(s.claim)},
		{"GET /api/entities", s.api(s.entities)},
		{"GET /api/entities/{id}", s.api(s.entity)},
		{"GET /api/groups", s.api(s.groups)},
		{"GET /api/contradictions", s.api(s.contradictions)},
		{"GET /api/stories", s.api(s.stories)},
		{"GET /api/graph", s.api(s.graph)},
		{"GET /api/timeline", s.api(s.timeline)},
		{"GET /api/openapi.json", http.HandlerFunc(serveOpenAPI)},
	}
}
