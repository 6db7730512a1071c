package events

import "github.com/isnad/isnad/export"

// FromExport reads an event of the analysis JSON back into the form Network
// reads, so that a network can be drawn from a stored or printed analysis.
func FromExport(e export.Event) Event {
	ev := Event{ID: e.ID, Claim: e.Claim, Type: e.Type, Time: -1, Quantities: e.Quantities}
	if e.Place != nil {
		ev.Place = *e.Place
	}
	if e.Time != nil {
		ev.Time = *e.Time
	}
	for _, a := range e.Actors {
		ev.Actors = append(ev.Actors, Actor{Entity: a.Entity, Role: a.Role})
	}
	return ev
}
