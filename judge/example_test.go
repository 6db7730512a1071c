package judge_test

import (
	"context"
	"fmt"
	"unicode/utf8"

	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/judge"
)

// Judge groups two retellings of one monitor's report, completes the
// rewrite's chain from the outlet's own article, counts one independent
// origin and finds the month they disagree on.
func ExampleJudge_Judge() {
	alhurra, site := "الحرة", "الحل نت"
	may, april := "2021-05", "2021-04"
	a := export.NewAnalysis()
	a.Documents = []export.Document{{ID: "d:1", Outlet: &alhurra}, {ID: "d:2", Outlet: &site}}
	const prefix = "بدأت المفاوضات السرية بين الفصائل الموالية والتنظيم عبر برقية فارسية أرسلها الحرس في "
	text := func(month string) string { return prefix + month + " 2021" }
	at := utf8.RuneCountInString(prefix)
	a.Times = []export.Time{{Doc: "d:1", Start: at, End: at + 9, Text: "أيار 2021", Value: &may}, {Doc: "d:2", Start: at, End: at + 10, Text: "نيسان 2021", Value: &april}}
	a.Claims = []export.Claim{
		{ID: "c:1", Doc: "d:1", Text: text("أيار"), Times: []int{0}, Polarity: "asserted",
			Chain: []export.Link{{Name: "المرصد السوري لحقوق الإنسان", Kind: "organization"}}},
		{ID: "c:2", Doc: "d:2", Text: text("نيسان"), Times: []int{1}, Polarity: "asserted",
			Chain: []export.Link{{Name: "الحرة", Kind: "outlet"}}},
	}
	rel, err := judge.DefaultReliability()
	if err != nil {
		panic(err)
	}
	if err := judge.New(rel, judge.Options{}).Judge(context.Background(), a); err != nil {
		panic(err)
	}
	g := a.ClaimGroups[0]
	fmt.Println(len(a.ClaimGroups), g.Claims, g.IndependentOrigins, g.Origins, g.Credibility)
	fmt.Println(a.Claims[1].Chain[1].Name, a.Claims[1].Chain[1].InheritedFrom)
	for _, k := range a.Contradictions {
		fmt.Println(k.Attribute, k.Values)
	}
	// Output:
	// 1 [c:1 c:2] 1 [المرصد السوري لحقوق الإنسان] 3
	// المرصد السوري لحقوق الإنسان d:1
	// time [2021-05 2021-04]
}
