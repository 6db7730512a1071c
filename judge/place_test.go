package judge

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/isnad/isnad/export"
)

// mention finds word in text and returns its mention in doc.
func mention(doc, text, word string) export.Mention {
	i := strings.Index(text, word)
	start := utf8.RuneCountInString(text[:i])
	return export.Mention{Doc: doc, Start: start, End: start + utf8.RuneCountInString(word), Text: word}
}

func TestPlaceClash(t *testing.T) {
	const lead = "انفجرت سيارة مفخخة قرب حاجز للشرطة العسكرية صباح اليوم وأسفر الانفجار عن سقوط جرحى "
	tests := []struct {
		name   string
		placeA string
		placeB string
		want   int
	}{
		{"different cities", "في اعزاز", "في عفرين", 1},
		{"same city", "في اعزاز", "في اعزاز", 0},
		{"city inside its governorate", "في اعزاز", "في حلب", 0},
	}
	ents := map[string]export.Entity{
		"اعزاز": {ID: "e:azaz", Type: "LOC", Kind: "city", Name: "اعزاز", Affiliation: "e:aleppo"},
		"عفرين": {ID: "e:afrin", Type: "LOC", Kind: "city", Name: "عفرين", Affiliation: "e:aleppo"},
		"حلب":   {ID: "e:aleppo", Type: "LOC", Kind: "governorate", Name: "حلب"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := export.NewAnalysis()
			a.Documents = []export.Document{{ID: "d:1", Outlet: sp("عنب بلدي")}, {ID: "d:2", Outlet: sp("الحرة")}}
			ta, tb := lead+tt.placeA, lead+tt.placeB
			a.Claims = []export.Claim{
				{ID: "c:1", Doc: "d:1", Text: ta, End: utf8.RuneCountInString(ta), Polarity: "asserted", Chain: []export.Link{}},
				{ID: "c:2", Doc: "d:2", Text: tb, End: utf8.RuneCountInString(tb), Polarity: "asserted", Chain: []export.Link{}},
			}
			byID := map[string]*export.Entity{}
			for k, e := range ents {
				e := e
				e.Mentions = nil
				for d, text := range map[string]string{"d:1": ta, "d:2": tb} {
					if strings.Contains(text, k) {
						e.Mentions = append(e.Mentions, mention(d, text, k))
					}
				}
				byID[e.ID] = &e
			}
			for _, e := range byID {
				a.Entities = append(a.Entities, *e)
			}
			if err := New(nil, Options{}).Judge(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, k := range a.Contradictions {
				if k.Attribute == "place" {
					n++
				}
			}
			if n != tt.want {
				t.Errorf("%d place contradictions, want %d: %+v", n, tt.want, a.Contradictions)
			}
		})
	}
}

func TestActorClash(t *testing.T) {
	text := "سلمت القوات مدينة تدمر الأثرية بشكل سلمي بعد أشهر من المفاوضات مع وجهاء المدينة"
	tests := []struct {
		name           string
		agentA, agentB string
		want           int
	}{
		{"different agents", "e:regime", "e:sdf", 1},
		{"same agent", "e:regime", "e:regime", 0},
		{"a unit of the agent", "e:regime", "e:military-security", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := export.NewAnalysis()
			a.Documents = []export.Document{{ID: "d:1", Outlet: sp("عنب بلدي")}, {ID: "d:2", Outlet: sp("الحرة")}}
			a.Entities = []export.Entity{{ID: "e:regime", Name: "الحكومة السورية"}, {ID: "e:sdf", Name: "قوات سوريا الديمقراطية"},
				{ID: "e:military-security", Name: "الأمن العسكري", Affiliation: "e:regime"}}
			a.Claims = []export.Claim{
				{ID: "c:1", Doc: "d:1", Text: text, Polarity: "asserted", Chain: []export.Link{}},
				{ID: "c:2", Doc: "d:2", Text: text, Polarity: "asserted", Chain: []export.Link{}},
			}
			a.Events = []export.Event{
				{ID: "v:1", Claim: "c:1", Type: "transfer", Actors: []export.EventActor{{Entity: tt.agentA, Role: "agent"}}, Place: sp("e:palmyra")},
				{ID: "v:2", Claim: "c:2", Type: "transfer", Actors: []export.EventActor{{Entity: tt.agentB, Role: "agent"}}, Place: sp("e:palmyra")},
			}
			if err := New(nil, Options{}).Judge(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, k := range a.Contradictions {
				if k.Attribute == "actor" {
					n++
				}
			}
			if n != tt.want {
				t.Errorf("%d actor contradictions, want %d: %+v", n, tt.want, a.Contradictions)
			}
		})
	}
}
