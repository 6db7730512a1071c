package judge

// actorClash: two reports of one assertion give the same event (a frame of
// the events stage: meet, attack, supply …) to different agents — "the
// regime handed over the city" against "the Kurdish forces handed over the
// city". To be the same event told with another agent, each claim must
// have exactly one event of the type, both must name the same other
// participant (target, counterpart) or place, and their agents share none
// and none belongs to another (a unit and its parent body are one agent);
// neither claim may name the other's agent at all (a claim naming both is
// more likely read differently than told differently).
func (c *corpus) actorClash(i, j int) (clash, bool) {
	evi, evj := c.events[c.a.Claims[i].ID], c.events[c.a.Claims[j].ID]
	for _, ei := range evi {
		for _, ej := range evj {
			if ei.Type != ej.Type || ei.Type == "other" || countType(evi, ei.Type) != 1 || countType(evj, ej.Type) != 1 {
				continue
			}
			ai, aj := agents(ei), agents(ej)
			if len(ai) == 0 || len(aj) == 0 || c.agentsMeet(ai, aj) || !sameSetting(ei, ej) {
				continue
			}
			if c.mentionsAny(i, aj) || c.mentionsAny(j, ai) {
				continue // both claims name both actors: a reading difference, not a swap
			}
			x, y := c.name(ai[0]), c.name(aj[0])
			typ := ei.Type
			return clash{x, y, func(t texts) string { return t.f("actor", t.eventName(typ), x, y) }}, true
		}
	}
	return clash{}, false
}

func agents(e eventRef) []string {
	var out []string
	for _, a := range e.Actors {
		if a.Role == "agent" {
			out = append(out, a.Entity)
		}
	}
	return out
}

func (c *corpus) agentsMeet(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y || c.inside(x, y) || c.inside(y, x) {
				return true
			}
		}
	}
	return false
}

func countType(evs []eventRef, typ string) int {
	n := 0
	for _, e := range evs {
		if e.Type == typ {
			n++
		}
	}
	return n
}

// sameSetting reports whether two events share a participant other than
// the agent, or their place.
func sameSetting(a, b eventRef) bool {
	if a.Place != nil && b.Place != nil && *a.Place == *b.Place {
		return true
	}
	for _, x := range a.Actors {
		if x.Role == "agent" {
			continue
		}
		for _, y := range b.Actors {
			if y.Role != "agent" && y.Entity == x.Entity {
				return true
			}
		}
	}
	return false
}

// mentionsAny reports whether claim i mentions one of the entities.
func (c *corpus) mentionsAny(i int, ents []string) bool {
	for _, m := range c.mentionsIn(i) {
		for _, e := range ents {
			if m.ent == e {
				return true
			}
		}
	}
	return false
}
