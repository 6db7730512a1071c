package sqlite

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/store"
)

// TestReadersWhileWriting runs searches, listings and counts while batches
// are written. In WAL mode readers never wait for the writer, and they must
// only ever see whole batches: the count is always a multiple of the batch
// size and never goes down.
func TestReadersWhileWriting(t *testing.T) {
	const batches, batchSize, readers = 15, 20, 4
	s := openTemp(t)
	ctx := context.Background()
	done := make(chan struct{})
	var wg sync.WaitGroup
	errs := make(chan error, readers+1)

	wg.Go(func() {
		defer close(done)
		for b := range batches {
			batch := make([]isnad.Document, batchSize)
			for i := range batch {
				batch[i] = doc(fmt.Sprint("عنوان ", b, i), "okaz", "2015-07-21",
					fmt.Sprintf("قالت الميليشيات في البيان رقم %d من الدفعة %d إن الهجوم انتهى", i, b))
			}
			if _, err := s.Put(ctx, batch); err != nil {
				errs <- fmt.Errorf("writing batch %d: %w", b, err)
				return
			}
		}
	})
	for r := range readers {
		wg.Go(func() {
			last := 0
			for {
				select {
				case <-done:
					return
				default:
				}
				st, err := s.Stats(ctx)
				if err != nil {
					errs <- fmt.Errorf("reader %d: %w", r, err)
					return
				}
				if st.Documents%batchSize != 0 || st.Documents < last {
					errs <- fmt.Errorf("reader %d saw %d documents after %d: half a batch or a loss", r, st.Documents, last)
					return
				}
				last = st.Documents
				hits, err := s.Search(ctx, "ميليشيا", store.SearchOptions{Page: store.Page{Limit: store.MaxLimit}})
				if err != nil {
					errs <- fmt.Errorf("reader %d: %w", r, err)
					return
				}
				if len(hits)%batchSize != 0 && len(hits) < store.MaxLimit {
					errs <- fmt.Errorf("reader %d found %d documents: half a batch indexed", r, len(hits))
					return
				}
				if _, err := s.Documents(ctx, store.Filter{Outlet: "okaz"}, store.Page{}); err != nil {
					errs <- fmt.Errorf("reader %d: %w", r, err)
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if docs, indexed := count(t, s); docs != batches*batchSize || indexed != docs {
		t.Errorf("after writing: %d documents, %d indexed; want %d", docs, indexed, batches*batchSize)
	}
}
