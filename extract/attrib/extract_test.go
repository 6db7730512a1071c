package attrib

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"testing"

	"github.com/isnad/isnad/arabic"
)

func extractText(t testing.TB, text string, credits ...string) []Claim {
	t.Helper()
	text = arabic.Display(text).Text
	return newTestExtractor(t).Extract(Input{DocID: "d:test", Text: text, Sentences: arabic.Sentences(text), Credits: credits})
}

// chainOf renders the chain of the claim holding fragment as "name/kind → …".
func chainOf(cs []Claim, fragment string) (string, *Claim) {
	for i, c := range cs {
		if strings.Contains(c.Text, fragment) {
			return chainString(c.Chain), &cs[i]
		}
	}
	return "<no claim>", nil
}

func TestCueFamilies(t *testing.T) {
	cases := []struct {
		name, text, fragment, want string
	}{
		{"speech verb, subject after", "قال المتحدث باسم وزارة الداخلية اللواء منصور التركي إن الهجوم وقع مساء أمس.", "الهجوم وقع",
			"[منصور التركي (وزارة الداخلية)/person]"},
		{"speech verb, subject before", "المرصد السوري لحقوق الإنسان، ذكر في تقرير أن القصف استمر ثلاثة أيام.", "القصف استمر",
			"[المرصد السوري لحقوق الإنسان/organization]"},
		{"feminine and clitic", "وأكدت وزارة الصحة أن الحالات تراجعت.", "الحالات تراجعت", "[وزارة الصحة/government]"},
		{"present tense", "ويقول مسؤولون إن المفاوضات متعثرة.", "المفاوضات متعثرة", "[مسؤولون/anonymous]"},
		{"according to", "وصل عدد القتلى إلى عشرين، بحسب وكالة رويترز.", "عدد القتلى", "[رويترز/agency]"},
		{"according to with lam", "ووفقاً لمصادر محلية، فإن الاشتباكات توقفت.", "الاشتباكات توقفت", "[مصادر محلية/anonymous]"},
		{"according to what X said", "بحسب ما ذكره موقع الحرة، فإن الاتفاق تم في مايو.", "الاتفاق تم", "[الحرة/outlet]"},
		{"relay", "ونقلت وكالة فرانس برس عن شهود عيان أن الانفجار كان قويا.", "الانفجار كان", "[فرانس برس/agency → شهود عيان/anonymous]"},
		{"citing", "وذكرت صحيفة عكاظ نقلا عن مصدر مطلع أن القرار سيصدر قريبا.", "القرار سيصدر", "[عكاظ/outlet → مصدر مطلع/anonymous]"},
		{"told an outlet", "وقال الخبير العسكري أحمد حسن في تصريح لقناة الجزيرة إن الهجوم فشل.", "الهجوم فشل", "[الجزيرة/outlet → أحمد حسن/person]"},
		{"report of a body", "وبحسب تقرير للمرصد السوري لحقوق الإنسان، قتل خمسة مدنيين.", "قتل خمسة", "[المرصد السوري لحقوق الإنسان/organization]"},
		{"data as source", "وأظهرت بيانات رسمية أن الصادرات ارتفعت.", "الصادرات ارتفعت", "[بيانات رسمية/document]"},
		{"leaked documents", "وتكشف وثائق مسربة أن الاتفاق سري.", "الاتفاق سري", "[وثائق مسربة/document]"},
		{"anonymous official", "وقال مسؤول رفض الكشف عن اسمه إن المحادثات انهارت.", "المحادثات انهارت", "[مسؤول رفض الكشف/anonymous]"},
		{"country for its government", "وأعلنت موسكو أنها سترد على العقوبات.", "سترد على", "[موسكو/government]"},
		{"english", "Reuters reported that the talks had collapsed.", "talks", "[رويترز/agency]"},
		{"outlet voice", "ارتفعت أسعار النفط في تعاملات اليوم بنسبة كبيرة.", "أسعار النفط", "[]"},
		{"not a source: a rule", "ووفقاً للاتفاق المسبق عقد الاجتماع في موعده المحدد.", "عقد الاجتماع", "[]"},
		{"not a source: transport", "ويجري نقل وتهريب السلاح عبر الحدود بشكل يومي.", "نقل وتهريب", "[]"},
		{"relative clause", "على عكس ما تدعي الحكومة، استمر القصف طوال الليل.", "استمر القصف", "[]"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cs := extractText(t, tc.text)
			if got, _ := chainOf(cs, tc.fragment); got != tc.want {
				t.Errorf("chain %s, want %s", got, tc.want)
			}
		})
	}
}

func TestNestingCarryingAndCredits(t *testing.T) {
	text := "كشف مدير المرصد السوري لحقوق الإنسان، رامي عبد الرحمن، أن التعاون مستمر.\n" +
		"وأضاف أن المرصد سينشر تحقيقات جديدة.\n" +
		"وأشار إلى أن بيانات المرصد أظهرت تراجع الهجمات.\n" +
		"وارتفعت أسعار الوقود في دمشق بشكل حاد هذا الشهر.\n" +
		"\"الهجمات توقفت تماما. والقوافل تمر بأمان\" بحسب عبدالرحمن."
	cs := extractText(t, text, "الحرة")
	director := "الحرة/outlet → رامي عبد الرحمن (المرصد السوري لحقوق الإنسان)/person"
	cases := []struct {
		fragment, want string
		carried        bool
	}{
		{"أن التعاون مستمر", "[" + director + "]", false},
		{"سينشر تحقيقات", "[" + director + "]", true},
		{"بيانات المرصد أظهرت", "[" + director + " → المرصد السوري لحقوق الإنسان/organization]", true},
		{"أسعار الوقود", "[الحرة/outlet]", false},
		{"الهجمات توقفت", "[" + director + "]", true},
		{"والقوافل تمر", "[" + director + "]", false},
	}
	for _, tc := range cases {
		got, c := chainOf(cs, tc.fragment)
		if got != tc.want {
			t.Errorf("%q: chain %s, want %s", tc.fragment, got, tc.want)
			continue
		}
		if c.Carried != tc.carried {
			t.Errorf("%q: carried %v, want %v", tc.fragment, c.Carried, tc.carried)
		}
	}
}

func TestSubHeadingCarries(t *testing.T) {
	text := "قال المرصد السوري لحقوق الإنسان إن الوضع متوتر في المدينة.\n" +
		"المرصد: الحرس الثوري يرسل قائدا للقاء ممثل عن التنظيم\n" +
		"وبعد ثلاثة أسابيع التقى الطرفان مرة أخرى في الموقع نفسه.\n" +
		"أوجه التعاون\n" +
		"واستمرت الاشتباكات في الريف الشرقي طوال الأسبوع."
	cs := extractText(t, text)
	for _, tc := range []struct{ fragment, want string }{
		{"الحرس الثوري يرسل", "[المرصد السوري لحقوق الإنسان/organization]"},
		{"التقى الطرفان", "[المرصد السوري لحقوق الإنسان/organization]"},
		{"واستمرت الاشتباكات", "[]"},
	} {
		if got, _ := chainOf(cs, tc.fragment); got != tc.want {
			t.Errorf("%q: chain %s, want %s", tc.fragment, got, tc.want)
		}
	}
	if got, _ := chainOf(cs, "أوجه التعاون"); got != "<no claim>" {
		t.Errorf("a plain heading became a claim: %s", got)
	}
}

func TestClauses(t *testing.T) {
	text := "ويظهر التعاون بين الطرفين منذ عام 2021، بحسب تحقيق للمرصد السوري، إذ يرى الحرس الثوري أن الخلاف لا يمنع التنسيق، وفق وكالة رويترز."
	cs := extractText(t, text)
	if len(cs) != 2 {
		t.Fatalf("want two clauses, got %d: %v", len(cs), cs)
	}
	if got, _ := chainOf(cs, "التعاون بين"); got != "[المرصد السوري لحقوق الإنسان/organization]" {
		t.Errorf("first clause: %s", got)
	}
	if got, _ := chainOf(cs, "الخلاف لا يمنع"); !strings.HasPrefix(got, "[رويترز/agency") {
		t.Errorf("second clause: %s", got)
	}
}

func TestHedgesAndPolarity(t *testing.T) {
	cases := []struct {
		name, text, hedge, polarity string
	}{
		{"seems", "ويبدو أن الهدنة صامدة حتى الآن في المدينة.", "ويبدو أن", Asserted},
		{"may + present", "وقال المحلل إن الأسعار قد ترتفع مجددا.", "قد ترتفع", Asserted},
		{"qad + past is certainty", "وقال المحلل إن الأسعار قد ارتفعت فعلا.", "", Asserted},
		{"alleged", "ونشرت الصحيفة صورا للمقاتل المزعوم في الريف.", "المزعوم", Asserted},
		{"denial verb", "ونفت وزارة الدفاع أن تكون طائراتها قصفت المستشفى.", "", Denied},
		{"denial phrase", "وقال المتحدث إن هذه الأنباء عارية عن الصحة تماما.", "", Denied},
		{"negated fact is asserted", "وقال المرصد إن التنظيم لم يستهدف أيا من الميليشيات.", "", Asserted},
		{"unverifiable", "ولم يتسن التحقق من صحة هذه المعلومات من مصدر مستقل.", "لم يتسن التحقق", Asserted},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cs := extractText(t, tc.text)
			if len(cs) != 1 {
				t.Fatalf("want one claim, got %d", len(cs))
			}
			c := cs[0]
			var hs []string
			for _, h := range c.Hedges {
				hs = append(hs, h.Text)
			}
			if tc.hedge == "" && len(hs) > 0 || tc.hedge != "" && !strings.Contains(strings.Join(hs, "|"), tc.hedge) {
				t.Errorf("hedges %v, want %q", hs, tc.hedge)
			}
			if c.Polarity != tc.polarity {
				t.Errorf("polarity %s, want %s", c.Polarity, tc.polarity)
			}
		})
	}
}

func TestDocumentWideDisclaimer(t *testing.T) {
	text := "وتظهر الوثائق المسربة أن الاتفاق استمر سنوات.\nومن المستحيل التأكد من أصالة هذه الوثائق.\nوقال مسؤول محلي إن الطريق مغلق."
	cs := extractText(t, text)
	_, docClaim := chainOf(cs, "الاتفاق استمر")
	_, other := chainOf(cs, "الطريق مغلق")
	if docClaim == nil || other == nil {
		t.Fatal("claims missing")
	}
	if len(docClaim.Hedges) == 0 || !strings.Contains(docClaim.Hedges[0].Text, "من المستحيل التأكد") {
		t.Errorf("claim on documents lacks the disclaimer: %+v", docClaim.Hedges)
	}
	if len(other.Hedges) != 0 {
		t.Errorf("claim on an official got the documents' disclaimer: %+v", other.Hedges)
	}
}

func TestIDsStableAndSpansExact(t *testing.T) {
	text := "قال مصدر مطلع إن الاجتماع عقد أمس. وأضاف أن النتائج إيجابية."
	a, b := extractText(t, text), extractText(t, text)
	runes := []rune(arabic.Display(text).Text)
	for i := range a {
		if a[i].ID != b[i].ID || !strings.HasPrefix(a[i].ID, "c:") {
			t.Errorf("ids %s / %s", a[i].ID, b[i].ID)
		}
		if string(runes[a[i].Start:a[i].End]) != a[i].Text {
			t.Errorf("span %d-%d does not hold %q", a[i].Start, a[i].End, a[i].Text)
		}
	}
	if len(a) != 2 || a[0].ID == a[1].ID {
		t.Errorf("want two claims with distinct ids, got %d", len(a))
	}
}

func TestMentionsGiveEntities(t *testing.T) {
	text := "وقال أحمد سالم مدير الشركة إن الأرباح تضاعفت."
	in := Input{DocID: "d:x", Text: text, Sentences: arabic.Sentences(text),
		Mentions: []SourceMention{{Start: 5, End: 14, Text: "أحمد سالم", Type: "PER", EntityID: "e:1"}}}
	cs := newTestExtractor(t).Extract(in)
	if len(cs) != 1 || len(cs[0].Chain) != 1 || cs[0].Chain[0].EntityID != "e:1" || cs[0].Chain[0].Kind != KindPerson {
		t.Fatalf("claims %+v", cs)
	}
	if !strings.HasPrefix(cs[0].Chain[0].Name, "أحمد سالم") {
		t.Errorf("name %q", cs[0].Chain[0].Name)
	}
}

// TestClaimIDStable pins claim ids: stored analyses and the golden file name
// claims by them, so a change of the digest's input is a change of every id.
func TestClaimIDStable(t *testing.T) {
	if got, want := claimID("doc-1", 3, 17, "قال المرصد"), claimIDOf("doc-1", 3, 17, "قال المرصد"); got != want {
		t.Errorf("claimID = %s, want %s", got, want)
	}
}

// claimIDOf is the definition of a claim id, written plainly.
func claimIDOf(docID string, start, end int, text string) string {
	h := sha256.New()
	h.Write([]byte(docID))
	h.Write([]byte{0})
	h.Write([]byte(strconv.Itoa(start) + ":" + strconv.Itoa(end)))
	h.Write([]byte{0})
	h.Write([]byte(text))
	return "c:" + hex.EncodeToString(h.Sum(nil)[:8])
}
