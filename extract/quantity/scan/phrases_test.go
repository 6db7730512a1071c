package scan

import "testing"

func TestPhrasesLongestFirstAndMerged(t *testing.T) {
	p := Phrases[int]{}
	for _, c := range []struct {
		form string
		bit  int
	}{{"منذ", 1}, {"منذ بداية العام", 2}, {"منذ بداية", 4}, {"منذ بداية العام", 8}} {
		if err := p.Add(c.form, func(v *int) { *v |= c.bit }); err != nil {
			t.Fatal(err)
		}
	}
	if err := p.Add("  ", func(*int) {}); err == nil {
		t.Error("an empty form was accepted")
	}
	list := p[Scan("منذ")[0].Key]
	if len(list) != 3 {
		t.Fatalf("%d phrases, want 3 (the repeated form merged)", len(list))
	}
	for k, want := range []struct{ words, info int }{{2, 2 | 8}, {1, 4}, {0, 1}} {
		if len(list[k].Rest) != want.words || list[k].Info != want.info {
			t.Errorf("phrase %d: %d more words, info %d; want %d, %d", k, len(list[k].Rest), list[k].Info, want.words, want.info)
		}
	}
}
