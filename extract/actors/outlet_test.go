package actors

import "testing"

func TestOutlet(t *testing.T) {
	lex := testLexicon(t)
	tests := []struct{ name, want string }{
		{"الحرة", "الحرة"},
		{"Alhurra", "الحرة"},
		{"alhurra.com", "الحرة"},
		{"https://www.alhurra.com/syria/2023/07/16/x", "الحرة"},
		{"موقع الحرة", "الحرة"},
		{"«الحرة»", "الحرة"},
		{"سكاي نيوز", "سكاي نيوز عربية"},
		{"Sky News Arabia", "سكاي نيوز عربية"},
		{"arabic.sputniknews.com", "وكالة سبوتنيك"},
		{"سبوتنيك", "وكالة سبوتنيك"},
		{"الحل نت", "الحل نت"},
		{"فرانس برس", "وكالة فرانس برس"},
		{"AFP", "وكالة فرانس برس"},
		{"afp", "وكالة فرانس برس"},
		{"أ ف ب", "وكالة فرانس برس"},
		{"رويترز", "وكالة رويترز"},
		{"aawsat", "صحيفة الشرق الأوسط"},
		{"الشرق الأوسط", "صحيفة الشرق الأوسط"},
		{"alriyadh", "صحيفة الرياض"},
		{"الرياض", "صحيفة الرياض"},
		{"3alyoum", "عين اليوم"},
		{"was", "وكالة الأنباء السعودية"},
		{"sabq", "صحيفة سبق"},
		{"okaz.com.sa", "صحيفة عكاظ"},
		{"صحيفة عكاظ", "صحيفة عكاظ"},
		{"aljazirah", "صحيفة الجزيرة"},
		{"الجزيرة نت", "قناة الجزيرة"},
		{"BBC", "بي بي سي"},
		{"بي بي سي", "بي بي سي"},
		{"سانا", "الوكالة العربية السورية للأنباء"},
		{"الأناضول", "وكالة الأناضول"},
		{"المرصد السوري لحقوق الإنسان", ""}, // a monitor, not an outlet
		{"دمشق", ""},
		{"", ""},
		{"example.com", ""},
	}
	for _, tt := range tests {
		got, ok := lex.Outlet(tt.name)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("Outlet(%q) = %q, %v; want %q", tt.name, got, ok, tt.want)
		}
	}
}

func TestEverySaudiNewsNetFeedIsAnOutlet(t *testing.T) {
	lex := testLexicon(t)
	// The 14 feed ids of ../shared/corpus/saudinewsnet.
	for _, id := range []string{"alriyadh", "aljazirah", "alyaum", "aleqtisadiya", "aawsat", "okaz", "alwatan",
		"almadina", "alweeam", "3alyoum", "sabq", "was", "arreyadi", "arriyadiyah"} {
		if _, ok := lex.Outlet(id); !ok {
			t.Errorf("feed id %s resolves to no outlet", id)
		}
	}
}

// FuzzOutlet checks the resolver on arbitrary names: no panic, and a name
// that resolves resolves to an outlet.
func FuzzOutlet(f *testing.F) {
	f.Add("https://www.alhurra.com/a")
	f.Add("صحيفة «عكاظ»")
	f.Add("http://[::1")
	lex := testLexicon(f)
	f.Fuzz(func(t *testing.T, name string) {
		a, ok := lex.OutletActor(name)
		if ok && a.Kind != "outlet" && a.Kind != "news-agency" {
			t.Fatalf("%q resolved to %s of kind %s", name, a.ID, a.Kind)
		}
	})
}
