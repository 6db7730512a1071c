package events

// clauseBreakWords end the reach of a trigger: past them another event is told.
var clauseBreakWords = map[string]bool{"حيث": true, "بينما": true, "فيما": true, "لكن": true, "اذ": true, "كما": true}

// intermediaryWords introduce a go-between (عبر، بوساطة، من خلال).
var intermediaryWords = map[string]bool{"عبر": true, "بوساطه": true, "بواسطه": true, "خلال": true}

// roles assigns the actors of the clause around the trigger at ws[i:i+n]. src
// marks the mentions of ms that are the claim's source (nil: none).
func roles(t trigger, ws []word, i, n int, ms []Mention, src []bool) ([]Actor, string) {
	lo, hi := clauseBounds(ws, i, n)
	var before, after []Mention
	var beforeAll []Mention // with the source, for a resumptive pronoun
	place := ""
	for k, m := range ms {
		if m.End <= ws[lo].start || m.Start >= ws[hi-1].end {
			continue
		}
		if m.Type == "LOC" {
			if place == "" {
				place = m.EntityID
			}
			continue
		}
		// the source reports the event; it acts in it only as announcer or
		// through a resumptive pronoun, both decided below on the whole list
		reporter := src != nil && src[k] && t.typ != Announce
		if m.End <= ws[i].start {
			beforeAll = append(beforeAll, m)
			if !reporter {
				before = append(before, m)
			}
		} else if m.Start >= ws[i+n-1].end && !reporter {
			after = append(after, m)
		}
	}
	second := Counterpart
	if t.typ == Attack || t.typ == Kill {
		second = Target
	}
	var out []Actor
	add := func(m Mention, role string) {
		for _, a := range out {
			if a.Entity == m.EntityID {
				return
			}
		}
		out = append(out, Actor{Entity: m.EntityID, Role: role})
	}
	switch {
	case t.noun:
		// "نفذ داعش هجوماً على …": the actor just before leads; else "هجوم X على Y":
		// the first actor after leads unless a preposition of participation comes first
		lead := len(before) > 0 && wordsBetween(ws, before[len(before)-1].End, ws[i].start) <= 2
		if lead {
			add(before[len(before)-1], Agent)
		}
		for k, m := range after {
			role := second
			// "هجوم داعش على …" leads with the attacker, but a killing's noun
			// takes its victim: "مقتل أسامة المهاجر"
			if k == 0 && !lead && t.typ != Meet && t.typ != Agree && t.typ != Kill && !participationBefore(ws, m) {
				role = Agent
			}
			if t.typ == Kill && handBefore(ws, m) {
				role = Agent // "مقتل X على يد Y"
			}
			if intermediaryBefore(ws, m) {
				role = Intermediary
			}
			add(m, role)
		}
		if len(before) > 0 && len(out) == 0 {
			add(before[len(before)-1], Agent)
		}
		if lead && (t.typ == Meet || t.typ == Agree) && len(out) == 1 {
			out = out[:0] // "عقد داعش لقاء" with no one to meet: no frame yet
		}
		if t.typ == Meet || t.typ == Agree {
			for k := range out {
				if out[k].Role != Intermediary {
					out[k].Role = Counterpart
				}
			}
		}
	default:
		rest := after
		if i > 0 && pronounSubjects[ws[i-1].fold] && len(beforeAll) > 0 {
			// "أعلنت أنها قتلت X": the subject is the one who announced, even
			// when that is the claim's source
			add(beforeAll[len(beforeAll)-1], Agent)
		} else if len(after) > 0 && !intermediaryBefore(ws, after[0]) && startsRightAfter(ws, i+n, after[0]) {
			add(after[0], Agent)
			rest = after[1:]
		} else if len(before) > 0 {
			add(before[len(before)-1], Agent)
		}
		for _, m := range rest {
			role := second
			if intermediaryBefore(ws, m) {
				role = Intermediary
			}
			add(m, role)
		}
	}
	if t.typ == Announce && len(out) > 0 {
		// who announced: what was announced has its own frames
		out = out[:1]
		out[0].Role = Agent
	}
	return out, place
}

// clauseBounds limits a trigger's reach to its clause.
func clauseBounds(ws []word, i, n int) (int, int) {
	lo := i
	for lo > 0 && !breaks(ws[lo-1]) {
		lo--
	}
	hi := i + n
	for hi < len(ws) && !breaks(ws[hi]) {
		hi++
	}
	return lo, hi
}

func breaks(w word) bool {
	if w.punct {
		return w.fold == "." || w.fold == "؛" || w.fold == ";"
	}
	return clauseBreakWords[w.fold]
}

// pronounSubjects carry the subject of the verb after them (أنها قتلت).
var pronounSubjects = map[string]bool{"انها": true, "انه": true, "انهم": true, "انهما": true, "بانها": true, "بانه": true}

// participationWords put the actor after them in a second role (على، ضد، بين، مع، لـ).
var participationWords = map[string]bool{"علي": true, "ضد": true, "بين": true, "مع": true, "الي": true}

// timeWords may stand between a verb and its subject (قتلت أمس القوات …).
var timeWords = map[string]bool{"امس": true, "اليوم": true, "مساء": true, "صباح": true, "فجر": true, "الاحد": true, "الاثنين": true, "الثلاثاء": true, "الاربعاء": true, "الخميس": true, "الجمعه": true, "السبت": true}

// startsRightAfter says whether mention m begins at word k, or after a time word.
func startsRightAfter(ws []word, k int, m Mention) bool {
	for j := k; j < len(ws) && j <= k+2; j++ {
		if ws[j].end > m.Start {
			return ws[j].start <= m.Start
		}
		if !timeWords[ws[j].fold] {
			return false
		}
	}
	return false
}

// wordsBetween counts the words from code point a to b.
func wordsBetween(ws []word, a, b int) int {
	n := 0
	for _, w := range ws {
		if w.start >= a && w.end <= b && !w.punct {
			n++
		}
	}
	return n
}

// participationBefore says whether the word before mention m is على، ضد، بين، مع.
func participationBefore(ws []word, m Mention) bool {
	for j := len(ws) - 1; j >= 0; j-- {
		if ws[j].end <= m.Start {
			return participationWords[ws[j].fold]
		}
	}
	return false
}

// handBefore says whether mention m follows "يد" (على يد، بيد): the hand a killing is
// done by.
func handBefore(ws []word, m Mention) bool {
	for j := len(ws) - 1; j >= 0; j-- {
		if ws[j].end <= m.Start {
			return ws[j].fold == "يد" || ws[j].fold == "بيد"
		}
	}
	return false
}

// intermediaryBefore says whether the word before mention m introduces a go-between.
func intermediaryBefore(ws []word, m Mention) bool {
	for j := len(ws) - 1; j >= 0; j-- {
		if ws[j].end <= m.Start {
			f := ws[j].fold
			if intermediaryWords[f] {
				return f != "خلال" || j > 0 && ws[j-1].fold == "من"
			}
			return false
		}
	}
	return false
}
