package sqlite

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/store"
)

// TestAnalysisRoundTrip stores the seeds with the analyses the real
// pipeline makes of them and reads each back exactly.
func TestAnalysisRoundTrip(t *testing.T) {
	batch := analyse(t, seedDocuments(t))
	s := openTemp(t)
	putAnalyzed(t, s, batch...)
	// What the round trip covers: every kind of row must be present.
	seen := map[string]int{}
	for _, want := range batch {
		a := want.Analysis
		seen["entities"] += len(a.Entities)
		seen["times"] += len(a.Times)
		seen["quantities"] += len(a.Quantities)
		seen["claims"] += len(a.Claims)
		seen["events"] += len(a.Events)
		for _, c := range a.Claims {
			seen["chain links"] += len(c.Chain)
			seen["hedges"] += len(c.Hedges)
		}
		got, err := s.Analysis(context.Background(), want.Doc.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, *want.Analysis) {
			t.Errorf("%s: analysis read back differs from the one stored", want.Doc.Source)
		}
		gj, _ := json.Marshal(got)
		wj, _ := json.Marshal(want.Analysis)
		if string(gj) != string(wj) {
			t.Errorf("%s: JSON read back\n got %.300s\nwant %.300s", want.Doc.Source, gj, wj)
		}
	}
	for _, kind := range []string{"entities", "times", "quantities", "claims", "events", "chain links", "hedges"} {
		if seen[kind] == 0 {
			t.Errorf("the seeds gave no %s: the round trip does not test them", kind)
		}
	}
}

func TestAnalysisNotFound(t *testing.T) {
	s := openTemp(t)
	d := doc("عنوان", "okaz", "2015-07-21", "نص بلا تحليل")
	put(t, s, d)
	for _, id := range []string{d.ID, "d:missing"} {
		_, err := s.Analysis(context.Background(), id)
		var nf *store.NotFoundError
		if !errors.As(err, &nf) || nf.Kind != "analysis" || nf.ID != id {
			t.Errorf("Analysis(%s) error = %v, want analysis not found", id, err)
		}
	}
}

func TestDuplicateKeepsFirstAnalysis(t *testing.T) {
	d := doc("عنوان", "okaz", "2015-07-21", "قال المرصد إن داعش هاجم المدينة أمس")
	first := handAnalysis(d, []entitySpec{{id: "e:isis", typ: "ORG", name: "داعش", mentions: [][2]int{{14, 18}}}},
		[]claimSpec{{start: 0, end: 30, entities: []string{"e:isis"}}})
	second := handAnalysis(d, nil, nil)
	bare := store.Analyzed{Doc: d}
	tests := []struct {
		name   string
		puts   []store.Analyzed
		status []store.PutStatus
		want   *export.DocumentAnalysis // nil: no analysis
	}{
		{"analysed, then again", []store.Analyzed{first, second}, []store.PutStatus{store.New, store.Duplicate}, first.Analysis},
		{"stored bare, then analysed", []store.Analyzed{bare, first, second}, []store.PutStatus{store.New, store.Analysed, store.Duplicate}, first.Analysis},
		{"analysed, then bare", []store.Analyzed{first, bare}, []store.PutStatus{store.New, store.Duplicate}, first.Analysis},
		{"bare twice", []store.Analyzed{bare, bare}, []store.PutStatus{store.New, store.Duplicate}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTemp(t)
			for i, a := range tt.puts {
				res := putAnalyzed(t, s, a)
				if res[0].Status != tt.status[i] {
					t.Errorf("put %d: status %v, want %v", i, res[0].Status, tt.status[i])
				}
			}
			got, err := s.Analysis(context.Background(), d.ID)
			if tt.want == nil {
				if !errors.Is(err, store.ErrNotFound) {
					t.Errorf("Analysis = %v, want not found", err)
				}
				return
			}
			if err != nil || !reflect.DeepEqual(got, *tt.want) {
				t.Errorf("Analysis = %+v (%v), want the first one", got, err)
			}
			if e, err := s.Entity(context.Background(), "e:isis"); err != nil || e.Documents != 1 || e.Mentions != 1 {
				t.Errorf("entity counted %d documents, %d mentions (%v); want 1, 1", e.Documents, e.Mentions, err)
			}
		})
	}
}

// TestAnalysisOfOtherTextIsNotAdded: a document stored bare and one with
// the same id but another display text (diacritics) do not share offsets,
// so the analysis is not attached.
func TestAnalysisOfOtherTextIsNotAdded(t *testing.T) {
	s := openTemp(t)
	d := doc("عنوان", "okaz", "2015-07-21", "قال المرصد إن داعش هاجم المدينة")
	put(t, s, d)
	other := d
	other.Text = "قالَ المرصد إن داعش هاجم المدينة"
	res := putAnalyzed(t, s, handAnalysis(other, nil, []claimSpec{{start: 0, end: 10}}))
	if res[0].Status != store.Duplicate {
		t.Errorf("status %v, want duplicate", res[0].Status)
	}
	if _, err := s.Analysis(context.Background(), d.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Analysis = %v, want not found", err)
	}
}

func TestEntityUpsertAcrossDocuments(t *testing.T) {
	a := doc("أ", "okaz", "2015-07-21", "أعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم")
	b := doc("ب", "alriyadh", "2015-07-22", "قالت داعش إنها سيطرت على البلدة وقال أوباما شيئا")
	ea := entitySpec{id: "e:isis", typ: "ORG", name: "تنظيم الدولة الإسلامية", aliases: []string{"تنظيم الدولة الإسلامية"}, mentions: [][2]int{{5, 27}}}
	eb := entitySpec{id: "e:isis", typ: "ORG", name: "داعش", aliases: []string{"داعش"}, mentions: [][2]int{{5, 9}, {20, 24}}}
	obama := entitySpec{id: "e:obama", typ: "PER", name: "أوباما", aliases: []string{"أوباما"}, mentions: [][2]int{{37, 43}}}
	s := openTemp(t)
	putAnalyzed(t, s, handAnalysis(a, []entitySpec{ea}, nil), handAnalysis(b, []entitySpec{eb, obama}, nil))

	ctx := context.Background()
	got, err := s.Entity(ctx, "e:isis")
	if err != nil {
		t.Fatal(err)
	}
	want := store.EntityInfo{ID: "e:isis", Type: "ORG", Name: "تنظيم الدولة الإسلامية",
		Aliases: []string{"تنظيم الدولة الإسلامية", "داعش"}, Mentions: 3, Documents: 2}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Entity = %+v\nwant %+v", got, want)
	}
	// Each document keeps its own name for the entity.
	if an, err := s.Analysis(ctx, b.ID); err != nil || an.Entities[0].Name != "داعش" {
		t.Errorf("document b's entity = %+v (%v), want its own name داعش", an.Entities, err)
	}
	if _, err := s.Entity(ctx, "e:none"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Entity(missing) = %v, want not found", err)
	}

	tests := []struct {
		filter store.EntityFilter
		want   []string
	}{
		{store.EntityFilter{}, []string{"e:isis", "e:obama"}},
		{store.EntityFilter{Type: "PER"}, []string{"e:obama"}},
		{store.EntityFilter{Query: "الدولة"}, []string{"e:isis"}}, // in the name
		{store.EntityFilter{Query: "الدوله"}, []string{"e:isis"}}, // folded
		{store.EntityFilter{Query: "داعش"}, []string{"e:isis"}},   // an alias of another document
		{store.EntityFilter{Query: "100%"}, nil},                  // LIKE marks are literal
		{store.EntityFilter{Query: "اوباما", Type: "ORG"}, nil},
	}
	for _, tt := range tests {
		page, err := s.Entities(ctx, tt.filter, store.Page{})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, e := range page.Entities {
			ids = append(ids, e.ID)
		}
		if !reflect.DeepEqual(ids, tt.want) || page.Total != len(tt.want) {
			t.Errorf("Entities(%+v) = %v (total %d), want %v", tt.filter, ids, page.Total, tt.want)
		}
	}

	for _, f := range []store.EntityFilter{{}, {Query: "ا"}} {
		if page, err := s.Entities(ctx, f, store.Page{Offset: 5}); err != nil || page.Total != 2 || len(page.Entities) != 0 {
			t.Errorf("Entities(%+v) past the end = %+v (%v), want none of 2", f, page, err)
		}
		if page, err := s.Entities(ctx, f, store.Page{Offset: 1}); err != nil || page.Total != 2 || len(page.Entities) != 1 {
			t.Errorf("Entities(%+v) page 2 = %+v (%v), want 1 of 2", f, page, err)
		}
	}

	mp, err := s.Mentions(ctx, "e:isis", store.Page{Limit: 2})
	if err != nil {
		t.Fatal(err)
	}
	if mp.Total != 3 || len(mp.Mentions) != 2 || mp.Mentions[0].Doc != b.ID || mp.Mentions[0].Text != "داعش" || mp.Mentions[0].Outlet != "alriyadh" {
		t.Errorf("Mentions = %+v, want 3 in all, the newest document's first", mp)
	}
	mp, _ = s.Mentions(ctx, "e:isis", store.Page{Offset: 2, Limit: 2})
	if len(mp.Mentions) != 1 || mp.Mentions[0].Doc != a.ID || mp.Mentions[0].Title != "أ" {
		t.Errorf("Mentions page 2 = %+v, want the oldest document's", mp)
	}
}

// TestEntityCountsMatchMentions checks the kept counts against the mentions
// on the seeds' real analyses.
func TestEntityCountsMatchMentions(t *testing.T) {
	batch := analyse(t, seedDocuments(t))
	for _, flushArgs := range []int{0, 1, 500} { // one flush per batch, per document, every few
		s := openTemp(t)
		s.flushArgs = flushArgs
		putAnalyzed(t, s, batch...)
		checkEntityCounts(t, s)
		got, err := s.Analysis(context.Background(), batch[len(batch)-1].Doc.ID)
		if err != nil || !reflect.DeepEqual(got, *batch[len(batch)-1].Analysis) {
			t.Errorf("flushing every %d values: the last analysis differs (%v)", flushArgs, err)
		}
	}
}

// checkEntityCounts checks the counts kept in entities against mentions.
func checkEntityCounts(t *testing.T, s *Store) {
	t.Helper()
	var wrong int
	err := s.read.QueryRow(`SELECT count(*) FROM entities e WHERE
		e.mentions <> (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) OR
		e.documents <> (SELECT count(DISTINCT doc_id) FROM mentions m WHERE m.entity_id = e.id)`).Scan(&wrong)
	if err != nil || wrong != 0 {
		t.Errorf("%d entities with wrong counts (%v)", wrong, err)
	}
}

func TestClaimAndEventFilters(t *testing.T) {
	a := doc("أ", "okaz", "2015-07-21", "قال المرصد إن داعش هاجم المدينة وقتل ثلاثة. وأضاف أن الجيش رد.")
	b := doc("ب", "alriyadh", "2015-07-23", "نقلت الوكالة عن مصدر مطلع أن الجيش تقدم. والمدينة هادئة.")
	ents := []entitySpec{
		{id: "e:isis", typ: "ORG", name: "داعش", mentions: [][2]int{{14, 18}}},
		{id: "e:army", typ: "ORG", name: "الجيش", mentions: [][2]int{{55, 60}}},
		{id: "e:observatory", typ: "ORG", name: "المرصد", mentions: [][2]int{{4, 10}}},
	}
	s := openTemp(t)
	putAnalyzed(t, s,
		handAnalysis(a, ents, []claimSpec{
			{start: 0, end: 44, chain: []export.Link{link("المرصد", "organization", "e:observatory")}, entities: []string{"e:isis"}, times: []int{0}},
			{start: 45, end: 64, chain: []export.Link{link("المرصد", "organization", "e:observatory")}, entities: []string{"e:army"}, polarity: "denied"},
		}),
		handAnalysis(b, ents[1:2], []claimSpec{
			{start: 0, end: 41, chain: []export.Link{link("الوكالة", "agency", ""), link("مصدر مطلع", "anonymous", "")}, entities: []string{"e:army"}},
			{start: 42, end: 57},
		}),
	)
	ctx := context.Background()
	claimID := func(d isnad.Document, i int) string { return "c:" + d.ID + "/" + string(rune('0'+i)) }
	tests := []struct {
		name   string
		filter store.ClaimFilter
		page   store.Page
		want   []string
		total  int
	}{
		{"all, newest first", store.ClaimFilter{}, store.Page{}, []string{claimID(b, 0), claimID(b, 1), claimID(a, 0), claimID(a, 1)}, 4},
		{"one claim", store.ClaimFilter{ID: claimID(a, 1)}, store.Page{}, []string{claimID(a, 1)}, 1},
		{"one document", store.ClaimFilter{Doc: a.ID}, store.Page{}, []string{claimID(a, 0), claimID(a, 1)}, 2},
		{"named entity", store.ClaimFilter{Entity: "e:army"}, store.Page{}, []string{claimID(b, 0), claimID(a, 1)}, 2},
		{"source entity", store.ClaimFilter{Entity: "e:observatory"}, store.Page{}, []string{claimID(a, 0), claimID(a, 1)}, 2},
		{"origin anonymous", store.ClaimFilter{Origin: "anonymous"}, store.Page{}, []string{claimID(b, 0)}, 1},
		{"own voice", store.ClaimFilter{Origin: store.OwnVoice}, store.Page{}, []string{claimID(b, 1)}, 1},
		{"outlet", store.ClaimFilter{Filter: store.Filter{Outlet: "okaz"}}, store.Page{}, []string{claimID(a, 0), claimID(a, 1)}, 2},
		{"dates", store.ClaimFilter{Filter: store.Filter{From: "2015-07-22", To: "2015-07-31"}}, store.Page{}, []string{claimID(b, 0), claimID(b, 1)}, 2},
		{"entity and outlet", store.ClaimFilter{Entity: "e:army", Filter: store.Filter{Outlet: "okaz"}}, store.Page{}, []string{claimID(a, 1)}, 1},
		{"second page", store.ClaimFilter{}, store.Page{Offset: 1, Limit: 2}, []string{claimID(b, 1), claimID(a, 0)}, 4},
		{"past the end", store.ClaimFilter{}, store.Page{Offset: 9}, nil, 4},
		{"nothing", store.ClaimFilter{Entity: "e:none"}, store.Page{}, nil, 0},
	}
	for _, tt := range tests {
		page, err := s.Claims(ctx, tt.filter, tt.page)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, c := range page.Claims {
			ids = append(ids, c.ID)
		}
		if !reflect.DeepEqual(ids, tt.want) || page.Total != tt.total {
			t.Errorf("%s: claims %v (total %d), want %v (total %d)", tt.name, ids, page.Total, tt.want, tt.total)
		}
	}
	// A listed claim is whole: its chain, its document's outlet and title.
	page, _ := s.Claims(ctx, store.ClaimFilter{Origin: "anonymous"}, store.Page{})
	if c := page.Claims[0]; len(c.Chain) != 2 || c.Chain[1].Name != "مصدر مطلع" || c.Outlet != "alriyadh" || c.Title != "ب" || c.Published != "2015-07-23" {
		t.Errorf("listed claim = %+v", c)
	}

	eventTests := []struct {
		filter store.EventFilter
		want   []string
	}{
		{store.EventFilter{}, []string{"v:" + b.ID + "/0", "v:" + b.ID + "/1", "v:" + a.ID + "/0", "v:" + a.ID + "/1"}},
		{store.EventFilter{Entity: "e:army"}, []string{"v:" + b.ID + "/0", "v:" + a.ID + "/1"}},
		{store.EventFilter{Entity: "e:isis", Type: "attack"}, []string{"v:" + a.ID + "/0"}},
		{store.EventFilter{Type: "meet"}, nil},
	}
	for _, tt := range eventTests {
		page, err := s.Events(ctx, tt.filter, store.Page{})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, e := range page.Events {
			ids = append(ids, e.ID)
		}
		if !reflect.DeepEqual(ids, tt.want) || page.Total != len(tt.want) {
			t.Errorf("Events(%+v) = %v (total %d), want %v", tt.filter, ids, page.Total, tt.want)
		}
	}
	ep, _ := s.Events(ctx, store.EventFilter{Entity: "e:isis"}, store.Page{})
	e := ep.Events[0]
	if e.At == nil || *e.At.Value != "2015-07-21" || len(e.Amounts) != 1 || *e.Amounts[0].Value != 3 ||
		len(e.Actors) != 1 || e.Actors[0].Entity != "e:isis" || e.Doc != a.ID || e.Outlet != "okaz" {
		t.Errorf("listed event = %+v", e)
	}
}

func TestCorpusResults(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	if _, err := s.CorpusResults(ctx, "stories"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("CorpusResults before saving = %v, want not found", err)
	}
	for _, v := range []string{`[{"id":"s:1","documents":["d:a","d:b"]}]`, `[]`} {
		if err := s.PutCorpusResults(ctx, "stories", json.RawMessage(v)); err != nil {
			t.Fatal(err)
		}
		got, err := s.CorpusResults(ctx, "stories")
		if err != nil || string(got) != v {
			t.Errorf("CorpusResults = %s (%v), want %s", got, err, v)
		}
	}
	bad := []struct{ key, value, want string }{
		{"", `[]`, "no key"},
		{"groups", `[{"id":`, "not valid JSON"},
	}
	for _, b := range bad {
		if err := s.PutCorpusResults(ctx, b.key, json.RawMessage(b.value)); err == nil || !strings.Contains(err.Error(), b.want) {
			t.Errorf("PutCorpusResults(%q, %s) = %v, want %q", b.key, b.value, err, b.want)
		}
	}
}

// TestClaimTextStoredOnlyWhenItDiffers: a claim whose text is its
// document's text at its span is read back from the document; any other is
// kept as given.
func TestClaimTextStoredOnlyWhenItDiffers(t *testing.T) {
	d := doc("أ", "okaz", "2015-07-21", "قال المرصد إن داعش هاجم المدينة")
	a := handAnalysis(d, nil, []claimSpec{{start: 0, end: 10}, {start: 4, end: 10}, {start: 20, end: 99}})
	a.Analysis.Claims[1].Text = "نص آخر"  // differs from the span
	a.Analysis.Claims[2].Text = "ما بعده" // the span runs past the text
	s := openTemp(t)
	putAnalyzed(t, s, a)
	got, err := s.Analysis(context.Background(), d.ID)
	if err != nil || !reflect.DeepEqual(got, *a.Analysis) {
		t.Fatalf("read back %+v (%v)", got.Claims, err)
	}
	page, err := s.Claims(context.Background(), store.ClaimFilter{Doc: d.ID}, store.Page{})
	if err != nil || len(page.Claims) != 3 {
		t.Fatal(page, err)
	}
	for i, c := range page.Claims {
		if c.Text != a.Analysis.Claims[i].Text {
			t.Errorf("listed claim %d text %q, want %q", i, c.Text, a.Analysis.Claims[i].Text)
		}
	}
	var stored int
	if err := s.read.QueryRow("SELECT count(text) FROM claims").Scan(&stored); err != nil || stored != 2 {
		t.Errorf("%d claim texts stored (%v), want 2", stored, err)
	}
}
