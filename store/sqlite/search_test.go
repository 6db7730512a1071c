package sqlite

import (
	"context"
	"errors"
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/search"
	"github.com/isnad/isnad/store"
)

// searchCorpus is a small store whose documents each carry one spelling an
// analyst must be able to reach from another.
func searchCorpus(t *testing.T) (*Store, map[string]isnad.Document) {
	docs := map[string]isnad.Document{
		"militias":   doc("اشتباكات في ريف حلب", "okaz", "2015-07-21", "قالت مصادر محلية إن الميليشيات هاجمت القرية فجر اليوم."),
		"obfuscated": doc("بيان", "alriyadh", "2015-07-22", "أعلن تنظيم داعـ ـش مسؤوليته عن الهجوم على الحاجز."),
		"iran-bare":  doc("طهران", "aawsat", "2015-07-23", "وصل وفد من ايران إلى بغداد لبحث الملف الأمني."),
		"iran-lam":   doc("دعم", "okaz", "2015-07-24", "قدمت الحكومة دعما لإيران في المحافل الدولية."),
		"hamza":      doc("مسئولون", "sabq", "2015-07-25", "قال مسئول في الوزارة إن المدينه آمنة."),
		"guards":     doc("الحرس", "aawsat", "2015-07-26", "اتهم البيان الحرس الثوري بتسليح الفصائل في سوريا."),
		"guards-far": doc("تقرير", "okaz", "2015-07-27", "قال الحرس إن القوات الثوري انسحبت من الحدود مع العراق."),
		"english":    doc("ISIS claims attack", "reuters", "2015-07-28", "Islamic State militants claimed the attack, officials said."),
	}
	s := openTemp(t)
	for _, d := range docs {
		put(t, s, d)
	}
	return s, docs
}

func TestSearchFinds(t *testing.T) {
	s, docs := searchCorpus(t)
	tests := []struct {
		name  string
		query string
		opt   store.SearchOptions
		want  []string // keys of docs, any order
	}{
		{"singular finds plural with article", "ميليشيا", store.SearchOptions{}, []string{"militias"}},
		{"clean spelling finds the obfuscated one", "داعش", store.SearchOptions{}, []string{"obfuscated"}},
		{"obfuscated query finds it too", "داعـ ـش", store.SearchOptions{}, []string{"obfuscated"}},
		{"hamza below finds bare alef and lam", "إيران", store.SearchOptions{}, []string{"iran-bare", "iran-lam"}},
		{"bare alef finds hamza", "ايران", store.SearchOptions{}, []string{"iran-bare", "iran-lam"}},
		{"hamza seat and ta marbuta", "مسؤول المدينة", store.SearchOptions{}, []string{"hamza"}},
		{"phrase: consecutive only", `"الحرس الثوري"`, store.SearchOptions{}, []string{"guards"}},
		{"words: anywhere", "الحرس الثوري", store.SearchOptions{}, []string{"guards", "guards-far"}},
		{"or", "ميليشيات OR داعش", store.SearchOptions{}, []string{"militias", "obfuscated"}},
		{"exclusion", "الحرس -العراق", store.SearchOptions{}, []string{"guards"}},
		{"title counts", "طهران", store.SearchOptions{}, []string{"iran-bare"}},
		{"latin, any case", "isis", store.SearchOptions{}, []string{"english"}},
		{"outlet filter", "الحرس", store.SearchOptions{Filter: store.Filter{Outlet: "okaz"}}, []string{"guards-far"}},
		{"date filter", "إيران", store.SearchOptions{Filter: store.Filter{From: "2015-07-24"}}, []string{"iran-lam"}},
		{"page past the hits", "إيران", store.SearchOptions{Page: store.Page{Offset: 2}}, nil},
		{"nothing", "موسكو", store.SearchOptions{}, nil},
		{"fts syntax is text", `NEAR(الحرس) AND "OR" *`, store.SearchOptions{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := s.Search(context.Background(), tt.query, tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			var got, want []string
			for _, h := range hits {
				got = append(got, h.ID)
			}
			for _, k := range tt.want {
				want = append(want, docs[k].ID)
			}
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("Search(%q) = %v, want %v (%v)", tt.query, got, want, tt.want)
			}
		})
	}
}

func TestSearchRefusesEmptyQuery(t *testing.T) {
	s := openTemp(t)
	for _, q := range []string{"", "  ", "؟!", "-داعش"} {
		if _, err := s.Search(context.Background(), q, store.SearchOptions{}); !errors.Is(err, search.ErrEmptyQuery) {
			t.Errorf("Search(%q) error = %v, want ErrEmptyQuery", q, err)
		}
	}
}

func TestSearchRanksAndSnippets(t *testing.T) {
	s := openTemp(t)
	often := doc("سوريا", "okaz", "2015-07-21", "سوريا سوريا ثم كلام ثم سوريا ومعها الميليشيات في سوريا.")
	once := doc("خبر", "okaz", "2015-07-22", "كلام كثير لا علاقة له ثم ذكر سوريا مرة واحدة في آخر النص الطويل جدا جدا جدا.")
	put(t, s, once, often)
	hits, err := s.Search(context.Background(), "السورية", store.SearchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 2 || hits[0].ID != often.ID || hits[0].Score <= hits[1].Score {
		t.Fatalf("hits = %+v, want the document saying سوريا often (and in its title) first", hits)
	}
	h := hits[0]
	if h.Title != often.Title || h.Outlet != "okaz" || h.Published != "2015-07-21" {
		t.Errorf("hit metadata = %+v", h)
	}
	text := []rune(often.Text)
	if got := string(text[h.Snippet.Start:h.Snippet.End]); got != h.Snippet.Text {
		t.Errorf("snippet offsets [%d:%d] cover %q, snippet is %q", h.Snippet.Start, h.Snippet.End, got, h.Snippet.Text)
	}
	if len(h.Snippet.Marks) != 4 {
		t.Errorf("snippet marks %v, want the 4 سوريا", h.Snippet.Marks)
	}
	for _, m := range h.Snippet.Marks {
		w := string([]rune(h.Snippet.Text)[m.Start:m.End])
		if w != "سوريا" {
			t.Errorf("mark %v covers %q, want سوريا", m, w)
		}
	}
	if want := "«سوريا» «سوريا» ثم كلام ثم «سوريا» ومعها الميليشيات في «سوريا»"; h.Snippet.Plain() != want {
		t.Errorf("Plain() = %q, want %q", h.Snippet.Plain(), want)
	}
	if !utf8.ValidString(hits[1].Snippet.Plain()) {
		t.Error("second snippet is not valid UTF-8")
	}
}

// TestIndexKeepsTermsWhole reads FTS5's own vocabulary: every analysed term
// of an Arabic text must be one index token, exactly as search made it.
func TestIndexKeepsTermsWhole(t *testing.T) {
	s := openTemp(t)
	text := "وللميليشيات الإيرانيّة مسؤولو «الحرس» ٢٠١٥ al-Qaeda ڤيينا ﻻ"
	put(t, s, doc("", "", "", text))
	ctx := context.Background()
	if _, err := s.write.ExecContext(ctx,
		"CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, document_terms, row)"); err != nil {
		t.Fatal(err)
	}
	rows, err := s.write.QueryContext(ctx, "SELECT term FROM temp.vocab ORDER BY term")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got []string
	for rows.Next() {
		var term string
		if err := rows.Scan(&term); err != nil {
			t.Fatal(err)
		}
		got = append(got, term)
	}
	var want []string
	for _, term := range search.Analyze(text) {
		want = append(want, term.Text)
	}
	slices.Sort(want)
	want = slices.Compact(want)
	if !slices.Equal(got, want) {
		t.Errorf("index vocabulary %q, want the analysed terms %q", got, want)
	}
}

// TestSearchFilteredRanksAlike checks that the filtered plan ranks as the
// unfiltered one does: a filter that keeps everything changes nothing.
func TestSearchFilteredRanksAlike(t *testing.T) {
	s, _ := searchCorpus(t)
	put(t, s,
		doc("ايران", "okaz", "2015-07-29", "ايران ايران ايران في كل سطر"),
		doc("x", "okaz", "2015-07-30", "ذكر ايران مرة في نص أطول من غيره بكثير من الكلمات التي لا تعني شيئا"),
	)
	ctx := context.Background()
	for _, q := range []string{"إيران", "ايران OR الحرس"} {
		plain, err := s.Search(ctx, q, store.SearchOptions{})
		if err != nil {
			t.Fatal(err)
		}
		filtered, err := s.Search(ctx, q, store.SearchOptions{Filter: store.Filter{From: "2000-01-01"}})
		if err != nil {
			t.Fatal(err)
		}
		if len(plain) < 3 || len(plain) != len(filtered) {
			t.Fatalf("%q: %d hits unfiltered, %d filtered; want the same, at least 3", q, len(plain), len(filtered))
		}
		for i := range plain {
			if plain[i].ID != filtered[i].ID || plain[i].Score != filtered[i].Score {
				t.Errorf("%q hit %d: unfiltered %s (%.4f), filtered %s (%.4f)", q, i,
					plain[i].ID, plain[i].Score, filtered[i].ID, filtered[i].Score)
			}
		}
		for i := 1; i < len(plain); i++ {
			if plain[i].Score > plain[i-1].Score {
				t.Errorf("%q: hit %d scores %.4f above hit %d's %.4f", q, i, plain[i].Score, i-1, plain[i-1].Score)
			}
		}
	}
}
