package events

import (
	"strings"
	"testing"

	"github.com/isnad/isnad"
)

var sourceGaz = append([]gazEntry{
	{"المرصد السوري لحقوق الإنسان", "e:sohr", "ORG"}, {"رامي عبد الرحمن", "e:rami", "PER"},
	{"وكالة رويترز", "e:reuters", "ORG"}, {"وزارة الدفاع الروسية", "e:rumod", "ORG"},
}, testGaz...)

// extractSourced reads one claim whose chain names the phrases in sources.
func extractSourced(t *testing.T, text string, sources []string) []Event {
	t.Helper()
	runes := []rune(text)
	c := Claim{ID: "c:1", Start: 0, End: len(runes)}
	for _, s := range sources {
		i := strings.Index(text, s)
		if i < 0 {
			t.Fatalf("source %q not in %q", s, text)
		}
		start := len([]rune(text[:i]))
		c.Sources = append(c.Sources, isnad.Span{Start: start, End: start + len([]rune(s))})
	}
	return newTestExtractor(t).Extract(Input{Text: text, Claims: []Claim{c}, Mentions: mentionsIn(text, sourceGaz)})
}

// TestSourceIsNoActor: the source of a claim reports its events and takes no
// role in them, unless the sentence says the source acted.
func TestSourceIsNoActor(t *testing.T) {
	cases := []struct {
		name, text string
		sources    []string
		want       string
	}{
		{"speech verb before, the source alone before the trigger",
			"قال المرصد السوري لحقوق الإنسان إن عشرة مدنيين قتلوا في سوريا.",
			[]string{"المرصد السوري لحقوق الإنسان"}, ""},
		{"speech verb before, noun trigger",
			"وذكر المرصد السوري لحقوق الإنسان أن اتفاقا جرى بين روسيا وتركيا.",
			[]string{"المرصد السوري لحقوق الإنسان"}, "agree(counterpart=russia,counterpart=turkey)"},
		{"source after the reported words",
			"زودت روسيا قوات سوريا الديمقراطية بالأسلحة، بحسب وكالة رويترز.",
			[]string{"وكالة رويترز"}, "supply(agent=russia,counterpart=sdf)"},
		{"person speaking for a body",
			"وقال مدير المرصد السوري لحقوق الإنسان، رامي عبد الرحمن، إن الاجتماع بين روسيا وتركيا تأجل.",
			[]string{"مدير المرصد السوري لحقوق الإنسان، رامي عبد الرحمن"}, "meet(counterpart=russia,counterpart=turkey)"},
		{"nested chain: its cue is no transfer",
			"ونقلت وكالة رويترز عن وزارة الدفاع الروسية أن اجتماعا عقد بين روسيا وتركيا.",
			[]string{"وكالة رويترز", "وزارة الدفاع الروسية"}, "meet(counterpart=russia,counterpart=turkey)"},
		{"the source announces",
			"أعلنت القيادة المركزية الأميركية مقتل أسامة المهاجر.",
			[]string{"القيادة المركزية الأميركية"}, "announce(agent=centcom) kill(target=muhajir)"},
		{"the source acted, said through a pronoun",
			"القيادة المركزية الأميركية، أعلنت أنها قتلت أسامة المهاجر.",
			[]string{"القيادة المركزية الأميركية"}, "announce(agent=centcom) kill(agent=centcom,target=muhajir)"},
		{"the same body named again in the reported words",
			"قال المرصد السوري لحقوق الإنسان إن داعش استهدف مقر المرصد السوري لحقوق الإنسان في دير الزور.",
			[]string{"المرصد السوري لحقوق الإنسان"}, "attack(agent=isis,target=sohr)"},
		{"nested chain, time words before عن",
			"ونقلت وكالة رويترز مساء الجمعة عن وزارة الدفاع الروسية أن اجتماعا عقد بين روسيا وتركيا.",
			[]string{"وكالة رويترز", "وزارة الدفاع الروسية"}, "meet(counterpart=russia,counterpart=turkey)"},
		{"a body that transfers and is no source",
			"ونقلت وكالة رويترز الأسرى إلى تركيا.",
			nil, "transfer(agent=reuters,counterpart=turkey)"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := render(extractSourced(t, tc.text, tc.sources))
			without := render(extractSourced(t, tc.text, nil))
			t.Logf("with %s | without %s", got, without)
			if got != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
		})
	}
}
