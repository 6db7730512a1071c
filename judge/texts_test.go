package judge

import (
	"context"
	"io/fs"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/internal/sentences"
)

// latinWord is an English word in a sentence (a reliability letter or a
// figure is not one).
var latinWord = regexp.MustCompile(`[A-Za-z]{3,}`)

// Every sentence of the table renders in both languages with the verbs it
// declares, and the Arabic ones hold no English word.
func TestTextsRender(t *testing.T) {
	all, err := loadTexts(data.Judge)
	if err != nil {
		t.Fatal(err)
	}
	sample := map[byte]any{'d': 3, 's': "المرصد", 'c': 'C', 'f': 0.75}
	for _, lang := range reasonLanguages {
		for key, tmpl := range all[lang] {
			var args []any
			for _, v := range sentences.Verbs(tmpl) {
				args = append(args, sample[v[len(v)-1]])
			}
			got := all[lang].f(key, args...)
			if strings.Contains(got, "%!") {
				t.Errorf("%s %s renders badly: %s", lang, key, got)
			}
			if lang == "ar" && latinWord.MatchString(got) {
				t.Errorf("ar %s holds English: %s", key, got)
			}
		}
	}
}

// The reasons of groups and contradictions come in the language asked:
// on the hand-made corpus (time and quantity clashes), a denial and a
// negated verb (polarity), and the seeds (affiliation), no Arabic reason
// holds an English word and every English one does.
func TestReasonsInLanguage(t *testing.T) {
	polarity := func(a, b, polA, polB string) *export.Analysis {
		x := export.NewAnalysis()
		x.Documents = []export.Document{{ID: "d:1", Outlet: sp("عنب بلدي")}, {ID: "d:2", Outlet: sp("الحرة")}}
		x.Claims = []export.Claim{
			{ID: "c:1", Doc: "d:1", Text: a, Polarity: polA, Chain: []export.Link{}},
			{ID: "c:2", Doc: "d:2", Text: b, Polarity: polB, Chain: []export.Link{}},
		}
		return x
	}
	for _, lang := range reasonLanguages {
		t.Run(lang, func(t *testing.T) {
			corpora := []*export.Analysis{
				handMade(),
				polarity("قصفت الطائرات الروسية مستشفى ميدانيا في ريف إدلب الجنوبي صباح الثلاثاء",
					"قصفت الطائرات الروسية مستشفى ميدانيا في ريف إدلب الجنوبي صباح الثلاثاء", "asserted", "denied"),
				polarity("نفذ عناصر التنظيم عمليات في البادية الشرقية لكنها لم تستهدف الميليشيات الإيرانية المنتشرة قرب الميادين",
					"نفذ عناصر التنظيم عمليات في البادية الشرقية واستهدفت الميليشيات الإيرانية المنتشرة قرب الميادين", "asserted", "asserted"),
			}
			j, err := NewChecked(nil, Options{ReasonLanguage: lang})
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range corpora {
				if err := j.Judge(context.Background(), a); err != nil {
					t.Fatal(err)
				}
			}
			seeds := seedAnalysis(t) // judged in English once for all tests: judge a copy
			cp := *seeds
			cp.Claims = append([]export.Claim(nil), seeds.Claims...)
			for i := range cp.Claims {
				cp.Claims[i].Chain = withoutInherited(cp.Claims[i].Chain)
			}
			if err := j.Judge(context.Background(), &cp); err != nil {
				t.Fatal(err)
			}
			corpora = append(corpora, &cp)
			attrs := map[string]bool{}
			for _, a := range corpora {
				type said struct {
					reason string
					byLang map[string]string
				}
				var reasons []said
				for _, g := range a.ClaimGroups {
					reasons = append(reasons, said{g.Reason, g.ReasonByLang})
				}
				for _, k := range a.Contradictions {
					attrs[k.Attribute] = true
					reasons = append(reasons, said{k.Reason, k.ReasonByLang})
				}
				for _, r := range reasons {
					if english := latinWord.MatchString(r.reason); english != (lang == "en") {
						t.Errorf("%s reason with English words = %v: %s", lang, english, r.reason)
					}
					// Every reason is rendered in every language too, the
					// asked one the same as Reason.
					if r.byLang[lang] != r.reason {
						t.Errorf("%s reason %q, by language %q", lang, r.reason, r.byLang[lang])
					}
					for _, other := range reasonLanguages {
						s := r.byLang[other]
						if s == "" {
							t.Errorf("reason %q has no %s rendering", r.reason, other)
						} else if english := latinWord.MatchString(s); english != (other == "en") {
							t.Errorf("%s rendering with English words = %v: %s", other, english, s)
						}
					}
				}
			}
			for _, want := range []string{"time", "quantity", "polarity", "affiliation"} {
				if !attrs[want] {
					t.Errorf("no %s contradiction to check the language of", want)
				}
			}
		})
	}
}

func withoutInherited(chain []export.Link) []export.Link {
	var out []export.Link
	for _, l := range chain {
		if l.InheritedFrom == "" {
			out = append(out, l)
		}
	}
	return out
}

// A reasons table with a line the judge cannot use is refused, naming
// the file and line.
func TestLoadTextsRefuses(t *testing.T) {
	good, err := fs.ReadFile(data.Judge, "judge/reasons.tsv")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, edit, want string
	}{
		{"verbs differ", "quantity\tthe count of %s is %s and %s\tعدد %s هو %d", "takes"},
		{"empty sentence", "extra\tword\t ", "empty"},
		{"one language", "extra\tword", "fields"},
		{"twice", "time\tx\tس", "twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			table := string(good)
			if tt.name == "verbs differ" {
				table = dropLine(table, "quantity\t")
			}
			fsys := fstest.MapFS{"judge/reasons.tsv": {Data: []byte(table + tt.edit + "\n")}}
			_, err := loadTexts(fsys)
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "reasons.tsv:") {
				t.Errorf("error %v, want one with %q and the line", err, tt.want)
			}
		})
	}
	missing := fstest.MapFS{"judge/reasons.tsv": {Data: []byte(dropLine(string(good), "affiliation\t"))}}
	if _, err := loadTexts(missing); err == nil || !strings.Contains(err.Error(), `"affiliation"`) {
		t.Errorf("a table without the affiliation sentence: %v", err)
	}
}

func dropLine(table, prefix string) string {
	var b strings.Builder
	for _, l := range strings.SplitAfter(table, "\n") {
		if !strings.HasPrefix(l, prefix) {
			b.WriteString(l)
		}
	}
	return b.String()
}
