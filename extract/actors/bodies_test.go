package actors

import (
	"strings"
	"testing"
)

// Bodies and buildings named by a head noun and the definite words after
// it: where the name ends, and what it takes in.
func TestNamedBodies(t *testing.T) {
	lex := testLexicon(t)
	type tagged struct{ typ, text string }
	tests := []struct {
		name   string
		text   string
		tagger []tagged // the tagger's mentions
		want   []tagged // the head-named mentions found, in order
		keep   []tagged // other mentions that must survive
	}{
		{"ministry before an indefinite word", "أطلقت وزارة العدل خدمة جديدة أمس", nil,
			[]tagged{{TypeORG, "وزارة العدل"}}, nil},
		{"a preposition ends the name", "أقامت هيئة الري والصرف بالأحساء برنامجا", nil,
			[]tagged{{TypeORG, "هيئة الري والصرف"}}, nil},
		{"a feminine noun in construct", "أطلقت هيئة الاتصالات وتقنية المعلومات السعودية اليوم تطبيقا", nil,
			[]tagged{{TypeORG, "هيئة الاتصالات وتقنية المعلومات السعودية"}}, nil},
		{"a building, proclitic cut", "استهدف التفجير بمسجد قوات الطوارئ بمدينة أبها المصلين", nil,
			[]tagged{{TypeLOC, "مسجد قوات الطوارئ"}}, nil},
		{"a place name after the head", "نقل إلى مستشفى ميسان لإدخال الجثة", []tagged{{TypeLOC, "ميسان"}},
			[]tagged{{TypeLOC, "مستشفى ميسان"}}, nil},
		{"an eponym after a title", "هبطت في مطار الملك خالد الدولي بسلام", []tagged{{TypePER, "خالد"}},
			[]tagged{{TypeLOC, "مطار الملك خالد الدولي"}}, nil},
		{"a bare title is no name", "وصل إلى مطار الملك أمس", nil, nil, nil},
		{"two bodies joined by و", "وقعت وزارة التجارة وهيئة الاتصالات اتفاقا", nil,
			[]tagged{{TypeORG, "وزارة التجارة"}, {TypeORG, "هيئة الاتصالات"}}, nil},
		{"a definite head starts another body", "بمشاركة وزارة التجارة والصناعة والهيئة السعودية للمهندسين", nil,
			[]tagged{{TypeORG, "وزارة التجارة والصناعة"}}, nil},
		{"a list after a name", "تخرج من جامعة الدمام والصفا والسيف", []tagged{{TypeLOC, "الدمام"}},
			[]tagged{{TypeORG, "جامعة الدمام"}}, nil},
		{"an adjective after a name", "نقل إلى مستشفى عسير المركزي أمس", []tagged{{TypeLOC, "عسير"}},
			[]tagged{{TypeLOC, "مستشفى عسير المركزي"}}, nil},
		{"a person in apposition stays a person", "قال رئيس هيئة الأركان العامة اللواء محمد المقدشي إن", []tagged{{TypePER, "محمد المقدشي"}},
			[]tagged{{TypeORG, "هيئة الأركان العامة"}}, []tagged{{TypePER, "محمد المقدشي"}}},
		{"a time word ends the name", "أعلنت وزارة الداخلية اليوم القبض على", nil,
			[]tagged{{TypeORG, "وزارة الداخلية"}}, nil},
		{"the conjunction is outside", "بالتعاون مع وزارة العمل ووزارة الصحة", nil,
			[]tagged{{TypeORG, "وزارة العمل"}, {TypeORG, "وزارة الصحة"}}, nil},
		{"not a head: an activity", "أشاد بحسن إدارة الأزمة وقيادة السيارات", nil, nil, nil},
		{"a common phrase", "اجتمع أعضاء هيئة التدريس أمس", nil, nil, nil},
		{"a verb after the head", "وزارة أعلنت الخبر أمس", nil, nil, nil},
		{"a competition", "يلعب الفريق في كأس العالم المقبلة", nil,
			[]tagged{{TypeMISC, "كأس العالم"}}, nil},
		{"an ordinal continues an event", "صعد الفريق إلى دوري الدرجة الأولى أمس", nil,
			[]tagged{{TypeMISC, "دوري الدرجة الأولى"}}, nil},
		{"a league by its adjective", "فاز بلقب الدوري الإسباني الموسم الماضي", nil,
			[]tagged{{TypeMISC, "الدوري الإسباني"}}, nil},
		{"a kind of league is no name", "يبدأ مشواره في الدوري المحلي مساء اليوم", nil, nil, nil},
		{"the league alone is no name", "تصدر الفريق الدوري بفارق نقطتين", nil, nil, nil},
		{"a noun before the place", "حامل لقب دوري أبطال أوروبا وإشبيلية", []tagged{{TypeLOC, "أوروبا"}},
			[]tagged{{TypeMISC, "دوري أبطال أوروبا"}}, nil},
		{"an ordinal ends a body", "أعلنت وزارة الصحة الأولى من نوعها", nil,
			[]tagged{{TypeORG, "وزارة الصحة"}}, nil},
		{"an event keeps its place a place", "شارك في مؤتمر عمّان أمس", []tagged{{TypeLOC, "عمّان"}},
			nil, []tagged{{TypeLOC, "عمّان"}}},
		{"a region's directorate", "أوضح مدير عام صحة عسير أن الحملة", []tagged{{TypeLOC, "عسير"}},
			[]tagged{{TypeORG, "صحة عسير"}}, nil},
		{"a place head without a place", "تحسنت صحة المريض أمس", nil, nil, nil},
		{"the object after the subject", "أطلقت وزارة العدل خدمة الاستعلام الإلكتروني", nil,
			[]tagged{{TypeORG, "وزارة العدل"}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ms []Mention
			for _, m := range tt.tagger {
				s, e := span(t, tt.text, m.text, 0)
				ms = append(ms, Mention{Type: m.typ, Start: s, End: e, Text: m.text})
			}
			l := &linker{lex: lex, rs: []rune(tt.text), byKey: map[string]int{}}
			l.toks = scanWords(tt.text, nil)
			items := l.decide(lex.matchTokens(l.rs, l.toks), l.cleanMentions(ms))
			var got, others []tagged
			for _, it := range items {
				m := tagged{it.typ, string(l.rs[it.start:it.end])}
				if it.source == SourceHead {
					got = append(got, m)
				} else {
					others = append(others, m)
				}
			}
			sortTagged := func(ts []tagged) string {
				var b strings.Builder
				for _, x := range ts {
					b.WriteString(x.typ + " " + x.text + "; ")
				}
				return b.String()
			}
			if sortTagged(got) != sortTagged(tt.want) {
				t.Errorf("%q: head-named %v, want %v", tt.text, got, tt.want)
			}
			for _, k := range tt.keep {
				found := false
				for _, o := range others {
					found = found || o == k
				}
				if !found {
					t.Errorf("%q: %v lost (others %v)", tt.text, k, others)
				}
			}
		})
	}
}
