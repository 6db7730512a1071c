package server

import (
	"errors"
	"net/http"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/store"
)

// DocumentSummary is a document in a listing: everything but its text.
type DocumentSummary struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Outlet    string   `json:"outlet"`
	Published string   `json:"published"`
	URL       string   `json:"url,omitempty"`
	Source    string   `json:"source"`
	Credits   []string `json:"credits"`
	Chars     int      `json:"chars"` // code points of text
}

func summarize(d isnad.Document) DocumentSummary {
	credits := d.Credits
	if credits == nil {
		credits = []string{}
	}
	return DocumentSummary{ID: d.ID, Title: d.Title, Outlet: d.Outlet, Published: d.Published, URL: d.URL,
		Source: d.Source, Credits: credits, Chars: len([]rune(d.Text))}
}

// documents lists stored documents, newest first, by outlet and dates.
func (s *server) documents(r *http.Request) (any, error) {
	p, err := page(r)
	if err != nil {
		return nil, err
	}
	f, err := readFilters(r)
	if err != nil {
		return nil, err
	}
	dp, err := s.cfg.Store.Documents(r.Context(), f.Filter, p)
	if err != nil {
		return nil, err
	}
	items := make([]DocumentSummary, 0, len(dp.Documents))
	for _, d := range dp.Documents {
		items = append(items, summarize(d))
	}
	return listing[DocumentSummary]{Items: items, Total: dp.Total, Offset: p.Offset, Limit: p.Limit}, nil
}

// DocumentView is one document with its analysis (null when it was stored
// without one) and the stories it belongs to. Its claims' chains are the
// completed ones of the corpus analysis: the links inherited from another
// document's chain (chain completion) follow the document's own, marked
// with inherited_from, in Analysis.Claims as in Claims.
type DocumentView struct {
	Document export.Document          `json:"document"`
	Analysis *export.DocumentAnalysis `json:"analysis"`
	Claims   []ClaimView              `json:"claims"` // its claims with their grades
	Stories  []export.Story           `json:"stories"`
}

func (s *server) document(r *http.Request) (any, error) {
	id := r.PathValue("id")
	lang, err := language(r)
	if err != nil {
		return nil, err
	}
	d, err := s.cfg.Store.Document(r.Context(), id)
	if err != nil {
		return nil, err
	}
	v := DocumentView{Document: export.FromDocument(d), Claims: []ClaimView{}, Stories: []export.Story{}}
	a, err := s.cfg.Store.Analysis(r.Context(), id)
	switch {
	case err == nil:
		v.Analysis = &a
		v.Document.Recycled = a.Recycled
	case !errors.Is(err, store.ErrNotFound):
		return nil, err
	}
	x, err := s.corpus(r.Context())
	if err != nil {
		return nil, err
	}
	if v.Analysis != nil {
		for i := range v.Analysis.Claims {
			c := &v.Analysis.Claims[i]
			if cc := x.claims[c.ID]; cc != nil && len(cc.Chain) > len(c.Chain) {
				// The stored analysis is the document's own; the corpus
				// completed the chain from another document.
				c.Chain = cc.Chain
			}
			// Local indexes, as in the analysis's own lists.
			cv := x.viewIn(c, lang)
			cv.Outlet, cv.Published, cv.Title = v.Document.Outlet, v.Document.Published, v.Document.Title
			v.Claims = append(v.Claims, cv)
		}
	}
	for _, i := range x.storiesOf[id] {
		v.Stories = append(v.Stories, storyIn(x.a.Stories[i], lang))
	}
	return v, nil
}
