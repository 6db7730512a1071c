package actors

import (
	"net/url"
	"strings"
)

// Outlet resolves the name of a news outlet or agency — Arabic or English,
// with or without "صحيفة"/"وكالة", a web address or domain (alhurra.com,
// https://www.alhurra.com/…), or a SaudiNewsNet feed id (aawsat) — to the
// outlet's canonical Arabic name.
func (l *Lexicon) Outlet(name string) (canonical string, ok bool) {
	a, ok := l.OutletActor(name)
	if !ok {
		return "", false
	}
	return a.Arabic, true
}

// OutletActor is Outlet returning the whole actor.
func (l *Lexicon) OutletActor(name string) (*Actor, bool) {
	name = strings.TrimSpace(name)
	if name == "" || len(name) > 2048 {
		return nil, false
	}
	for _, cand := range outletCandidates(name) {
		if i, ok := l.outlets[outletKey(cand)]; ok {
			return &l.actors[i], true
		}
	}
	return nil, false
}

// outletCandidates lists the forms of name worth looking up: the name, its
// host when it is an address (and the host's parent domains), and the name
// without a leading outlet head word.
func outletCandidates(name string) []string {
	out := []string{name}
	if host := hostOf(name); host != "" {
		out = append(out, host)
		for parts := strings.Split(host, "."); len(parts) > 2; parts = parts[1:] {
			out = append(out, strings.Join(parts[1:], "."))
		}
	}
	trimmed := strings.Trim(name, " \"'“”«»()")
	out = append(out, trimmed)
	for _, h := range []string{"صحيفة", "جريدة", "موقع", "قناة", "وكالة", "مجلة", "شبكة"} {
		if rest, ok := strings.CutPrefix(trimmed, h+" "); ok {
			out = append(out, rest)
		}
	}
	return out
}

// hostOf returns the lowercased host of an address or bare domain without
// "www.", or "" when name is not one.
func hostOf(name string) string {
	s := strings.ToLower(name)
	if strings.ContainsAny(s, " \t") || !strings.Contains(s, ".") {
		return ""
	}
	if !strings.Contains(s, "://") {
		s = "http://" + s
	}
	u, err := url.Parse(s)
	if err != nil || u.Hostname() == "" {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

// outletKey is the lookup form of an outlet name: folded, lowercased,
// without "www." and surrounding quotes.
func outletKey(s string) string {
	s = strings.TrimPrefix(strings.ToLower(strings.TrimSpace(s)), "www.")
	return strings.ToLower(strings.Join(phraseKeys(s), " "))
}
