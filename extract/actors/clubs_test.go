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

// Clubs of the lexicon named by a common word count with their context only.
func TestLexiconClubs(t *testing.T) {
	lex := testLexicon(t)
	tests := []struct {
		text, name string
		nth        int
		want       string // entity id, "" for none
	}{
		{"تعادل الفريق الأول بنادي التعاون أمام نظيره", "التعاون", 0, "e:al-taawoun"},
		{"تعادل نادي التعاون أمس، وسجل هدفي التعاون اللاعب", "التعاون", 1, "e:al-taawoun"},
		{"وصل لاعبو الهلال إلى المعسكر", "الهلال", 0, "e:al-hilal"},
		{"ظهر الهلال في السماء ليلة العيد", "الهلال", 0, ""},
		{"أكد الوزير أهمية التعاون بين البلدين", "التعاون", 0, ""},
		{"وقع نادي الاتحاد مع اللاعب، فيما دعا الاتحاد الكويتي الأندية", "الاتحاد", 1, ""},
		{"قال نادي الوطني إن قوات الجيش الوطني تقدمت", "الوطني", 1, ""},
		{"تقام المباراة بين فريقي النصر والهلال غدا", "والهلال", 0, "e:al-hilal"},
		{"وقع نادي الأهلي عقدا، ويعمل في القطاعين الحكومي والأهلي", "والأهلي", 0, ""},
	}
	for _, tt := range tests {
		s, e := span(t, tt.text, tt.name, tt.nth)
		got := ""
		for _, en := range Link(tt.text, nil, lex) {
			for _, m := range en.Mentions {
				if m.End == e && m.Start < e && s < m.End {
					got = en.ID
				}
			}
		}
		if got != tt.want {
			t.Errorf("%q: %q #%d is %q, want %q", tt.text, tt.name, tt.nth, got, tt.want)
		}
	}
}

// The tagger's mention of a club's common-word name is the club only in its
// context: "الاتفاق" of the nuclear deal is no club.
func TestTaggedClubNames(t *testing.T) {
	lex := testLexicon(t)
	tests := []struct {
		text, name string
		want       bool // linked to the club
	}{
		{"سعى خصوم أوباما إلى رفض الاتفاق النووي مع إيران، وقال إن الاتفاق جيد", "الاتفاق", false},
		{"وصل لاعبو الاتفاق إلى المعسكر أمس", "الاتفاق", true},
	}
	for _, tt := range tests {
		s, e := span(t, tt.text, tt.name, 0)
		linked := false
		for _, en := range Link(tt.text, []Mention{{Type: TypeORG, Start: s, End: e, Text: tt.name}}, lex) {
			for _, m := range en.Mentions {
				if m.Start == s && m.End == e && en.ID == "e:al-ettifaq" {
					linked = true
				}
			}
		}
		if linked != tt.want {
			t.Errorf("%q: %q linked to the club %v, want %v", tt.text, tt.name, linked, tt.want)
		}
	}
}
