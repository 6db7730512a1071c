package actors

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/isnad/isnad/internal/testenv"
)

func readSeed(t *testing.T, prefix string) string {
	t.Helper()
	matches, err := filepath.Glob(filepath.Join(testenv.Seeds(t), prefix+"_*.txt"))
	if err != nil || len(matches) != 1 {
		t.Fatalf("seed %s: %v %v", prefix, matches, err)
	}
	b, err := os.ReadFile(matches[0])
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// The seeds are one test among others: what they check here is what the
// lexicon and the linker do for any article of the region's news.
func TestSeedEntities(t *testing.T) {
	lex := testLexicon(t)

	t.Run("observatory director and his surname are one person", func(t *testing.T) {
		text := readSeed(t, "001")
		ms := []Mention{per(t, text, "رامي عبد الرحمن", 0)}
		for i := 0; i < 3; i++ {
			ms = append(ms, per(t, text, "عبدالرحمن", i))
		}
		ents := Link(text, ms, lex)
		full := entityOf(t, ents, text, "رامي عبد الرحمن", 0)
		for i := 0; i < 3; i++ {
			if e := entityOf(t, ents, text, "عبدالرحمن", i); e.ID != full.ID {
				t.Errorf("عبدالرحمن #%d is %s, want %s", i, e.ID, full.ID)
			}
		}
		if full.Type != TypePER || full.Affiliation != "e:sohr" {
			t.Errorf("director: %s %s affiliation %q, want PER of e:sohr", full.ID, full.Type, full.Affiliation)
		}
	})

	t.Run("ISIS under all its names and the anaphor is one organisation", func(t *testing.T) {
		text := readSeed(t, "000")
		ents := Link(text, nil, lex)
		isis := entityOf(t, ents, text, "داعـ ـش", 0)
		if isis.ID != "e:isis" || isis.Type != TypeORG {
			t.Fatalf("داعـ ـش is %s %s, want ORG e:isis", isis.ID, isis.Type)
		}
		for _, form := range []string{"تنظيم داعش", "داعش", "التنظيم"} {
			if !containsString(isis.Aliases, form) {
				t.Errorf("%q is not among the aliases of e:isis %q", form, isis.Aliases)
			}
		}
		if e := entityOf(t, ents, text, "الحرس الثوري الإيراني", 0); e.ID != "e:irgc" {
			t.Errorf("الحرس الثوري الإيراني is %s, want e:irgc", e.ID)
		}
		if e := entityOf(t, ents, text, "الحرس الثوري", 1); e.ID != "e:irgc" {
			t.Errorf("الحرس الثوري is %s, want e:irgc", e.ID)
		}
	})

	t.Run("people named with their office and title", func(t *testing.T) {
		text := readSeed(t, "000")
		chief := "أحمد إبراهيم الخليل"
		ms := []Mention{
			per(t, text, "العميد "+chief, 0),
			per(t, text, "الشيخ على أحمد العموري", 0),
			per(t, text, "الحاج دهقان", 0),
			per(t, text, "أبو البراء", 0),
		}
		ents := Link(text, ms, lex)
		e := entityOf(t, ents, text, "العميد "+chief, 0)
		if e.Type != TypePER || e.Name != chief || e.Affiliation != "e:syria-military-security" {
			t.Errorf("branch chief: %s %q affiliation %q", e.Type, e.Name, e.Affiliation)
		}
		for _, p := range []string{"الشيخ على أحمد العموري", "الحاج دهقان", "أبو البراء"} {
			if e := entityOf(t, ents, text, p, 0); e.Type != TypePER {
				t.Errorf("%q is %s", p, e.Type)
			}
		}
	})

	t.Run("places", func(t *testing.T) {
		for _, c := range []struct{ seed, form, id string }{
			{"002", "غويران", "e:ghwayran"}, // "سجني غويران والصناعة": the dual is no alias of the prison
			{"002", "مخيم الهول", "e:al-hol"},
			{"002", "منطقة التنف", "e:tanf"},
			{"002", "مدينة الحسكة", "e:hasakah"},
			{"002", "البادية السورية", "e:syrian-desert"},
			{"003", "تدمر", "e:palmyra"},
			{"003", "مدينة الرقة", "e:raqqa"},
			{"000", "دير الزور", "e:deir-ez-zor"},
		} {
			text := readSeed(t, c.seed)
			ents := Link(text, nil, lex)
			var found *Entity
			for i := range ents {
				if ents[i].ID == c.id {
					found = &ents[i]
				}
			}
			if found == nil || found.Type != TypeLOC || !containsString(found.Aliases, c.form) {
				t.Errorf("seed %s: %q not found as LOC %s (%+v)", c.seed, c.form, c.id, found)
			}
		}
	})
}
