package server

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/isnad/isnad/export"
)

// languages are the languages the reasons and evidence are written in
// (data/judge/reasons.tsv, data/link/evidence.tsv); the first is the default.
var languages = []string{"ar", "en"}

// language is the language a request reads reasons in: ?lang=ar|en, else
// the first of Accept-Language isnad writes (by quality order as sent),
// else Arabic, the UI's first language.
func language(r *http.Request) (string, error) {
	if v := r.URL.Query().Get("lang"); v != "" {
		for _, l := range languages {
			if strings.EqualFold(v, l) {
				return l, nil
			}
		}
		return "", badRequest(fmt.Sprintf("lang must be ar or en, not %q", v))
	}
	for _, part := range strings.Split(r.Header.Get("Accept-Language"), ",") {
		tag, q, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.TrimSpace(q) == "q=0" {
			continue
		}
		base, _, _ := strings.Cut(tag, "-")
		for _, l := range languages {
			if strings.EqualFold(strings.TrimSpace(base), l) {
				return l, nil
			}
		}
	}
	return languages[0], nil
}

// inLanguage picks lang's rendering of a reason; an analysis written
// before reasons were rendered in every language has only the one.
func inLanguage(by map[string]string, lang, written string) string {
	if s, ok := by[lang]; ok && s != "" {
		return s
	}
	return written
}

// groupIn is a claim group with its reason in lang (a copy: the corpus's
// own group is shared by every request).
func groupIn(g *export.ClaimGroup, lang string) *export.ClaimGroup {
	if g == nil {
		return nil
	}
	out := *g
	out.Reason = inLanguage(g.ReasonByLang, lang, g.Reason)
	return &out
}

// storyIn is a story with its evidence in lang.
func storyIn(s export.Story, lang string) export.Story {
	s.Evidence = inLanguage(s.EvidenceByLang, lang, s.Evidence)
	return s
}

// viewIn is view with the group's reason in lang.
func (x *corpusIndex) viewIn(c *export.Claim, lang string) ClaimView {
	v := x.view(c)
	if g := x.groupOf[c.ID]; g != nil {
		v.Reason = inLanguage(g.ReasonByLang, lang, g.Reason)
	}
	return v
}
