package attrib_test

import (
	"fmt"

	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/extract/attrib"
)

func ExampleExtractor_Extract() {
	lex, err := attrib.DefaultLexicon()
	if err != nil {
		panic(err)
	}
	x := attrib.New(lex, nil) // nil: the lexicon's own list of outlets and agencies
	text := arabic.Display("ونقلت وكالة سبوتنيك الروسية عن مصدر مطلع أن اللقاءات عقدت في التنف. وأضاف المصدر أن الاتفاق قد يشمل تزويد الأسلحة.").Text
	for _, c := range x.Extract(attrib.Input{DocID: "d:1", Text: text, Sentences: arabic.Sentences(text), Credits: []string{"الحرة"}}) {
		for _, l := range c.Chain {
			fmt.Printf("%s (%s) ", l.Name, l.Kind)
		}
		fmt.Println(len(c.Hedges), c.Polarity)
	}
	// Output:
	// الحرة (outlet) سبوتنيك (agency) مصدر مطلع (anonymous) 0 asserted
	// الحرة (outlet) سبوتنيك (agency) مصدر مطلع (anonymous) 1 asserted
}
