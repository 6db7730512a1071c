package actors

import "testing"

// Places that sports reporting names for their clubs are clubs; cities and
// countries elsewhere stay places.
func TestClubs(t *testing.T) {
	lex := testLexicon(t)
	tests := []struct {
		name, text string
		places     []string // the tagger's LOC mentions
		want       []string // their types, in order
	}{
		{"after a sports word", "سيغيب الظهير عن مباراة فريقه برشلونة أمس", []string{"برشلونة"}, []string{TypeORG}},
		{"players of", "منعت السلطات خمسة من لاعبي روما من الدخول", []string{"روما"}, []string{TypeORG}},
		{"joined to a club", "في مباراة برشلونة وروما الودية", []string{"برشلونة", "وروما"}, []string{TypeORG, TypeORG}},
		{"the city", "عاد اللاعبون إلى روما في رحلة أخرى", []string{"روما"}, []string{TypeLOC}},
		{"an adjective of the noun before", "افتتح طريق الرياض الدولي أمس", []string{"الرياض"}, []string{TypeLOC}},
		{"a lexicon country keeps its type", "خسر فريق العراق أمام ضيفه", []string{"العراق"}, []string{TypeLOC}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ms []Mention
			for _, p := range tt.places {
				s, e := span(t, tt.text, p, 0)
				ms = append(ms, Mention{Type: TypeLOC, Start: s, End: e, Text: p})
			}
			ents := Link(tt.text, ms, lex)
			for i, p := range tt.places {
				s, e := span(t, tt.text, p, 0)
				got := ""
				for _, en := range ents {
					for _, m := range en.Mentions {
						if m.End == e && m.Start >= s {
							got = en.Type
						}
					}
				}
				if got != tt.want[i] {
					t.Errorf("%q: %q is %q, want %s", tt.text, p, got, tt.want[i])
				}
			}
		})
	}
}
