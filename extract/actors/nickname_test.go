package actors

import "testing"

func TestNicknames(t *testing.T) {
	lex := testLexicon(t)
	type ref struct {
		sub string
		n   int
	}
	tests := []struct {
		name   string
		text   string
		orgs   []ref // tagger ORG mentions
		person []ref // persons, all one entity
		not    []ref // spans that must not be persons
	}{
		{
			name:   "by-name then its head word with the article",
			text:   "استعانت الميليشيات بشيخ قبيلة، وذكر أنه يلقب بـ \"عرّاب المفاوضات\". وذكر أن \"العرّاب\" عرض عليهم السلاح.",
			orgs:   []ref{{"العرّاب", 0}},
			person: []ref{{"عرّاب المفاوضات", 0}, {"العرّاب", 0}},
		},
		{
			name:   "subject between the cue and بـ, guillemets",
			text:   "ويُلقب هذا الشيخ بـ «عراب المفاوضات» في المنطقة.",
			person: []ref{{"عراب المفاوضات", 0}},
		},
		{
			name:   "the tagger's mention of the by-name retyped",
			text:   "قتل محمد عمر الملقب بـ«المجاهد» في الغارة.",
			orgs:   []ref{{"المجاهد", 0}},
			person: []ref{{"المجاهد", 0}},
		},
		{
			name: "no cue, a feminine cue, a gloss in parentheses",
			text: "أعلن \"العرّاب\" النتائج. الجوالة الملقبة بـ«فابليت» جديدة. بايرن ميونيخ الذي يلقب بـ (البافاري) فاز.",
			orgs: []ref{{"العرّاب", 0}, {"البافاري", 0}},
			not:  []ref{{"العرّاب", 0}, {"فابليت", 0}, {"البافاري", 0}},
		},
		{
			name: "a mention before the by-name is not read back",
			text: "أعلن \"العرّاب\" النتائج، ويلقب بـ \"عراب المفاوضات\".",
			orgs: []ref{{"العرّاب", 0}},
			not:  []ref{{"العرّاب", 0}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var ms []Mention
			for _, r := range tc.orgs {
				s, e := span(t, tc.text, r.sub, r.n)
				ms = append(ms, Mention{Type: TypeORG, Start: s, End: e, Text: r.sub, Source: SourceNER})
			}
			ents := Link(tc.text, ms, lex)
			var id string
			for _, r := range tc.person {
				e := entityOf(t, ents, tc.text, r.sub, r.n)
				if e.Type != TypePER {
					t.Errorf("%q: type %s, want PER", r.sub, e.Type)
				}
				if id != "" && e.ID != id {
					t.Errorf("%q: entity %s, want %s", r.sub, e.ID, id)
				}
				id = e.ID
			}
			for _, r := range tc.not {
				s, e := span(t, tc.text, r.sub, r.n)
				for _, en := range ents {
					for _, m := range en.Mentions {
						if m.Start == s && m.End == e && en.Type == TypePER {
							t.Errorf("%q read as a person", r.sub)
						}
					}
				}
			}
		})
	}
}
