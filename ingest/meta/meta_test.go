package meta

import (
	"reflect"
	"testing"

	"github.com/isnad/isnad/data"
)

func newExtractor(tb testing.TB) *Extractor {
	tb.Helper()
	e, err := Load(data.Ingest, nil)
	if err != nil {
		tb.Fatal(err)
	}
	return e
}

func TestDateline(t *testing.T) {
	e := newExtractor(t)
	tests := []struct {
		line, want string // want "" = not a dateline
	}{
		{"مارس 29, 2024", "2024-03-29"},
		{"29 آذار 2024", "2024-03-29"},
		{"29 مارس 2024", "2024-03-29"},
		{"الجمعة، 29 آذار/مارس 2024 - 10:30 ص", "2024-03-29"},
		{"2024/03/29", "2024-03-29"},
		{"29-03-2024", "2024-03-29"},
		{"29/3/2024", "2024-03-29"},
		{"٢٩ آذار ٢٠٢٤", "2024-03-29"},
		{"٢٠٢٤/٠٣/٢٩", "2024-03-29"},
		{"نشر في: 5 حزيران 2023", "2023-06-05"},
		{"آخر تحديث: 12 تشرين الثاني 2022 بتوقيت مكة", "2022-11-12"},
		{"1 كانون الأول 2021", "2021-12-01"},
		{"7 يوليوز 2020", "2020-07-07"},
		{"14 جويلية 2019", "2019-07-14"},
		{"3 غشت 2018", "2018-08-03"},
		{"March 29, 2024", "2024-03-29"},
		{"Friday 29 March 2024 10:15 GMT", "2024-03-29"},
		{"دمشق - 29 آذار 2024", "2024-03-29"},
		// Not datelines: a date inside a sentence, impossible dates, no year.
		{"وفي 29 آذار 2024 أعلنت الحكومة خطة جديدة.", ""},
		{"سيتم قصف القصر ومحيطة في 24 نوفمبر 2013", ""},
		{"31 فبراير 2024", ""},
		{"29 آذار", ""},
		{"2024", ""},
		{"المرصد: داعش يحصل على معلومات", ""},
	}
	for _, tc := range tests {
		got, ok := e.Dateline(tc.line)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("Dateline(%q) = %q, %v; want %q", tc.line, got, ok, tc.want)
		}
	}
}

func TestDate(t *testing.T) {
	e := newExtractor(t)
	for value, want := range map[string]string{
		"2015-07-21 02:51:32":                  "2015-07-21",
		"2024-03-29T10:15:00+03:00":            "2024-03-29",
		"2024-03-29":                           "2024-03-29",
		"Tue, 11 Aug 2015 16:10:00 +0000":      "2015-08-11",
		"| Tuesday, 11 August 2015 - 00:00 am": "2015-08-11",
		"الثلاثاء 11 أغسطس 2015":               "2015-08-11",
		"":                                     "",
		"yesterday":                            "",
	} {
		got, ok := e.Date(value)
		if got != want || ok != (want != "") {
			t.Errorf("Date(%q) = %q, %v; want %q", value, got, ok, want)
		}
	}
}

func TestCredit(t *testing.T) {
	e := newExtractor(t)
	tests := []struct{ line, want string }{
		{"(عن الحرة)", "الحرة"},
		{"(عن موقع الحرة)", "الحرة"},
		{"نقلاً عن سكاي نيوز عربية", "سكاي نيوز عربية"},
		{"نقلا عن فرانس برس", "فرانس برس"},
		{"المصدر: رويترز", "رويترز"},
		{"Source: AFP", "فرانس برس"},
		{"(عن موقع المدن)", "موقع المدن"},
		// A sentence opening with عن is no credit.
		{"عن أسباب الحرب في سوريا قال المتحدث إن الأمر معقد.", ""},
		{"عن موقع غير معروف للقراء", ""},
		{"كشف مدير المرصد السوري لحقوق الإنسان", ""},
	}
	for _, tc := range tests {
		got, ok := e.Credit(tc.line)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("Credit(%q) = %q, %v; want %q", tc.line, got, ok, tc.want)
		}
	}
}

func TestParseByline(t *testing.T) {
	e := newExtractor(t)
	tests := []struct {
		s      string
		strict bool
		want   Byline
		ok     bool
	}{
		{"نايف عبدالله – عين اليوم", true, Byline{Author: "نايف عبدالله", Outlet: "عين اليوم"}, true},
		{"عين اليوم – متابعات", true, Byline{Outlet: "عين اليوم"}, true},
		{"لندن: رنيم حنوش", false, Byline{Author: "رنيم حنوش", Place: "لندن"}, true},
		{"القاهرة: «الشرق الأوسط أونلاين»", false, Byline{Outlet: "الشرق الأوسط", Place: "القاهرة"}, true},
		{"الوئام - رويترز:", false, Byline{Outlet: "الوئام", Credits: []string{"رويترز"}}, true},
		{"واس - الرياض", false, Byline{Credits: []string{"واس"}, Place: "الرياض"}, true},
		{"الرياض - واس", false, Byline{Credits: []string{"واس"}, Place: "الرياض"}, true},
		{"متابعة - الرياض الإلكتروني", false, Byline{Outlet: "الرياض"}, true},
		{"المدينة - جدة", false, Byline{Outlet: "المدينة", Place: "جدة"}, true},
		{"عبدالله البرقاوي- سبق- الرياض:", false, Byline{Author: "عبدالله البرقاوي", Outlet: "سبق", Place: "الرياض"}, true},
		{"\u00a0عكاظ (جدة)", false, Byline{Outlet: "عكاظ", Place: "جدة"}, true},
		{"الرياض - الرياضية | Tuesday, 11 August 2015 - 16:10 pm", false, Byline{Outlet: "الرياضية", Place: "الرياض"}, true},
		{"محمد شنوان العنزي", false, Byline{Author: "محمد شنوان العنزي"}, true},
		// Headlines and sentences are not bylines.
		{"سكاي نيوز: وثائق مسربة تثبت تعاون الأسد مع داعش للسيطرة على تدمر", true, Byline{}, false},
		{"المرصد: الحرس الثوري يرسل الحاج دهقان للقاء ممثل عن داعش", true, Byline{}, false},
		{"محمد شنوان العنزي", true, Byline{}, false},
		{"أوجه التعاون", true, Byline{}, false},
	}
	for _, tc := range tests {
		got, ok := e.ParseByline(tc.s, tc.strict)
		if ok != tc.ok || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("ParseByline(%q, %v) = %+v, %v; want %+v, %v", tc.s, tc.strict, got, ok, tc.want, tc.ok)
		}
	}
}

func TestOutlets(t *testing.T) {
	e := newExtractor(t)
	for name, want := range map[string]string{
		"aawsat": "الشرق الأوسط", "alhurra.com": "الحرة", "www.alhurra.com": "الحرة", "سكاي نيوز": "سكاي نيوز عربية",
		"Sky News Arabia": "سكاي نيوز عربية", "سبوتنيك": "سبوتنيك", "الحل نت": "الحل نت", "عين اليوم": "عين اليوم",
		"فرانس برس": "فرانس برس", "وكالة فرانس برس": "فرانس برس", "رويترز": "رويترز", "الأناضول": "الأناضول",
		"سانا": "سانا", "3alyoum": "عين اليوم", "صحيفة سبق": "سبق", "الحل": "", "الأسد": "",
	} {
		got, ok := e.Outlet(name)
		if got != want || ok != (want != "") {
			t.Errorf("Outlet(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
	if got, ok := e.OutletMention("انضم إلى قائمة من يقدّرون محتوى الحل نت واشترك بنشرتنا البريدية."); got != "الحل نت" || !ok {
		t.Errorf("OutletMention found %q, %v; want الحل نت", got, ok)
	}
	if got, ok := e.OutletMention("هل أعجبك المحتوى وتريد المزيد منه يصل إلى صندوق بريدك"); ok {
		t.Errorf("OutletMention found %q in a line naming no outlet", got)
	}
}
