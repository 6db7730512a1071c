package judge

import (
	"strings"

	"github.com/isnad/isnad/export"
)

// Admiralty information grades.
const (
	Confirmed      = 1
	ProbablyTrue   = 2
	PossiblyTrue   = 3
	Doubtful       = 4
	Improbable     = 5
	CannotBeJudged = 6
)

// grade turns each group into its JSON form with the Admiralty grade:
//
//	6 nothing names where the claim comes from (no origin, unknown publisher);
//	5 denied or contradicted in polarity by claims with more independent origins;
//	1 two or more independent origins, at least one rated A or B, none below D,
//	  no contradiction and not hedged; also three or more rated C or better;
//	2 two or more independent origins otherwise (3 when contradicted);
//	  one origin rated A-B, unhedged, uncontradicted;
//	3 one origin rated C, or an otherwise better claim that is contradicted or hedged;
//	4 a single unnamed origin, an origin rated D-F, or hedging in most reports.
func (c *corpus) grade(groups [][]int, rel *Reliability, contras []export.Contradiction) []export.ClaimGroup {
	byClaim := map[string][]export.Contradiction{}
	for _, k := range contras {
		for _, id := range k.Claims {
			byClaim[id] = append(byClaim[id], k)
		}
	}
	groupOf := map[string]int{}
	for g, members := range groups {
		for _, i := range members {
			groupOf[c.a.Claims[i].ID] = g
		}
	}
	indep := make([]int, len(groups))
	out := make([]export.ClaimGroup, len(groups))
	for g, members := range groups {
		names, os, n := c.independentOrigins(members)
		indep[g] = n
		ids := make([]string, len(members))
		for k, i := range members {
			ids[k] = c.a.Claims[i].ID
		}
		if names == nil {
			names = []string{}
		}
		out[g] = export.ClaimGroup{ID: groupID(ids), Claims: ids, Origins: names, IndependentOrigins: n}
		_ = os
	}
	for g, members := range groups {
		f := c.facts(members, rel)
		f.independent = indep[g]
		for _, i := range members {
			for _, k := range byClaim[c.a.Claims[i].ID] {
				f.contradicted = append(f.contradicted, k)
				other := k.Claims[0]
				if other == c.a.Claims[i].ID {
					other = k.Claims[1]
				}
				if k.Attribute == "polarity" {
					if og, ok := groupOf[other]; ok && og != g && indep[og] > f.independent {
						f.outweighed = true
					}
				}
			}
		}
		grade := f.decide()
		out[g].Credibility = grade
		out[g].Reason, out[g].ReasonByLang = c.say(func(t texts) string { return f.reason(t, grade) })
	}
	return out
}

// facts are what a grade rests on, kept so the reason can name them.
type facts struct {
	reports      int
	independent  int
	origins      []string
	best, worst  byte // reliability letters of the origins
	anonymousAll bool
	unknownAll   bool
	hedged       int
	hedges       []string
	carriers     []string // outlets and agencies between publisher and origin
	contradicted []export.Contradiction
	outweighed   bool
}

func (c *corpus) facts(members []int, rel *Reliability) facts {
	names, os, _ := c.independentOrigins(members)
	f := facts{reports: len(members), origins: names, best: 'F', worst: 'A', anonymousAll: true, unknownAll: true}
	for _, o := range os {
		if !o.anonymous {
			f.anonymousAll = false
		}
		if !o.unknown {
			f.unknownAll = false
		}
		letter := byte('F')
		if !o.unknown {
			letter = rel.Of(o.kind, o.name).Letter
		}
		f.best = min(f.best, letter)
		f.worst = max(f.worst, letter)
	}
	seenHedge, seenCarrier := map[string]bool{}, map[string]bool{}
	for _, i := range members {
		cl := c.a.Claims[i]
		if len(cl.Hedges) > 0 {
			f.hedged++
		}
		for _, h := range cl.Hedges {
			if !seenHedge[h] {
				seenHedge[h] = true
				f.hedges = append(f.hedges, h)
			}
		}
		for k, l := range cl.Chain {
			if k < len(cl.Chain)-1 && (l.Kind == "outlet" || l.Kind == "agency") && !seenCarrier[l.Name] {
				seenCarrier[l.Name] = true
				f.carriers = append(f.carriers, l.Name)
			}
		}
	}
	return f
}

func (f facts) decide() int {
	heavyHedge := f.hedged*2 > f.reports
	var grade int
	switch {
	case f.unknownAll || f.independent == 0:
		grade = CannotBeJudged
	case f.outweighed:
		grade = Improbable
	case f.independent >= 2 && len(f.contradicted) == 0 && !heavyHedge && f.worst <= 'D' && (f.best <= 'B' || (f.independent >= 3 && f.best <= 'C')):
		grade = Confirmed
	case f.independent >= 2 && len(f.contradicted) == 0 && !heavyHedge:
		grade = ProbablyTrue
	case f.independent >= 2:
		grade = PossiblyTrue
	case f.anonymousAll || f.best >= 'D':
		grade = Doubtful
	case heavyHedge:
		grade = Doubtful
	case f.best <= 'B' && len(f.contradicted) == 0:
		grade = ProbablyTrue
	default:
		grade = PossiblyTrue
	}
	return grade
}

// reason is one sentence naming the facts behind the grade, in the
// language of t (data/judge/reasons.tsv).
func (f facts) reason(t texts, grade int) string {
	var b strings.Builder
	switch {
	case f.unknownAll:
		b.WriteString(t.f("unknown", f.reports))
	default:
		names := make([]string, len(f.origins))
		for k, n := range f.origins {
			switch n {
			case AnonymousOrigin:
				n = t.f("origin_anonymous")
			case UnknownPublisher:
				n = t.f("origin_unknown")
			}
			names[k] = n
		}
		b.WriteString(t.f("origins", f.independent, strings.Join(names, t.f("list")), f.best, f.reports))
	}
	if len(f.carriers) > 0 {
		b.WriteString(t.f("carried", strings.Join(f.carriers, t.f("list"))))
	}
	if f.anonymousAll && !f.unknownAll {
		b.WriteString(t.f("unnamed"))
	}
	if f.hedged > 0 {
		b.WriteString(t.f("hedged", f.hedged, f.reports, strings.Join(f.hedges, t.f("list"))))
	}
	if n := len(f.contradicted); n > 0 {
		attrs := map[string]bool{}
		var list []string
		for _, k := range f.contradicted {
			if !attrs[k.Attribute] {
				attrs[k.Attribute] = true
				list = append(list, t.f("attr_"+k.Attribute))
			}
		}
		b.WriteString(t.f("contradicted", strings.Join(list, t.f("and"))))
		if f.outweighed {
			b.WriteString(t.f("outweighed"))
		}
	}
	return b.String()
}
