package actors
import ("testing";"fmt";"os";"github.com/isnad/isnad/extract/ner";"github.com/isnad/isnad/arabic")
func TestDbgNER(t *testing.T){
	lex := testLexicon(t)
	m, err := ner.Default(); if err != nil { t.Fatal(err) }
	b,_ := os.ReadFile(os.Getenv("SMOKE"))
	text := arabic.Display(string(b)).Text
	var ms []Mention
	for _, x := range m.Entities(text) { ms = append(ms, Mention{Type: x.Type, Start: x.Start, End: x.End, Text: x.Text, Source: "ner"}) }
	for _, e := range Link(text, ms, lex) {
		var s []string
		for _, mm := range e.Mentions { s = append(s, mm.Text+"/"+mm.Source[:1]) }
		fmt.Println(e.ID, e.Type, e.Name, "aff="+e.Affiliation, s)
	}
}
