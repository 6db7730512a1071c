package actors

import (
	"strings"
	"testing"

	"github.com/isnad/isnad/arabic"
)

func TestMatchThroughCliticsAndObfuscation(t *testing.T) {
	lex := testLexicon(t)
	tests := []struct {
		name, text string
		actor      string // "" = no actor expected
		surface    string // expected span text
	}{
		{"plain", "قال المرصد السوري لحقوق الإنسان", "sohr", "المرصد السوري لحقوق الإنسان"},
		{"waw before article", "وقال والمرصد السوري أمس", "sohr", "المرصد السوري"},
		{"lam-lam article", "أرسل وللحرس الثوري برقية", "irgc", "لحرس الثوري"},
		{"ba", "التحق بداعش عام 2014", "isis", "داعش"},
		{"lam with hamza", "الموالية لإيران في سوريا", "iran", "إيران"},
		{"tatweel split", "شراكة بين “داعـ ـش” والفصائل", "isis", "داعـ ـش"},
		{"tatweel inside", "عناصر داعـــش في البادية", "isis", "داعـــش"},
		{"zero-width joiner", "عناصر دا\u200cعش في البادية", "isis", "دا\u200cعش"},
		{"diacritics", "أعلنَ الحَرَسُ الثَّوْرِيُّ", "irgc", "الحَرَسُ الثَّوْرِيُّ"},
		{"hamza and ta marbuta folded", "قوات الحكومه السوريه", "syria-army", "قوات الحكومه السوريه"},
		{"variant spelling", "قالت القيادة المركزية الأمريكية", "centcom", "القيادة المركزية الأمريكية"},
		{"english acronym", "according to SOHR monitors", "sohr", "SOHR"},
		{"acronym keeps case", "this is not it", "", ""},
		{"abd joined", "قال رامي عبدالرحمن", "rami-abdulrahman", "رامي عبدالرحمن"},
		{"head noun joins", "هاجم تنظيم داعش المدينة", "isis", "تنظيم داعش"},
		{"head noun across quotes", "هاجم تنظيم “القاعدة” المدينة", "al-qaeda", "تنظيم “القاعدة”"},
		{"head noun with waw", "هاجم وتنظيم داعش", "isis", "تنظيم داعش"},
		{"weak place with head", "سيطر على مدينة تدمر الأثرية", "palmyra", "مدينة تدمر"},
		{"weak place after ba", "المعارك بتدمر مستمرة", "palmyra", "تدمر"},
		{"weak place after fi", "اشتباكات في الرقة", "raqqa", "الرقة"},
		{"weak alias as verb", "القصف تدمر المنازل", "", ""},
		{"weak common noun", "وضع القاعدة الأساسية للعمل", "", ""},
		{"weak quoted", "بحسب موقع «الحرة» أمس", "alhurra", "موقع «الحرة»"},
		{"ta marbuta guards weak", "قال في حديثه للصحيفة", "", ""},
		{"ambiguous alone", "وصل الوفد إلى عمان", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got *Match
			for _, m := range lex.Match(tt.text) {
				if m.Confirmed && !m.Ambiguous {
					m := m
					got = &m
					break
				}
			}
			if tt.actor == "" {
				if got != nil {
					t.Fatalf("matched %s %q, want nothing", got.Actor, got.Text)
				}
				return
			}
			if got == nil {
				t.Fatalf("no confirmed match in %q, want %s", tt.text, tt.actor)
			}
			if got.Actor != tt.actor || got.Text != tt.surface {
				t.Fatalf("got %s %q, want %s %q", got.Actor, got.Text, tt.actor, tt.surface)
			}
			rs := []rune(tt.text)
			if string(rs[got.Start:got.End]) != got.Text {
				t.Fatalf("span %d:%d is %q, text says %q", got.Start, got.End, string(rs[got.Start:got.End]), got.Text)
			}
		})
	}
}

func TestMatchLongestWins(t *testing.T) {
	lex := testLexicon(t)
	tests := []struct {
		text   string
		actors []string
	}{
		{"الجيش السوري الحر يقاتل الجيش السوري", []string{"fsa", "syria-army"}},
		{"تنظيم الدولة الإسلامية في العراق والشام", []string{"isis"}},
		{"الحرس الثوري الإيراني وفيلق القدس", []string{"irgc", "quds-force"}},
		{"كتائب حزب الله وحزب الله", []string{"kataib-hezbollah", "hezbollah"}},
		{"مجلس الأمن الدولي ومجلس الأمن", []string{"un-security-council", "un-security-council"}},
		{"وزارة الخارجية الأميركية والخارجية الروسية", []string{"us-state-department", "russia-foreign-ministry"}},
		{"سجن غويران في حي غويران", []string{"ghwayran-prison", "ghwayran"}},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range lex.Match(tt.text) {
			got = append(got, m.Actor)
		}
		if strings.Join(got, ",") != strings.Join(tt.actors, ",") {
			t.Errorf("%q: got %v, want %v", tt.text, got, tt.actors)
		}
	}
}

func TestMatchSpansNeverOverlap(t *testing.T) {
	lex := testLexicon(t)
	text := "وللحرس الثوري الإيراني وتنظيم داعش والمرصد السوري لحقوق الإنسان في دير الزور والحسكة"
	prev := -1
	for _, m := range lex.Match(text) {
		if m.Start < prev || m.Start >= m.End {
			t.Fatalf("bad span %d:%d after %d", m.Start, m.End, prev)
		}
		prev = m.End
	}
}

func TestMatchAdjectivesAndOutletNames(t *testing.T) {
	lex := testLexicon(t)
	tests := []struct {
		text   string
		actors string // confirmed actors, in order
	}{
		{"حضرت البعثة السعودية الحفل", ""},
		{"تراجعت سوق الأسهم السعودية أمس", ""},
		{"أعلنت السعودية أمس دعمها", "saudi-arabia"},
		{"التوتر بين إيران والسعودية", "iran,saudi-arabia"},
		{"وصل الوفد إلى السعودية", "saudi-arabia"},
		{"وقال لـ«الشرق الأوسط» إن", "aawsat"},
		{"تقع في منطقة الشرق الأوسط", "middle-east"},
		{"رئيس تحرير جريدة «الرياض» السابق", "alriyadh"},
		{"وصل إلى الرياض أمس", "riyadh"},
		{"هبطت في مطار الملك سلمان أمس", ""},
		{"استقبل الملك سلمان الوفد", "king-salman"},
		{"حالات متلازمة الشرق الأوسط التنفسية", "mers"},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range lex.Match(tt.text) {
			if m.Confirmed {
				got = append(got, m.Actor)
			}
		}
		if strings.Join(got, ",") != tt.actors {
			t.Errorf("%q: got %v, want %s", tt.text, got, tt.actors)
		}
	}
}

// TestPlainWordsFoldToThemselves keeps the matcher's shortcut in step with
// arabic.Fold: a word the shortcut leaves alone must be one Fold leaves alone.
func TestPlainWordsFoldToThemselves(t *testing.T) {
	words := strings.Fields("قال المرصد السوري لحقوق الانسان ان عناصر داعش هاجموا مواقع قوات النظام في دير الزور والحسكة")
	for r := rune(0x0621); r <= 0x064A; r++ {
		words = append(words, "ب"+string(r)+"ل")
	}
	for _, w := range words {
		if plainArabic(w) && arabic.Fold(w) != w {
			t.Errorf("arabic.Fold(%q) = %q, but the matcher takes the word as already folded", w, arabic.Fold(w))
		}
	}
}

// TestFoldShortcutAgreesWithFold compares the matcher's own folding of plain
// Arabic words with arabic.Fold on every word of the seeds.
func TestFoldShortcutAgreesWithFold(t *testing.T) {
	var words []string
	for _, p := range []string{"000", "001", "002", "003", "004"} {
		words = append(words, strings.Fields(readSeed(t, p))...)
	}
	words = append(words, "أَعْلَنَ", "إيران", "آية", "مستشفى", "الحكومة", "مؤتمر", "رئيس", "ٱلله")
	n := 0
	for _, w := range words {
		w = strings.Trim(w, "\"“”«»(),.:،؛")
		if k, ok := foldArabicWord(w); ok {
			n++
			if k != arabic.Fold(w) {
				t.Errorf("shortcut folds %q to %q, arabic.Fold to %q", w, k, arabic.Fold(w))
			}
		}
	}
	if n < 1000 {
		t.Fatalf("only %d words checked", n)
	}
}

// An outlet whose name is a common word counts in the byline, set off by
// dashes on the article's first line, and nowhere else without quotes.
func TestOutletInByline(t *testing.T) {
	lex := testLexicon(t)
	tests := []struct {
		text, name string
		want       bool
	}{
		{"عبدالله البرقاوي- سبق- الرياض: تستعد الوزارة لإعلان النتائج", "سبق", true},
		{" عوض الفهمي ـ سبق ـ الليث: ضبطت القوة الخاصة امرأة", "سبق", true},
		{"\nعوض الفهمي – سبق – جدة: أعلنت الأمانة", "سبق", true},
		{"سبق - الرياض: أعلنت الأمانة", "سبق", true},
		{"سبق أن أعلنت الأمانة - كما قالت - المشروع", "سبق", false},
		{"أعلنت الأمانة - كما سبق - أن المشروع اكتمل", "سبق", false},
		{"الرياض: أعلنت الأمانة\nعوض الفهمي - سبق - جدة", "سبق", false},
		{"كما سبق أن أعلنت الوزارة", "سبق", false},
	}
	for _, tt := range tests {
		s, e := span(t, tt.text, tt.name, 0)
		got := false
		for _, ent := range Link(tt.text, nil, lex) {
			for _, m := range ent.Mentions {
				if m.Start == s && m.End == e && ent.Kind == "outlet" {
					got = true
				}
			}
		}
		if got != tt.want {
			t.Errorf("%q: outlet %q found %v, want %v", tt.text, tt.name, got, tt.want)
		}
	}
}
