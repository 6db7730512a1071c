package pipeline

import (
	"github.com/isnad/isnad"
	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/extract/actors"
)

// Document converts one document's stage results to the form the store
// keeps, with indexes local to the document.
func Document(d isnad.Document, a *DocAnalysis) export.DocumentAnalysis {
	out := export.DocumentAnalysis{Doc: d.ID, Recycled: a.Recycled, Entities: []export.Entity{},
		Times: []export.Time{}, Quantities: []export.Quantity{}, Claims: []export.Claim{}, Events: []export.Event{}}
	for _, e := range actors.Merge([]actors.DocEntities{{Doc: d.ID, Entities: a.Entities}}) {
		out.Entities = append(out.Entities, exportEntity(e))
	}
	for _, t := range a.Times {
		out.Times = append(out.Times, exportTime(d.ID, t))
	}
	for _, q := range a.Quantities {
		out.Quantities = append(out.Quantities, exportQuantity(d.ID, q))
	}
	for _, cl := range a.Claims {
		out.Claims = append(out.Claims, exportClaim(d.ID, cl, a, 0, 0))
	}
	for _, e := range a.Events {
		out.Events = append(out.Events, exportEvent(e, 0, 0))
	}
	return out
}
