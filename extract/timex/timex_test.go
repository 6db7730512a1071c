package timex_test

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/isnad/isnad/extract/quantity/scan"
	"github.com/isnad/isnad/extract/timex"
)

// TestTag covers each kind of expression with and without an anchor. Each
// case names the expression's text and its expected value, end value and
// qualifier.
func TestTag(t *testing.T) {
	tagger := newTagger(t)
	cases := []struct {
		name, anchor, text            string
		want, value, endValue, qualif string
	}{
		{"levant doubled month", "", "بدأ في شهر نيسان/ أبريل عام ٢٠٢١ الماضي", "شهر نيسان/ أبريل عام ٢٠٢١", "2021-04", "", ""},
		{"ordinal day", "", "في العشرين من أيار/ مايو عام ٢٠٢١ بين", "العشرين من أيار/ مايو عام ٢٠٢١", "2021-05-20", "", ""},
		{"maghreb month", "", "يوم 5 جانفي 2016 في تونس", "5 جانفي 2016", "2016-01-05", "", ""},
		{"english date", "", "سيتم قصف القصر في 24 November 2013 كما", "24 November 2013", "2013-11-24", "", ""},
		{"english abbreviation", "", "تعود إلى Nov. 2014 وفق", "Nov. 2014", "2014-11", "", ""},
		{"month first", "", "مارس 29, 2024", "مارس 29, 2024", "2024-03-29", "", ""},
		{"numeric d/m/y", "", "بتاريخ 29/03/2024 أعلن", "29/03/2024", "2024-03-29", "", ""},
		{"numeric y-m-d", "", "بتاريخ 2024-03-29 أعلن", "2024-03-29", "2024-03-29", "", ""},
		{"arabic-indic year", "", "منذ عام ٢٠٢١ انخفضت", "منذ عام ٢٠٢١", "2021", "", timex.Since},
		{"hijri with equivalent", "", "الرياض 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م", "25 شوال 1436 هـ", "2015-08-10", "", ""},
		{"hijri with weekday", "", "استشهدوا يوم الجمعة 1436/10/15هـ بعد", "يوم الجمعة 1436/10/15هـ", "2015-07-31", "", ""},
		{"hijri tabular", "", "بتاريخ 10 / 1 / 1436هـ", "10 / 1 / 1436هـ", "2014-11-03", "", ""},
		{"year range", "", "بين 2014 و2016 تضاعف", "بين 2014 و2016", "2014", "2016", ""},
		{"from-to range", "", "من 1910 إلى 1945 حكمت", "من 1910 إلى 1945", "1910", "1945", ""},
		{"day range", "2015-08-06", "البطولة (22 إلى 30 أغسطس/ آب)", "22 إلى 30 أغسطس/ آب", "2015-08-22", "2015-08-30", ""},
		{"yesterday weekday", "2023-07-10", "كشف موقع الحرة أمس الأحد أن", "أمس الأحد", "2023-07-09", "", ""},
		{"today weekday", "2015-08-01", "أفاد مصدر اليوم الجمعة بأن", "اليوم الجمعة", "2015-07-31", "", ""},
		{"evening today no anchor", "", "ونقلت الوكالة مساء اليوم الجمعة عن", "مساء اليوم الجمعة", "", "", ""},
		{"day before yesterday", "2015-07-22", "وصلت أول من أمس الدفعة", "أول من أمس", "2015-07-20", "", ""},
		{"tomorrow", "2015-08-11", "يلتقيان غداً الأربعاء في", "غداً الأربعاء", "2015-08-12", "", ""},
		{"current year", "2015-08-11", "خلال العام الجاري", "العام الجاري", "2015", "", ""},
		{"last year", "2015-08-11", "من العام الماضي", "العام الماضي", "2014", "", ""},
		{"last year fa'it", "2024-03-29", "بالربع الأخير من العام الفائت بنقل", "الربع الأخير من العام الفائت", "2023", "", timex.Late},
		{"since start of year", "2015-08-11", "منذ بداية العام حتى الآن", "منذ بداية العام", "2015", "", timex.Since},
		{"mid year", "", "في منتصف عام 2021 ضمن", "منتصف عام 2021", "2021", "", timex.Mid},
		{"late year", "", "وفي أواخر عام 2022، نفذ", "أواخر عام 2022", "2022", "", timex.Late},
		{"early month", "2015-08-02", "نظمت باكستان في مطلع يوليو اللقاء", "مطلع يوليو", "2015-07", "", timex.Early},
		{"last months counted", "2024-03-29", "وخلال الأشهر 18 الماضية، حافظت", "الأشهر 18 الماضية", "2022-09", "", timex.Since},
		{"last month", "2015-07-26", "خلال الشهر الماضي", "الشهر الماضي", "2015-06", "", ""},
		{"about a month later", "2015-07-26", "وبعد شهر تقريبا، أعلن", "بعد شهر تقريبا", "", "", timex.About},
		{"within days", "2015-07-26", "وفي غضون أيام، سلموا", "غضون أيام", "", "", timex.After},
		{"month of this year", "2023-07-10", "يوم 7 تموز/يوليو الجاري. وأضاف", "7 تموز/يوليو الجاري", "2023-07-07", "", ""},
		{"month last", "2015-08-06", "في مايو الماضي", "مايو الماضي", "2015-05", "", ""},
		{"month next", "2015-08-10", "قبل يناير المقبل في ظل", "قبل يناير المقبل", "2016-01", "", timex.Before},
		{"ago", "2015-07-24", "في المخيم قبل 24 عاماً مضت", "قبل 24 عاماً", "1991", "", ""},
		{"since days", "2015-08-09", "منذ أكثر من 15 يوما، ويرقد", "منذ أكثر من 15 يوما", "2015-07-25", "", timex.Since},
		{"last week", "2015-08-06", "في سورية الأسبوع الماضي ما أدى", "الأسبوع الماضي", "2015-07-30", "", timex.About},
		{"weekday past", "2015-07-26", "يوم الخميس الماضي؛ للاستماع", "يوم الخميس الماضي", "2015-07-23", "", ""},
		{"weekday next", "2015-08-11", "يوم الأحد المقبل.", "يوم الأحد المقبل", "2015-08-16", "", ""},
		{"bare years", "", "ولد 1875 وتوفي 1954. قام", "1875", "1875", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			anchor, err := timex.ParseAnchor(c.anchor)
			if err != nil {
				t.Fatal(err)
			}
			times := tagger.Tag(c.text, anchor)
			for _, tm := range times {
				if tm.Text != c.want {
					continue
				}
				if tm.Value != c.value || tm.EndValue != c.endValue || tm.Qualifier != c.qualif {
					t.Errorf("%q = %q..%q %q, want %q..%q %q", tm.Text, tm.Value, tm.EndValue, tm.Qualifier, c.value, c.endValue, c.qualif)
				}
				if got := []rune(c.text)[tm.Start:tm.End]; string(got) != tm.Text {
					t.Errorf("span %d..%d is %q, text is %q", tm.Start, tm.End, string(got), tm.Text)
				}
				return
			}
			t.Errorf("no time %q in %+v", c.want, times)
		})
	}
}

// TestNotTimes are phrases that look like times and are not.
func TestNotTimes(t *testing.T) {
	tagger := newTagger(t)
	anchor, _ := timex.ParseAnchor("2015-08-01")
	for _, text := range []string{
		"احتفل المواطنون باليوم الوطني",
		"خطبة الجمعة عن الصبر",
		"بلغ عدد المخطوفين أكثر من 2080 شخصا",
		"نحن في أمس الحاجة إلى الدعم",
		"قاد الأب ابنه إلى الباب",
	} {
		if got := tagger.Tag(text, anchor); len(got) != 0 {
			t.Errorf("%q: tagged %+v", text, got)
		}
	}
}

// TestRecycled checks the republication rule on its own.
func TestRecycled(t *testing.T) {
	pub, _ := timex.ParseAnchor("2024-03-29")
	old := []timex.Time{{Value: "2013-11-24"}, {Value: "2014-11"}, {Value: "2024-03-29"}, {Value: "", Relative: true}}
	if !timex.Recycled(old, pub) {
		t.Error("a 2014 story dated 2024 is not flagged")
	}
	fresh := append(old[:2:2], timex.Time{Value: "2023"})
	if timex.Recycled(fresh, pub) {
		t.Error("a story mentioning 2023 is flagged")
	}
	history := []timex.Time{{Value: "1990"}, {Value: "2001"}}
	if timex.Recycled(history, pub) {
		t.Error("year-only background history is flagged")
	}
	if timex.Recycled(old, timex.Anchor{}) {
		t.Error("flagged without a published date")
	}
}

// TestNewDefault loads the shipped lexicon.
func TestNewDefault(t *testing.T) {
	tagger, err := timex.NewDefault()
	if err != nil {
		t.Fatal(err)
	}
	if got := tagger.Tag("عام 2022", timex.Anchor{}); len(got) != 1 || got[0].Value != "2022" {
		t.Errorf("got %+v", got)
	}
}

// TestLoadErrors: a malformed lexicon names the file and line.
func TestLoadErrors(t *testing.T) {
	fsys := fstest.MapFS{
		"x/months.tsv": {Data: []byte("يناير\tg\t13\n")},
		"x/words.tsv":  {Data: []byte("")},
	}
	_, err := timex.Load(fsys, "x")
	if err == nil || !strings.Contains(err.Error(), "x/months.tsv line 1") {
		t.Errorf("err = %v", err)
	}
	fsys["x/months.tsv"] = &fstest.MapFile{Data: []byte("يناير\tg\t1\n")}
	fsys["x/words.tsv"] = &fstest.MapFile{Data: []byte("أمس\tnoclass\n")}
	if _, err := timex.Load(fsys, "x"); err == nil || !strings.Contains(err.Error(), "words.tsv line 1") {
		t.Errorf("err = %v", err)
	}
}

// TestTagDocumentTokens: the tokens a caller scanned once give what
// TagDocument finds, recycled flag and errors included.
func TestTagDocumentTokens(t *testing.T) {
	tagger := newTagger(t)
	cases := []struct{ text, published string }{
		{"قتل أمس ثلاثة جنود، وفي 7 تموز 2021 وقع اتفاق.", "2023-02-10"},
		{"في 5 مارس 2011 وفي 9 يونيو 2014 وقع الهجوم، وأمس أعلن الجيش.", "2023-02-10"},
		{"عام 2022", ""},
		{"عام 2022", "not a date"},
	}
	for _, tc := range cases {
		want, wantRec, wantErr := tagger.TagDocument(tc.text, tc.published)
		got, gotRec, gotErr := tagger.TagDocumentTokens(tc.text, scan.Scan(tc.text), tc.published)
		if fmt.Sprint(got, gotRec, gotErr) != fmt.Sprint(want, wantRec, wantErr) {
			t.Errorf("%q: TagDocumentTokens %v %v %v, TagDocument %v %v %v", tc.text, got, gotRec, gotErr, want, wantRec, wantErr)
		}
	}
}
