// Package pipeline runs isnad's per-document stages over a stream of
// documents: the reader feeds documents in, a pool of workers runs the
// stages on each, and the results come out in input order so that every run
// over the same input prints the same thing.
package pipeline

import (
	"context"
	"fmt"
	"runtime"

	"github.com/isnad/isnad"
	"golang.org/x/sync/errgroup"
)

// Input is one thing the reader produced: a document, or the error that
// kept one input from being read.
type Input struct {
	Doc isnad.Document
	Err error
}

// Stage is one per-document step. It may fill fields of the Result it is
// given; it runs concurrently on different documents.
type Stage interface {
	Name() string
	Process(ctx context.Context, r *Result) error
}

// Result is a document after the stages, or the error that stopped it.
type Result struct {
	Seq      int // position in the input stream
	Doc      isnad.Document
	Analysis *DocAnalysis // filled by the Extractors stage, nil without it
	Err      error
}

// Source produces inputs through emit until it is done or emit fails.
type Source func(ctx context.Context, emit func(Input) error) error

// Options tune a run.
type Options struct {
	Workers int     // 0: the number of CPUs
	Stages  []Stage // run in order on each document
	Buffer  int     // inputs in flight; 0: 64 per worker
}

// Run reads from src, runs the stages on each document on Workers
// goroutines, and calls sink with every result in input order. A stage's
// error is the document's error (sink sees it); an error from src or sink,
// or a cancelled context, stops the run.
func Run(ctx context.Context, src Source, opt Options, sink func(Result) error) error {
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	buffer := opt.Buffer
	if buffer <= 0 {
		buffer = 64 * workers
	}
	g, ctx := errgroup.WithContext(ctx)
	jobs := make(chan *job, buffer)
	order := make(chan *job, buffer) // the same jobs, in input order

	g.Go(func() error {
		defer close(jobs)
		defer close(order)
		seq := 0
		return src(ctx, func(in Input) error {
			j := &job{res: Result{Seq: seq, Doc: in.Doc, Err: in.Err}, done: make(chan struct{})}
			seq++
			select {
			case order <- j:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return ctx.Err()
			}
			return nil
		})
	})
	for range workers {
		g.Go(func() error {
			for j := range jobs {
				if j.res.Err == nil {
					j.res.Err = runStages(ctx, opt.Stages, &j.res)
				}
				close(j.done)
			}
			return nil
		})
	}
	g.Go(func() error {
		for j := range order {
			select {
			case <-j.done:
			case <-ctx.Done():
				return ctx.Err()
			}
			if err := sink(j.res); err != nil {
				return err
			}
		}
		return nil
	})
	return g.Wait()
}

type job struct {
	res  Result
	done chan struct{}
}

func runStages(ctx context.Context, stages []Stage, r *Result) error {
	for _, s := range stages {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := s.Process(ctx, r); err != nil {
			return fmt.Errorf("%s: %s: %w", r.Doc.Source, s.Name(), err)
		}
	}
	return nil
}
