package actors_test

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad/extract/actors"
)

// Link takes the tagger's mentions (here one PER given by hand) and the
// lexicon, and returns the document's entities; Merge joins documents. The
// later bare family name ("وأضاف الحلبي") is the same person's second mention.
func ExampleLink() {
	lex, err := actors.LoadDefault()
	if err != nil {
		panic(err)
	}
	text := "قال مدير المرصد السوري لحقوق الإنسان، سامر الحلبي، إن عناصر داعـ ـش هاجموا سجن غويران. وأضاف الحلبي أن التنظيم خسر."
	start := utf8.RuneCountInString(text[:strings.Index(text, "سامر الحلبي")])
	person := actors.Mention{Type: "PER", Start: start, End: start + 11, Source: "ner"}
	ents := actors.Link(text, []actors.Mention{person}, lex)
	for _, e := range actors.Merge([]actors.DocEntities{{Doc: "d:1", Entities: ents}}) {
		fmt.Println(strings.TrimSpace(fmt.Sprint(e.ID, " ", e.Type, " ", e.Name, " ", len(e.Mentions), " ", e.Affiliation)))
	}
	name, _ := lex.Outlet("https://www.alhurra.com/syria")
	fmt.Println(name)
	// Output:
	// e:sohr ORG المرصد السوري لحقوق الإنسان 1
	// e:per:c16a0dc0c706 PER سامر الحلبي 2 e:sohr
	// e:isis ORG تنظيم الدولة الإسلامية 2
	// e:ghwayran-prison LOC سجن غويران 1 e:hasakah
	// الحرة
}
