package pipeline

import (
	"context"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/link"
)

func TestAddStoredRebasesIndexes(t *testing.T) {
	c := NewAssembly()
	one := func(doc string) *export.DocumentAnalysis {
		tm := 0
		return &export.DocumentAnalysis{Doc: doc,
			Times:      []export.Time{{Doc: doc}},
			Quantities: []export.Quantity{{Doc: doc}, {Doc: doc}},
			Claims:     []export.Claim{{ID: "c:" + doc, Doc: doc, Times: []int{0}, Quantities: []int{1}}},
			Events:     []export.Event{{ID: "v:" + doc, Time: &tm, Quantities: []int{0, 1}}},
		}
	}
	for _, id := range []string{"d:a", "d:b"} {
		c.Add(docWith(id), one(id))
	}
	a := c.Analysis()
	if got := a.Claims[1]; got.Times[0] != 1 || got.Quantities[0] != 3 {
		t.Errorf("second claim indexes %v %v, want [1] [3]", got.Times, got.Quantities)
	}
	if got := a.Events[1]; *got.Time != 1 || !reflect.DeepEqual(got.Quantities, []int{2, 3}) {
		t.Errorf("second event indexes %v %v, want 1 [2 3]", *got.Time, got.Quantities)
	}
	if a.Claims[0].Times[0] != 0 {
		t.Errorf("first claim's indexes moved: %v", a.Claims[0].Times)
	}
}

// story texts: two copies of one article (a syndication) and an unrelated one.
func storyDocs() []isnad.Document {
	base := "قال المرصد السوري لحقوق الإنسان إن المفاوضات بين الميليشيات الإيرانية وتنظيم داعش بدأت في أيار من عام 2021 في البادية السورية. " +
		"وأضاف المرصد أن الحرس الثوري أرسل شيخ القبيلة برفقة قائد فرع الأمن العسكري إلى دير الزور لمقابلة ممثل التنظيم. " +
		"وذكر أن الطرفين اتفقا على إمداد التنظيم بالأسلحة والذخيرة وتأمين مرور عناصره إلى مناطق سيطرة القوات الكردية. " +
		"ونفذ التنظيم منذ بداية العام أكثر من مئة عملية استهدفت قوات التحالف وقوات سوريا الديمقراطية وقوات النظام."
	other := "ارتفعت أسعار الخبز والوقود في أسواق دمشق خلال الأسبوع الماضي بنسبة كبيرة بعد قرار الحكومة رفع الدعم. " +
		"وقال تجار إن الإقبال على الشراء تراجع في الأيام الأخيرة، فيما طالب مواطنون بزيادة الرواتب لمواجهة الغلاء."
	doc := func(id, outlet, text string) isnad.Document {
		return isnad.Document{ID: id, Source: id + ".txt", Outlet: outlet, Text: text}
	}
	return []isnad.Document{doc("d:a", "الحرة", base), doc("d:b", "الحل نت", base+" "), doc("d:c", "عنب بلدي", other)}
}

// A corpus that reads texts back from their source finds the same stories
// as one that keeps them, keeps no text, and asks the source only for the
// documents it aligns.
func TestCorpusReadsTextsBack(t *testing.T) {
	docs := storyDocs()
	run := func(src link.TextSource) *export.Analysis {
		c, err := NewCorpus(nil)
		if err != nil {
			t.Fatal(err)
		}
		if src != nil {
			c.ReadTextsFrom(src)
		}
		for _, d := range docs {
			if err := c.AddStored(d, nil); err != nil {
				t.Fatal(err)
			}
		}
		a, err := c.Finish(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	kept := run(nil)
	asked := map[string]int{}
	byID := map[string]string{}
	for _, d := range docs {
		byID[d.ID] = d.Text
	}
	back := run(link.TextFunc(func(_ context.Context, id string) (string, error) {
		asked[id]++
		return byID[id], nil
	}))
	if len(kept.Stories) == 0 {
		t.Fatal("no story among the copies: nothing compared")
	}
	if !reflect.DeepEqual(kept.Stories, back.Stories) {
		t.Errorf("stories differ when texts are read back:\n%+v\n%+v", kept.Stories, back.Stories)
	}
	for _, d := range back.Documents {
		if d.Text != "" {
			t.Errorf("document %s kept its text", d.ID)
		}
	}
	if kept.Documents[0].Text == "" {
		t.Error("the in-memory corpus lost its texts")
	}
	if asked["d:c"] != 0 || asked["d:a"] == 0 || asked["d:b"] == 0 {
		t.Errorf("texts asked %v, want the two copies only", asked)
	}
}

// The links chain completion adds survive being saved apart from the
// claims: Inherited lists them, CompleteChains puts them back once.
func TestInheritedLinksRoundTrip(t *testing.T) {
	own := export.Link{Name: "الحرة", Kind: "outlet"}
	deep := export.Link{Name: "المرصد السوري لحقوق الإنسان", Kind: "organization", InheritedFrom: "d:a"}
	whole := []export.Link{{Name: "الحرة", Kind: "outlet", Cue: "copied", InheritedFrom: "d:a"}, deep}
	done := []export.Claim{
		{ID: "c:1", Chain: []export.Link{own, deep}}, // a chain ending at an outlet, continued
		{ID: "c:2", Chain: whole},                    // an unattributed copy, given the whole chain
		{ID: "c:3", Chain: []export.Link{own}},       // nothing inherited
	}
	in := Inherited(&export.Analysis{Claims: done})
	if len(in) != 2 || in[0].Claim != "c:1" || len(in[0].Links) != 1 || in[1].Claim != "c:2" || len(in[1].Links) != 2 {
		t.Fatalf("inherited %+v", in)
	}
	raw, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	var back []InheritedLinks
	if err := json.Unmarshal(raw, &back); err != nil {
		t.Fatal(err)
	}
	stored := &export.Analysis{Claims: []export.Claim{{ID: "c:1", Chain: []export.Link{own}}, {ID: "c:2", Chain: []export.Link{}}, {ID: "c:3", Chain: []export.Link{own}}}}
	for range 2 { // a second pass changes nothing
		CompleteChains(stored, back)
		for i, c := range stored.Claims {
			got, _ := json.Marshal(c.Chain)
			want, _ := json.Marshal(done[i].Chain)
			if string(got) != string(want) {
				t.Errorf("%s chain %s, want %s", c.ID, got, want)
			}
		}
	}
	if !strings.Contains(string(raw), `"inherited_from":"d:a"`) {
		t.Errorf("saved links do not name their document: %s", raw)
	}
}
