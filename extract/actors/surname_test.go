package actors

import "testing"

// A person's bare family name later in the text is the person again; an
// adjective, a common noun or a name two people share is not.
func TestSurnameEchoes(t *testing.T) {
	lex := testLexicon(t)
	tests := []struct {
		name, text string
		persons    []string // the tagger's PER mentions, first occurrence each
		echo       string   // the later bare mention expected, "" for none
		nth        int      // which occurrence of echo in the text
	}{
		{"after a verb", "قال محمد الجاسر إن العربة جاهزة. وأضاف الجاسر أن الخدمة مستمرة", []string{"محمد الجاسر"}, "الجاسر", 1},
		{"after a preposition word", "سجل ضاحي خلفان قضية ضد محمد الحضيف أمس، وطالب بمحاكمة الحضيف", []string{"محمد الحضيف"}, "الحضيف", 1},
		{"after a title", "قال حامد النفيعي إن العملية نجحت. وأضاف الدكتور النفيعي أنها الأولى", []string{"حامد النفيعي"}, "النفيعي", 1},
		{"an adjective after a definite noun", "مثل عمر الشريف في الفيلم ثم زار الحرم الشريف", []string{"عمر الشريف"}, "", 0},
		{"a common noun", "قال محمد الأمين إن الأمين العام سيزور البلاد", []string{"محمد الأمين"}, "", 0},
		{"shared by two people", "التقى محمد الجاسر وعلي الجاسر، وقال الجاسر إن اللقاء مثمر", []string{"محمد الجاسر", "علي الجاسر"}, "", 0},
		{"a head of state's adjective", "قال عبدالله التركي إن الرئيس التركي زار المعرض", []string{"عبدالله التركي"}, "", 0},
		{"a rank that is also the team", "قال أحمد التركي إن الفريق التركي فاز", []string{"أحمد التركي"}, "", 0},
		{"a title as family name", "قال محمد الشيخ إن الشيخ حضر", []string{"محمد الشيخ"}, "", 0},
		{"not before the full name", "وأضاف الجاسر أن محمد الجاسر قال ذلك", []string{"محمد الجاسر"}, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ms []Mention
			for _, p := range tt.persons {
				s, e := span(t, tt.text, p, 0)
				ms = append(ms, Mention{Type: TypePER, Start: s, End: e, Text: p})
			}
			ents := Link(tt.text, ms, lex)
			var persons, echoes int
			var owner string
			for _, e := range ents {
				if e.Type != TypePER {
					continue
				}
				persons++
				for _, m := range e.Mentions {
					if tt.echo != "" {
						if s, end := span(t, tt.text, tt.echo, tt.nth); m.Start == s && m.End == end {
							echoes++
							owner = e.Name
						}
					}
				}
			}
			if tt.echo == "" {
				total := 0
				for _, e := range ents {
					if e.Type == TypePER {
						total += len(e.Mentions)
					}
				}
				if total != len(tt.persons) {
					t.Errorf("%q: %d person mentions, want only the tagger's %d (%+v)", tt.text, total, len(tt.persons), ents)
				}
				return
			}
			if echoes != 1 || owner != tt.persons[0] || persons != len(tt.persons) {
				t.Errorf("%q: echo %q found %d times, owner %q, %d persons; want once, of %q (%+v)", tt.text, tt.echo, echoes, owner, persons, tt.persons[0], ents)
			}
		})
	}
}
