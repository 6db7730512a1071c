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

func docWith(id string) isnad.Document {
	return isnad.Document{ID: id, Source: id, Text: "نص قصير عن " + id}
}
