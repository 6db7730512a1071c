package actors

import "testing"

// The tagger's training convention marks God and currencies as names; the
// linker drops them as single words and keeps names that hold them.
func TestNotNamesDropped(t *testing.T) {
	lex := testLexicon(t)
	tests := []struct {
		text, mention, typ string
		kept               bool
	}{
		{"وقال الحمد الله على السلامة", "الله", TypeMISC, false},
		{"هبطت الطائرة ولله الحمد بسلام", "ولله", TypeMISC, false},
		{"بلغ سعر البرميل ستين دولار أمس", "دولار", TypeMISC, false},
		{"ارتفع سعر الصرف بالدولار أمس", "بالدولار", TypeMISC, false},
		{"وصرح عبد الله البرقاوي أمس", "عبد الله البرقاوي", TypePER, true},
		{"فاز الريال على خصمه أمس", "الريال", TypeORG, true},
		{"أنفق الريال مليونا أمس", "الريال", TypeMISC, false},
	}
	for _, tt := range tests {
		t.Run(tt.mention, func(t *testing.T) {
			s, e := span(t, tt.text, tt.mention, 0)
			ents := Link(tt.text, []Mention{{Type: tt.typ, Start: s, End: e, Text: tt.mention}}, lex)
			found := false
			for _, en := range ents {
				for _, m := range en.Mentions {
					if m.End == e {
						found = true
					}
				}
			}
			if found != tt.kept {
				t.Errorf("%q tagged %s in %q: kept %v, want %v (entities %+v)", tt.mention, tt.typ, tt.text, found, tt.kept, ents)
			}
		})
	}
}

// A name followed by a hyphen and a number is a model of aircraft or arms.
func TestModelNumbersAreThings(t *testing.T) {
	lex := testLexicon(t)
	text := "نفذتها الطائرات المسيرة “إم.كيو-9” التي تعرضت لهجوم"
	s, e := span(t, text, "إم.كيو", 0)
	ents := Link(text, []Mention{{Type: TypeORG, Start: s, End: e, Text: "إم.كيو"}}, lex)
	if len(ents) != 1 || ents[0].Type != TypeMISC {
		t.Fatalf("إم.كيو-9 tagged ORG: entities %+v, want one MISC", ents)
	}
}
