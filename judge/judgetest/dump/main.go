// Command dump prints the analysis the judgetest helper builds from the
// single-document extractors, judged (-judge) or as a Markdown report
// (-report ar|en): a stand-in for `isnad analyze` / `isnad report` until the
// pipeline wires the judge in.
//
//	go run ./judge/judgetest/dump -report en testdata/seeds
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/judge"
	"github.com/isnad/isnad/judge/judgetest"
	"github.com/isnad/isnad/report"
)

func main() {
	doJudge := flag.Bool("judge", false, "fill claim groups and contradictions")
	lang := flag.String("report", "", "print the Markdown report in this language (ar or en) instead of JSON")
	from := flag.String("analysis", "", "read this analysis JSON instead of running the extractors on the paths")
	flag.Parse()
	if err := run(flag.Args(), *from, *doJudge || *lang != "", *lang); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(paths []string, from string, doJudge bool, lang string) error {
	ctx := context.Background()
	a, err := load(ctx, paths, from)
	if err != nil {
		return err
	}
	if doJudge {
		rel, err := judge.DefaultReliability()
		if err != nil {
			return err
		}
		reasons := "en"
		if lang == "ar" {
			reasons = "ar"
		}
		j, err := judge.NewChecked(rel, judge.Options{ReasonLanguage: reasons})
		if err != nil {
			return err
		}
		if err := j.Judge(ctx, a); err != nil {
			return err
		}
	}
	if lang != "" {
		return report.Write(os.Stdout, a, lang)
	}
	e := json.NewEncoder(os.Stdout)
	e.SetIndent("", " ")
	return e.Encode(a)
}

func load(ctx context.Context, paths []string, from string) (*export.Analysis, error) {
	if from != "" {
		b, err := os.ReadFile(from)
		if err != nil {
			return nil, err
		}
		var a export.Analysis
		if err := json.Unmarshal(b, &a); err != nil {
			return nil, fmt.Errorf("reading %s: %w", from, err)
		}
		return &a, nil
	}
	x, err := judgetest.Load()
	if err != nil {
		return nil, err
	}
	return x.Read(ctx, paths)
}
