package server

import (
	"net/http"

	"github.com/isnad/isnad/store"
)

// route is one API endpoint with the least role that may call it (checked
// only when tokens are required); the table is also what the OpenAPI test
// checks against, so that every route is documented. The read routes whose
// answers depend only on the store go through the response cache (cache.go).
type route struct {
	pattern string // net/http ServeMux pattern, method first
	role    string // store.RoleReader, RoleAnalyst or RoleAdmin
	handler http.Handler
}

func (s *server) routes() []route {
	const reader, analyst, admin = store.RoleReader, store.RoleAnalyst, store.RoleAdmin
	return []route{
		{"GET /api/stats", reader, s.cached(s.api(s.stats))},
		{"GET /api/documents", reader, s.cached(s.api(s.documents))},
		{"GET /api/documents/{id}", reader, s.cached(s.api(s.document))},
		{"GET /api/search", reader, s.cached(s.api(s.search))},
		{"GET /api/claims", reader, s.cached(s.api(s.claims))},
		{"GET /api/claims/{id}", reader, s.cached(s.api(s.claim))},
		{"GET /api/entities", reader, s.cached(s.api(s.entities))},
		{"GET /api/entities/{id}", reader, s.cached(s.api(s.entity))},
		{"GET /api/groups", reader, s.cached(s.api(s.groups))},
		{"GET /api/contradictions", reader, s.cached(s.api(s.contradictions))},
		{"GET /api/stories", reader, s.cached(s.api(s.stories))},
		{"GET /api/graph", reader, s.cached(s.api(s.graph))},
		{"GET /api/timeline", reader, s.cached(s.api(s.timeline))},
		{"GET /api/openapi.json", reader, http.HandlerFunc(serveOpenAPI)},
		{"GET /api/whoami", reader, s.api(s.whoami)},
		{"GET /api/reliability", reader, s.api(s.reliability)},
		{"PUT /api/reliability/{name}", analyst, s.api(s.setReliability)},
		{"DELETE /api/reliability/{name}", analyst, s.api(s.clearReliability)},
		{"POST " + uploadPath, analyst, s.api(s.upload)},
		{"GET /api/jobs", analyst, s.api(s.listJobs)},
		{"GET /api/jobs/{id}", analyst, s.api(s.job)},
		{"GET /api/tokens", admin, s.api(s.listTokens)},
		{"POST /api/tokens", admin, s.api(s.createToken)},
		{"DELETE /api/tokens/{id}", admin, s.api(s.revokeToken)},
	}
}
