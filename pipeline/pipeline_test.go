package pipeline

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/isnad/isnad"
)

type upper struct{}

func (upper) Name() string { return "upper" }
func (upper) Process(_ context.Context, r *Result) error {
	if r.Doc.Text == "bad" {
		return errors.New("refused")
	}
	r.Doc.Title = strings.ToUpper(r.Doc.Text)
	return nil
}

func source(texts ...string) Source {
	return func(ctx context.Context, emit func(Input) error) error {
		for _, t := range texts {
			in := Input{Doc: isnad.Document{Source: t, Text: t}}
			if t == "unreadable" {
				in = Input{Err: fmt.Errorf("reading %s: broken", t)}
			}
			if err := emit(in); err != nil {
				return err
			}
		}
		return nil
	}
}

func TestRunKeepsInputOrderAndPerDocumentErrors(t *testing.T) {
	var texts []string
	for i := range 500 {
		texts = append(texts, fmt.Sprint("doc", i))
	}
	texts[7], texts[9] = "bad", "unreadable"
	var got []Result
	err := Run(context.Background(), source(texts...), Options{Workers: 4, Stages: []Stage{upper{}}}, func(r Result) error {
		got = append(got, r)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(texts) {
		t.Fatalf("%d results for %d inputs", len(got), len(texts))
	}
	for i, r := range got {
		if r.Seq != i {
			t.Fatalf("result %d has seq %d: order lost", i, r.Seq)
		}
		switch i {
		case 7:
			if r.Err == nil || !strings.Contains(r.Err.Error(), "upper: refused") {
				t.Errorf("stage error not reported with its stage: %v", r.Err)
			}
		case 9:
			if r.Err == nil {
				t.Errorf("reader error lost")
			}
		default:
			if r.Err != nil || r.Doc.Title != strings.ToUpper(texts[i]) {
				t.Errorf("result %d = %+v", i, r)
			}
		}
	}
}

func TestRunStopsWhenTheSinkFails(t *testing.T) {
	stop := errors.New("disk full")
	n := 0
	err := Run(context.Background(), source("a", "b", "c", "d"), Options{Workers: 2}, func(Result) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) {
		t.Fatalf("err = %v, want the sink's error", err)
	}
}

func TestRunStopsOnCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	endless := func(ctx context.Context, emit func(Input) error) error {
		for {
			if err := emit(Input{Doc: isnad.Document{Text: "x"}}); err != nil {
				return err
			}
		}
	}
	n := 0
	err := Run(ctx, endless, Options{Workers: 2}, func(Result) error {
		if n++; n == 100 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}
