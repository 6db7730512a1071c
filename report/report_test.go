package report

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/internal/testenv"
	"github.com/isnad/isnad/judge"
	"github.com/isnad/isnad/judge/judgetest"
)

var update = flag.Bool("update", false, "rewrite the golden reports")

// The seeds' report, in both languages, against golden files
// (testdata/gold/judge/report-*.md; go test ./report -update rewrites them).
func TestSeedReportGolden(t *testing.T) {
	x, err := judgetest.Load()
	if err != nil {
		t.Fatal(err)
	}
	rel, err := judge.DefaultReliability()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"ar", "en"} {
		a, err := x.Read(context.Background(), []string{testenv.Seeds(t)})
		if err != nil {
			t.Fatal(err)
		}
		j, err := judge.NewChecked(rel, judge.Options{ReasonLanguage: lang})
		if err != nil {
			t.Fatal(err)
		}
		if err := j.Judge(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		// Sources are paths on this machine: keep only the file names.
		for i := range a.Documents {
			a.Documents[i].Source = filepath.Base(a.Documents[i].Source)
		}
		var buf bytes.Buffer
		if err := Write(&buf, a, lang); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(testenv.RepoRoot(t), "testdata", "gold", "judge", "report-"+lang+".md")
		if *update {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test ./report -update)", err)
		}
		if lang == "ar" {
			arabicOnly(t, buf.String())
		}
		if !bytes.Equal(buf.Bytes(), want) {
			t.Errorf("%s report differs from %s (go test ./report -update rewrites it; review the diff)", lang, path)
		}
	}
}

func TestWriteSmall(t *testing.T) {
	outlet := "الحرة"
	a := export.NewAnalysis()
	a.Documents = []export.Document{{ID: "d:1", Outlet: &outlet, Title: "عنوان", Recycled: true, Text: "بدأت المفاوضات في أيار"}, {ID: "d:2", Title: "آخر", Credits: []string{"الحرة"}, Text: "قيل إن المفاوضات بدأت في نيسان"}}
	a.Stories = []export.Story{{ID: "s:1", Documents: []string{"d:1", "d:2"}, Kind: "rewrite", Evidence: "shared passages",
		Pairs: []export.StoryPair{{A: "d:1", B: "d:2", Passages: []export.Passage{{AStart: 0, AEnd: 14, BStart: 7, BEnd: 21}}}}}}
	a.Claims = []export.Claim{
		{ID: "c:1", Doc: "d:1", Text: "بدأت المفاوضات في أيار", Chain: []export.Link{{Name: "المرصد", Kind: "organization"}}},
		{ID: "c:2", Doc: "d:2", Text: "بدأت المفاوضات في نيسان", Chain: []export.Link{{Name: "الحرة", Kind: "outlet"}, {Name: "المرصد", Kind: "organization", InheritedFrom: "d:1"}}},
	}
	a.ClaimGroups = []export.ClaimGroup{{ID: "g:1", Claims: []string{"c:1", "c:2"}, Origins: []string{"المرصد"}, IndependentOrigins: 1, Credibility: 3, Reason: "one independent origin"}}
	a.Contradictions = []export.Contradiction{{Claims: []string{"c:1", "c:2"}, Attribute: "time", Values: []string{"2021-05", "2021-04"}, Reason: "dated | differently"},
		{Claims: []string{"c:1", "c:2"}, Attribute: "polarity", Values: []string{"asserted", "denied"}, Reason: "تثبت وتنفي"}}
	tests := []struct {
		lang string
		want []string
	}{
		{"ar", []string{"# تقرير إسناد", "الحرة ← المرصد", "الناشر ← الحرة ← المرصد*", "| الزمن |", `dated \| differently`, "## الوثائق المعاد نشرها\n\n- الحرة — عنوان", "**إعادة صياغة** (s:1)", "تتشاركان 1 من المقاطع", "> بدأت المفاوضات\n  > ↔ المفاوضات بدأت", "عن الحرة — آخر", "**نفي**"}},
		{"en", []string{"# isnad report", "Grade: **3** (possibly true)", "| time |", "**rewrite** (s:1)", "share 1 passage(s)", "**denied**"}},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		if err := Write(&buf, a, tt.lang); err != nil {
			t.Fatal(err)
		}
		for _, w := range tt.want {
			if !strings.Contains(buf.String(), w) {
				t.Errorf("%s report lacks %q:\n%s", tt.lang, w, buf.String())
			}
		}
	}
	if err := Write(&bytes.Buffer{}, a, "fr"); err == nil {
		t.Error("unknown language accepted")
	}
}

// arabicOnly fails on an English word in an Arabic report outside file
// names and ids: every sentence the report or the judge writes for the
// analyst has its Arabic form.
func arabicOnly(t *testing.T, report string) {
	t.Helper()
	names := regexp.MustCompile(`\S+\.txt|\b[sdgc]:[0-9a-f]+`)
	english := regexp.MustCompile(`[A-Za-z]{3,}`)
	for n, line := range strings.Split(report, "\n") {
		if w := english.FindString(names.ReplaceAllString(line, "")); w != "" {
			t.Errorf("Arabic report line %d holds the English %q: %s", n+1, w, line)
		}
	}
}
