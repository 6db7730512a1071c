package sqlite

import (
	"runtime"
	"sync"

	"github.com/isnad/isnad/search"
)

// analyzersKept is how many Analyzers per processor the store keeps between
// calls. Searches served at once each take one to confirm their snippets'
// words (search.Analyzer.SpanSnippet), and batches analyse on up to
// GOMAXPROCS goroutines; with only one kept per processor, 50 concurrent
// searches of the API analysed nearly every word afresh (fold and stem)
// instead of finding it remembered. Each kept Analyzer remembers at most
// 65,536 words.
const analyzersKept = 8

// parallel runs work(a, i) for i in [0, n) on up to GOMAXPROCS goroutines,
// each with an Analyzer of its own.
func (s *Store) parallel(n int, work func(a *search.Analyzer, i int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			a := s.takeAnalyzer()
			defer s.returnAnalyzer(a)
			for i := range next {
				work(a, i)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// takeAnalyzer hands out a kept Analyzer, or a new one when none is free.
// Analyzers are kept between calls for their memory of words, which makes
// analysing the next documents cheaper.
func (s *Store) takeAnalyzer() *search.Analyzer {
	select {
	case a := <-s.analyzers:
		return a
	default:
		return search.NewAnalyzer()
	}
}

func (s *Store) returnAnalyzer(a *search.Analyzer) {
	select {
	case s.analyzers <- a:
	default: // enough kept
	}
}
