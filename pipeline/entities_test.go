package pipeline

import (
	"reflect"
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/export"
)

func TestEntitiesMergeByID(t *testing.T) {
	var m entityMerger
	m.add([]export.Entity{
		{ID: "e:isis", Name: "تنظيم الدولة الإسلامية", Aliases: []string{"داعش", "التنظيم"}, Mentions: []export.Mention{{Doc: "d:2", Start: 5}}},
		{ID: "e:per:1", Name: "رامي عبد الرحمن", Aliases: []string{"رامي عبد الرحمن"}, Mentions: []export.Mention{{Doc: "d:2", Start: 9}}},
	})
	m.add([]export.Entity{
		{ID: "e:isis", Name: "داعش", Aliases: []string{"داعش", "تنظيم داعش"}, Mentions: []export.Mention{{Doc: "d:1", Start: 3}}},
	})
	got := m.merged()
	if len(got) != 2 || got[0].ID != "e:isis" || got[1].ID != "e:per:1" {
		t.Fatalf("entities %+v", got)
	}
	isis := got[0]
	if isis.Name != "تنظيم الدولة الإسلامية" {
		t.Errorf("name %q, want the first one seen", isis.Name)
	}
	if want := []string{"داعش", "التنظيم", "تنظيم داعش"}; !reflect.DeepEqual(isis.Aliases, want) {
		t.Errorf("aliases %v, want %v", isis.Aliases, want)
	}
	if len(isis.Mentions) != 2 || isis.Mentions[0].Doc != "d:1" {
		t.Errorf("mentions %+v, want both, sorted by document", isis.Mentions)
	}
}

func TestAddStoredRebasesIndexes(t *testing.T) {
	c, err := NewCorpus(nil)
	if err != nil {
		t.Fatal(err)
	}
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
		if err := c.AddStored(docWith(id), one(id)); err != nil {
			t.Fatal(err)
		}
	}
	a := c.out
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

func docWith(id string) isnad.Document {
	return isnad.Document{ID: id, Source: id, Text: "نص قصير عن " + id}
}
