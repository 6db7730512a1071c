package ingest

import (
	"context"
	"sync"
)

// job is one item on its way through the parallel reader: read in order,
// cleaned by any worker, emitted in order.
type job struct {
	item Item
	done chan Item
}

// readParallel reads on one goroutine, cleans documents on Workers
// goroutines and emits on the caller's goroutine in reading order. The
// queues are bounded, so memory stays flat however large the corpus.
func (r *Reader) readParallel(ctx context.Context, paths []string, emit func(Item) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := r.opt.Workers
	work := make(chan *job, 4*workers)
	order := make(chan *job, 4*workers)

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range work {
				j.done <- r.finish(j.item)
			}
		}()
	}
	readErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(work)
		readErr <- r.read(ctx, paths, func(it Item) error {
			j := &job{item: it, done: make(chan Item, 1)}
			select {
			case order <- j:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case work <- j:
			case <-ctx.Done():
				j.done <- Item{Err: ctx.Err()} // queued for emission: never leave it waiting
				return ctx.Err()
			}
			return nil
		})
	}()

	var emitErr error
	for j := range order {
		it := <-j.done
		if emitErr == nil {
			if emitErr = emit(it); emitErr != nil {
				cancel() // stop the reader; drain what is queued
			}
		}
	}
	wg.Wait()
	if emitErr != nil {
		return emitErr
	}
	return <-readErr
}
