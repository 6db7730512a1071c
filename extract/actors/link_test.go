package actors

import (
	"sort"
	"strings"
	"testing"
)

// per builds a tagger PER mention over the n-th occurrence of sub.
func per(t *testing.T, text, sub string, n int) Mention {
	s, e := span(t, text, sub, n)
	return Mention{Type: TypePER, Start: s, End: e, Text: sub, Source: SourceNER}
}

// entityOf returns the entity having a mention exactly over the n-th
// occurrence of sub.
func entityOf(t *testing.T, ents []Entity, text, sub string, n int) *Entity {
	t.Helper()
	s, e := span(t, text, sub, n)
	for i := range ents {
		for _, m := range ents[i].Mentions {
			if m.Start == s && m.End == e {
				return &ents[i]
			}
		}
	}
	var all []string
	for _, en := range ents {
		for _, m := range en.Mentions {
			all = append(all, en.ID+":"+m.Text)
		}
	}
	t.Fatalf("no entity mentioned as %q (#%d); have %v", sub, n, all)
	return nil
}

func TestCoreference(t *testing.T) {
	lex := testLexicon(t)
	type ref struct {
		sub string
		n   int
	}
	tests := []struct {
		name     string
		text     string
		people   []ref // tagger PER mentions
		same     [][]ref
		distinct []ref // all of these in different entities
	}{
		{
			name:   "surname after full name, joined spelling",
			text:   "قال مدير المرصد رامي عبد الرحمن إن الهجوم وقع. وأضاف عبدالرحمن أن القتلى ستة.",
			people: []ref{{"رامي عبد الرحمن", 0}, {"عبدالرحمن", 0}},
			same:   [][]ref{{{"رامي عبد الرحمن", 0}, {"عبدالرحمن", 0}}},
		},
		{
			name:   "title and first name",
			text:   "قال الدكتور سامي الخطيب من الجامعة إن الوضع خطير. ويعقب الدكتور سامي أن الحل بعيد.",
			people: []ref{{"الدكتور سامي الخطيب", 0}, {"الدكتور سامي", 1}},
			same:   [][]ref{{{"الدكتور سامي الخطيب", 0}, {"الدكتور سامي", 1}}},
		},
		{
			name:     "ambiguous surname stays apart",
			text:     "التقى محمود الحسن بخالد الحسن. وقال الحسن إن اللقاء مثمر.",
			people:   []ref{{"محمود الحسن", 0}, {"خالد الحسن", 0}, {"الحسن", 2}},
			distinct: []ref{{"محمود الحسن", 0}, {"خالد الحسن", 0}, {"الحسن", 2}},
		},
		{
			name: "organisation short forms",
			text: "اتهم المرصد السوري لحقوق الإنسان تنظيم داعش بالهجوم. وقال المرصد إن التنظيم أعدم عشرة. وأكد المرصد السوري ذلك.",
			same: [][]ref{
				{{"المرصد السوري لحقوق الإنسان", 0}, {"المرصد", 1}, {"المرصد السوري", 1}},
				{{"تنظيم داعش", 0}, {"التنظيم", 0}},
			},
		},
		{
			name: "anaphor with clitic takes the most recent compatible actor",
			text: "قاتلت جبهة النصرة تنظيم داعش في الرقة. وأعلن للتنظيم أمير جديد.",
			same: [][]ref{{{"تنظيم داعش", 0}, {"لتنظيم", 0}}},
		},
		{
			name: "camp and prison anaphora",
			text: "يقع مخيم الهول شرق الحسكة. وشهد المخيم حالات اغتيال.",
			same: [][]ref{{{"مخيم الهول", 0}, {"المخيم", 0}}},
		},
		{
			name: "weak alias confirmed by a strong mention",
			text: "أعلن تنظيم القاعدة مسؤوليته. وقال بيان القاعدة إن الهجوم انتقام.",
			same: [][]ref{{{"تنظيم القاعدة", 0}, {"القاعدة", 1}}},
		},
		{
			name: "short form of the guard corps",
			text: "أرسل الحرس الثوري الإيراني قائده. وقال الحرس الثوري إن وللحرس الثوري دوراً.",
			same: [][]ref{{{"الحرس الثوري الإيراني", 0}, {"الحرس الثوري", 1}, {"لحرس الثوري", 2}}},
		},
		{
			name: "person from the lexicon by surname",
			text: "قال الرئيس بشار الأسد إن الحرب طويلة. وأضاف الأسد أن الجيش سينتصر.",
			same: [][]ref{{{"بشار الأسد", 0}, {"الأسد", 1}}},
		},
		{
			name:   "a cue word glued to the name by the tagger",
			text:   "قال رامي عبد الرحمن إن الهجوم وقع، بحسب عبدالرحمن.",
			people: []ref{{"رامي عبد الرحمن", 0}, {"بحسب عبدالرحمن", 0}},
			same:   [][]ref{{{"رامي عبد الرحمن", 0}, {"عبدالرحمن", 0}}},
		},
		{
			name: "the head word beats recency",
			text: "قاتلت قوات سوريا الديمقراطية تنظيم داعش في الحسكة. وحذرت قوات سوريا الديمقراطية من أن التنظيم يعيد صفوفه.",
			same: [][]ref{{{"تنظيم داعش", 0}, {"التنظيم", 0}}},
		},
		{
			name:     "ambiguous place needs evidence",
			text:     "سافر الوزير من الأردن إلى عمان ثم إلى دمشق.",
			same:     [][]ref{{{"عمان", 0}}},
			distinct: []ref{{"الأردن", 0}, {"عمان", 0}, {"دمشق", 0}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ms []Mention
			for _, p := range tt.people {
				ms = append(ms, per(t, tt.text, p.sub, p.n))
			}
			ents := Link(tt.text, ms, lex)
			for _, group := range tt.same {
				first := entityOf(t, ents, tt.text, group[0].sub, group[0].n)
				for _, r := range group[1:] {
					if e := entityOf(t, ents, tt.text, r.sub, r.n); e.ID != first.ID {
						t.Errorf("%q is %s, want %s like %q", r.sub, e.ID, first.ID, group[0].sub)
					}
				}
			}
			seen := map[string]string{}
			for _, r := range tt.distinct {
				e := entityOf(t, ents, tt.text, r.sub, r.n)
				if prev, ok := seen[e.ID]; ok {
					t.Errorf("%q and %q are both %s", prev, r.sub, e.ID)
				}
				seen[e.ID] = r.sub
			}
		})
	}
}

func TestAmbiguousNameResolvedByHarakat(t *testing.T) {
	lex := testLexicon(t)
	text := "عقد مؤتمر عمّان أمس."
	ents := Link(text, nil, lex)
	if e := entityOf(t, ents, text, "عمّان", 0); e.ID != "e:amman" {
		t.Fatalf("عمّان with shadda is %s, want e:amman", e.ID)
	}
}

func TestTaggerMentionLosesArticleProclitics(t *testing.T) {
	lex := testLexicon(t)
	text := "تقدم الدعم للميليشيات الإيرانية في المنطقة."
	s, e := span(t, text, "للميليشيات الإيرانية", 0)
	ents := Link(text, []Mention{{Type: TypeORG, Start: s, End: e}}, lex)
	got := entityOf(t, ents, text, "لميليشيات الإيرانية", 0)
	if got.Name != "الميليشيات الإيرانية" {
		t.Fatalf("name %q", got.Name)
	}
}

func TestAmbiguousPlaceResolvedByContext(t *testing.T) {
	lex := testLexicon(t)
	text := "وصل الوفد إلى عمان قادماً من المملكة الأردنية الهاشمية."
	ents := Link(text, nil, lex)
	if e := entityOf(t, ents, text, "عمان", 0); e.ID != "e:amman" {
		t.Fatalf("عمان next to Jordan is %s, want e:amman", e.ID)
	}
}

func TestAffiliationFromOffice(t *testing.T) {
	lex := testLexicon(t)
	tests := []struct {
		text, person, org string
	}{
		{"قال مدير المرصد السوري لحقوق الإنسان، سامر الحلبي، إن الهجوم وقع.", "سامر الحلبي", "e:sohr"},
		{"وترأسه رئيس ما يعرف بفرع الأمن العسكري في دير الزور العميد سمير الأحمد أمس.", "سمير الأحمد", "e:syria-military-security"},
		{"قال سامر الحلبي، المتحدث باسم قوات سوريا الديمقراطية، إن الهجوم صد.", "سامر الحلبي", "e:sdf"},
		{"قال الخبير في شؤون الجماعات الإسلامية، سامر الحلبي، إن الهجوم متوقع.", "سامر الحلبي", ""},
	}
	for _, tt := range tests {
		ents := Link(tt.text, []Mention{per(t, tt.text, tt.person, 0)}, lex)
		e := entityOf(t, ents, tt.text, tt.person, 0)
		if e.Type != TypePER || e.Affiliation != tt.org {
			t.Errorf("%q: %s %s affiliation %q, want PER %q", tt.text, e.ID, e.Type, e.Affiliation, tt.org)
		}
	}
}

func TestKunyaAndTitleBefore(t *testing.T) {
	lex := testLexicon(t)
	text := "أرسل الحرس الثوري الحاج دهقان للقاء ممثل يلقب أبو البراء."
	s, e := span(t, text, "أبو البراء", 0)
	ents := Link(text, []Mention{per(t, text, "دهقان", 0), {Type: TypeMISC, Start: s, End: e}}, lex)
	if k := entityOf(t, ents, text, "أبو البراء", 0); k.Type != TypePER {
		t.Errorf("kunya tagged MISC is %s, want PER", k.Type)
	}
	d := entityOf(t, ents, text, "دهقان", 0)
	if d.Mentions[0].Title != "الحاج" || d.Name != "دهقان" {
		t.Errorf("دهقان: name %q title %q", d.Name, d.Mentions[0].Title)
	}
}

func TestTitlesAreNotNames(t *testing.T) {
	lex := testLexicon(t)
	text := "قال الشيخ علي الحمدان إن القبيلة محايدة."
	ents := Link(text, []Mention{per(t, text, "الشيخ علي الحمدان", 0)}, lex)
	e := entityOf(t, ents, text, "الشيخ علي الحمدان", 0)
	if e.Name != "علي الحمدان" || e.Mentions[0].Title != "الشيخ" {
		t.Fatalf("name %q title %q, want علي الحمدان and الشيخ", e.Name, e.Mentions[0].Title)
	}
	if e.ID != NameEntityID(TypePER, "علي الحمدان") {
		t.Fatalf("id %s is not derived from the name", e.ID)
	}
}

func TestTaggerMentionsAndLexicon(t *testing.T) {
	lex := testLexicon(t)
	text := "قال العميد أحمد إبراهيم الخليل إن قوات النظام دخلت تدمر."
	ms := []Mention{
		per(t, text, "أحمد إبراهيم الخليل", 0),  // holds الخليل (Hebron): the person wins
		{Type: TypeORG, Start: 0, End: 0},       // empty: dropped
		{Type: TypeLOC, Start: 1000, End: 1005}, // outside: dropped
		{Type: "GPE", Start: 0, End: 3},         // unknown type: dropped
	}
	s, e := span(t, text, "تدمر", 0)
	ms = append(ms, Mention{Type: TypeLOC, Start: s, End: e, Source: SourceNER}) // confirms the weak alias
	ents := Link(text, ms, lex)
	if p := entityOf(t, ents, text, "أحمد إبراهيم الخليل", 0); p.Type != TypePER {
		t.Errorf("person is %s %s", p.ID, p.Type)
	}
	if p := entityOf(t, ents, text, "تدمر", 0); p.ID != "e:palmyra" {
		t.Errorf("تدمر is %s, want e:palmyra", p.ID)
	}
	if p := entityOf(t, ents, text, "قوات النظام", 0); p.ID != "e:syria-army" {
		t.Errorf("قوات النظام is %s", p.ID)
	}
}

func TestMergeAcrossDocuments(t *testing.T) {
	lex := testLexicon(t)
	a := "قال رامي عبد الرحمن إن داعش هاجم الحسكة."
	b := "وأكد رامي عبدالرحمن أن تنظيم الدولة الإسلامية انسحب. وقال كمال حبيب إن التنظيم ضعيف."
	ea := Link(a, []Mention{per(t, a, "رامي عبد الرحمن", 0)}, lex)
	eb := Link(b, []Mention{per(t, b, "رامي عبدالرحمن", 0), per(t, b, "كمال حبيب", 0)}, lex)
	all := Merge([]DocEntities{{Doc: "d:a", Entities: ea}, {Doc: "d:b", Entities: eb}})
	byID := map[string]Entity{}
	for _, e := range all {
		if _, dup := byID[e.ID]; dup {
			t.Fatalf("entity %s twice after merge", e.ID)
		}
		byID[e.ID] = e
	}
	isis := byID["e:isis"]
	docs := map[string]bool{}
	for _, m := range isis.Mentions {
		docs[m.Doc] = true
	}
	if !docs["d:a"] || !docs["d:b"] || len(isis.Mentions) != 3 {
		t.Fatalf("isis mentions %+v, want داعش in d:a, and the full name and التنظيم in d:b", isis.Mentions)
	}
	sort.Strings(isis.Aliases)
	if strings.Join(isis.Aliases, "|") != "التنظيم|تنظيم الدولة الإسلامية|داعش" {
		t.Fatalf("isis aliases %q", isis.Aliases)
	}
	// Rami Abdulrahman is in the lexicon: one id in both documents.
	if r := byID["e:rami-abdulrahman"]; len(r.Mentions) != 2 {
		t.Fatalf("Rami Abdulrahman mentions %+v", r.Mentions)
	}
	if _, ok := byID[NameEntityID(TypePER, "كمال حبيب")]; !ok {
		t.Fatalf("no entity for كمال حبيب")
	}
	// A person known by one word only stays one per document.
	c := "وقال حبيب إن الوضع هادئ."
	ec := Link(c, []Mention{per(t, c, "حبيب", 0)}, lex)
	ed := Link(c, []Mention{per(t, c, "حبيب", 0)}, lex)
	two := Merge([]DocEntities{{Doc: "d:c", Entities: ec}, {Doc: "d:d", Entities: ed}})
	if len(two) != 2 || two[0].ID == two[1].ID {
		t.Fatalf("bare names of two documents merged: %+v", two)
	}
}

// FuzzLink checks Link on arbitrary text and mention offsets: no panic, and
// every mention's span lies in the text and holds its text.
func FuzzLink(f *testing.F) {
	f.Add("قال رامي عبد الرحمن إن داعـ ـش هاجم وللحرس الثوري", 4, 19)
	f.Add("المرصد: التنظيم", 0, 6)
	f.Add("\u200cـ ـ ـ", 0, 1)
	lex := testLexicon(f)
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		ms := []Mention{{Type: TypePER, Start: start, End: end}, {Type: TypeORG, Start: end, End: start + 3}}
		rs := []rune(text)
		for _, e := range Link(text, ms, lex) {
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(rs) || m.Start >= m.End || string(rs[m.Start:m.End]) != m.Text {
					t.Fatalf("bad mention %+v of %s in %q", m, e.ID, text)
				}
			}
		}
	})
}

// A person of the lexicon inside a longer filiation name is the father, not
// a mention of him; the king's title is no name of one king.
func TestFiliationAndTitles(t *testing.T) {
	lex := testLexicon(t)
	text := "افتتح الأمير سلطان بن سلمان بن عبدالعزيز آل سعود المعرض"
	for _, e := range Link(text, nil, lex) {
		if e.ID == "e:king-salman" {
			t.Errorf("%q: King Salman found inside his son's name: %+v", text, e)
		}
	}
	text = "وصل خادم الحرمين الشريفين الملك عبدالله إلى جدة"
	for _, e := range Link(text, nil, lex) {
		if e.ID == "e:king-salman" {
			t.Errorf("%q: the king's title read as King Salman: %+v", text, e)
		}
	}
}

// The tagger's person made of a title alone is no one.
func TestTitleAloneIsNoPerson(t *testing.T) {
	lex := testLexicon(t)
	text := "استقبل الأمير محمد بن نايف ولي العهد الوفد"
	s, e := span(t, text, "ولي العهد", 0)
	for _, en := range Link(text, []Mention{{Type: TypePER, Start: s, End: e, Text: "ولي العهد"}}, lex) {
		for _, m := range en.Mentions {
			if m.Start >= s && m.End <= e {
				t.Errorf("%q: the title %q became a person %q", text, "ولي العهد", en.Name)
			}
		}
	}
}
