// Package report writes an analysis as a Markdown report an analyst reads:
// the corpus, the claims that matter with their chains, grades and reasons,
// the stories with their shared passages, the contradictions side by side,
// and the recycled documents. Arabic by default, English with "en".
package report

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"path"
	"slices"
	"strings"

	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/judge"
)

// MaxClaims is how many claim groups the report shows.
const MaxClaims = 30

// Write writes the report of a in language lang ("ar" or "en").
func Write(w io.Writer, a *export.Analysis, lang string) error {
	t, ok := texts[lang]
	if !ok {
		return fmt.Errorf("report language %q: want ar or en", lang)
	}
	b := bufio.NewWriter(w)
	r := &writer{w: b, t: t, a: a, claims: map[string]export.Claim{}, docs: map[string]export.Document{}}
	for _, c := range a.Claims {
		r.claims[c.ID] = c
	}
	for _, d := range a.Documents {
		r.docs[d.ID] = d
	}
	r.summary()
	r.groups()
	r.stories()
	r.contradictions()
	r.recycled()
	return b.Flush()
}

type writer struct {
	w      *bufio.Writer
	t      map[string]string
	a      *export.Analysis
	claims map[string]export.Claim
	docs   map[string]export.Document
}

func (r *writer) f(format string, args ...any) { fmt.Fprintf(r.w, format, args...) }

func (r *writer) summary() {
	r.f("# %s\n\n", r.t["title"])
	outlets := map[string]bool{}
	for _, d := range r.a.Documents {
		if d.Outlet != nil {
			outlets[*d.Outlet] = true
		}
	}
	multi := 0
	for _, g := range r.a.ClaimGroups {
		if len(g.Claims) > 1 {
			multi++
		}
	}
	r.f("- %s: %d (%s: %d)\n", r.t["documents"], len(r.a.Documents), r.t["outlets"], len(outlets))
	r.f("- %s: %d; %s: %d\n", r.t["claims"], len(r.a.Claims), r.t["repeated"], multi)
	r.f("- %s: %d; %s: %d\n\n", r.t["stories"], len(r.a.Stories), r.t["contradictions"], len(r.a.Contradictions))
}

// docLabel names a document by its outlet (or the outlet credited for it)
// and title, else its file name, else its id.
func (r *writer) docLabel(id string) string {
	d, ok := r.docs[id]
	if !ok {
		return id
	}
	label := clip(d.Title, 60)
	if label == "" && d.Source != "" {
		label = path.Base(d.Source)
	}
	if label == "" {
		label = id
	}
	switch {
	case d.Outlet != nil:
		return *d.Outlet + " — " + label
	case len(d.Credits) > 0:
		return fmt.Sprintf(r.t["credited"], strings.Join(d.Credits, r.t["list"])) + " — " + label
	}
	return label
}

// chain draws a chain as "outlet ← agency ← origin", publisher first.
func (r *writer) chain(c export.Claim) string {
	var parts []string
	if d, ok := r.docs[c.Doc]; ok && d.Outlet != nil {
		parts = append(parts, *d.Outlet)
	} else {
		parts = append(parts, r.t["publisher"])
	}
	for _, l := range c.Chain {
		name := l.Name
		if l.InheritedFrom != "" {
			name += "*"
		}
		if len(parts) > 0 && parts[len(parts)-1] == name {
			continue
		}
		parts = append(parts, name)
	}
	return strings.Join(parts, " ← ")
}

// groups lists the claims that matter: groups sorted by reports × importance
// (importance: more independent origins, then a better grade).
func (r *writer) groups() {
	r.f("## %s\n\n", r.t["claimsHeading"])
	gs := slices.Clone(r.a.ClaimGroups)
	score := func(g export.ClaimGroup) int { return len(g.Claims) * (1 + g.IndependentOrigins) }
	slices.SortStableFunc(gs, func(x, y export.ClaimGroup) int {
		return cmp.Or(score(y)-score(x), x.Credibility-y.Credibility, cmp.Compare(x.ID, y.ID))
	})
	n := 0
	for _, g := range gs {
		if n == MaxClaims {
			break
		}
		if len(g.Claims) < 2 && n >= MaxClaims/2 {
			continue
		}
		n++
		first := r.claims[g.Claims[0]]
		r.f("### %d. %s\n\n", n, clip(first.Text, 160))
		r.f("- %s: **%d** (%s) — %s\n", r.t["grade"], g.Credibility, r.t[fmt.Sprintf("grade%d", g.Credibility)], g.Reason)
		r.f("- %s: %d; %s: %s\n", r.t["independent"], g.IndependentOrigins, r.t["origins"], strings.Join(r.origins(g.Origins), r.t["list"]))
		for _, id := range g.Claims {
			c := r.claims[id]
			r.f("  - %s: %s\n", r.docLabel(c.Doc), r.chain(c))
		}
		r.f("\n")
	}
	r.f("%s\n\n", r.t["inheritedNote"])
}

func (r *writer) stories() {
	r.f("## %s\n\n", r.t["storiesHeading"])
	if len(r.a.Stories) == 0 {
		r.f("%s\n\n", r.t["none"])
		return
	}
	for _, s := range r.a.Stories {
		var names []string
		for _, d := range s.Documents {
			names = append(names, r.docLabel(d))
		}
		r.f("- **%s** (%s): %s — %s\n", r.word("kind_", s.Kind), s.ID, strings.Join(names, r.t["semi"]), r.storyEvidence(s))
		for _, p := range s.Pairs {
			for k, pa := range p.Passages {
				if k == 3 {
					break
				}
				r.f("  > %s\n  > ↔ %s\n", clip(span(r.docs[p.A].Text, pa.AStart, pa.AEnd), 140), clip(span(r.docs[p.B].Text, pa.BStart, pa.BEnd), 140))
			}
		}
	}
	r.f("\n")
}

// word is a fixed term in the report's language (texts[prefix+w]), or w
// itself when it is not one (names, figures, dates).
func (r *writer) word(prefix, w string) string {
	if t, ok := r.t[prefix+w]; ok {
		return t
	}
	return w
}

// origins names a group's origins, the judge's names for an unnamed source
// and an unknown publisher in the report's language.
func (r *writer) origins(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		switch n {
		case judge.AnonymousOrigin:
			n = r.t["anonymousOrigin"]
		case judge.UnknownPublisher:
			n = r.t["unknownPublisher"]
		}
		out[i] = n
	}
	return out
}

// storyEvidence says in the report's language why the documents are one
// story, from the story's pairs: how many documents and verified pairs,
// and the pair with the most shared passages. (The story's own evidence,
// in both languages in the JSON, names documents by id; a report names
// them by outlet and title.)
func (r *writer) storyEvidence(s export.Story) string {
	var b strings.Builder
	fmt.Fprintf(&b, r.t["storyPairs"], len(s.Documents), len(s.Pairs))
	best := -1
	for i, p := range s.Pairs {
		if best < 0 || len(p.Passages) > len(s.Pairs[best].Passages) {
			best = i
		}
	}
	if best < 0 {
		return b.String()
	}
	p := s.Pairs[best]
	if len(p.Passages) == 0 {
		fmt.Fprintf(&b, r.t["storyCredit"], r.docLabel(p.A), r.docLabel(p.B))
		return b.String()
	}
	fmt.Fprintf(&b, r.t["storyShare"], r.docLabel(p.A), r.docLabel(p.B), len(p.Passages), 100*p.Containment, p.Jaccard)
	return b.String()
}

func (r *writer) contradictions() {
	r.f("## %s\n\n", r.t["contraHeading"])
	if len(r.a.Contradictions) == 0 {
		r.f("%s\n\n", r.t["none"])
		return
	}
	r.f("| %s | %s | %s | %s |\n|---|---|---|---|\n", r.t["attribute"], r.t["reportA"], r.t["reportB"], r.t["why"])
	for _, k := range r.a.Contradictions {
		cell := func(i int) string {
			c := r.claims[k.Claims[i]]
			v := ""
			if i < len(k.Values) {
				v = "**" + r.word("value_", k.Values[i]) + "** — "
			}
			return cellText(v + r.docLabel(c.Doc) + ": " + clip(c.Text, 120))
		}
		r.f("| %s | %s | %s | %s |\n", r.t["attr_"+k.Attribute], cell(0), cell(1), cellText(k.Reason))
	}
	r.f("\n")
}

func (r *writer) recycled() {
	r.f("## %s\n\n", r.t["recycledHeading"])
	any := false
	for _, d := range r.a.Documents {
		if d.Recycled {
			any = true
			pub := ""
			if d.Published != nil {
				pub = " (" + *d.Published + ")"
			}
			r.f("- %s%s\n", r.docLabel(d.ID), pub)
		}
	}
	if !any {
		r.f("%s\n", r.t["none"])
	}
}

func span(text string, start, end int) string {
	rs := []rune(text)
	start, end = max(0, min(start, len(rs))), max(0, min(end, len(rs)))
	if start >= end {
		return ""
	}
	return string(rs[start:end])
}

// clip shortens s to n code points on one line.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	return string(rs[:n]) + "…"
}

func cellText(s string) string { return strings.ReplaceAll(s, "|", "\\|") }
