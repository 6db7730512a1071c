package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/store"
)

// TestPutAnalyzedFailureChangesNothing fails analysed batches part-way and
// checks that no analysis table gained a row and no entity count moved.
func TestPutAnalyzedFailureChangesNothing(t *testing.T) {
	isis := func(m ...[2]int) []entitySpec {
		return []entitySpec{{id: "e:isis", typ: "ORG", name: "داعش", aliases: []string{"داعش"}, mentions: m}}
	}
	before := handAnalysis(doc("قديم", "okaz", "2015-07-20", "قال المرصد إن داعش هاجم"), isis([2]int{14, 18}),
		[]claimSpec{{start: 0, end: 20, entities: []string{"e:isis"}}})
	var batch []store.Analyzed
	for i := range 4 {
		d := doc(fmt.Sprint(i), "okaz", "2015-07-21", fmt.Sprintf("وثيقة رقم %d قال فيها المرصد إن داعش هاجم", i))
		batch = append(batch, handAnalysis(d, isis([2]int{30, 34}), []claimSpec{{start: 0, end: 30, entities: []string{"e:isis"}}}))
	}
	batch = append(batch[:2], append([]store.Analyzed{before}, batch[2:]...)...)
	badIndex := append([]store.Analyzed{}, batch...)
	broken := *badIndex[3].Analysis
	broken.Claims = append([]export.Claim{}, broken.Claims...)
	broken.Claims[0].Times = []int{7}
	badIndex[3].Analysis = &broken
	otherDoc := append([]store.Analyzed{}, batch...)
	wrongDoc := *otherDoc[4].Analysis
	wrongDoc.Doc = "d:another"
	otherDoc[4].Analysis = &wrongDoc

	tests := []struct {
		name   string
		batch  []store.Analyzed
		inject func(cancel context.CancelFunc) func(int) error
		want   string
	}{
		{"failure after three writes", batch, func(context.CancelFunc) func(int) error {
			return func(i int) error {
				if i == 3 {
					return errors.New("disk on fire")
				}
				return nil
			}
		}, "disk on fire"},
		{"cancelled mid-batch", batch, func(cancel context.CancelFunc) func(int) error {
			return func(i int) error {
				if i == 2 {
					cancel()
				}
				return nil
			}
		}, "context canceled"},
		{"time index out of range", badIndex, nil, "time 7 out of range"},
		{"analysis of another document", otherDoc, nil, "made for document"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTemp(t)
			s.flushArgs = 50 // rows are written before the failure, not only queued
			putAnalyzed(t, s, before)
			counts := rowCounts(t, s)
			isisBefore, _ := s.Entity(context.Background(), "e:isis")
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if tt.inject != nil {
				s.beforeInsert = tt.inject(cancel)
			}
			_, err := s.PutAnalyzed(ctx, tt.batch)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("PutAnalyzed error = %v, want one saying %q", err, tt.want)
			}
			s.beforeInsert = nil
			if after := rowCounts(t, s); !reflect.DeepEqual(after, counts) {
				t.Errorf("rows after the failed batch %v, want %v", after, counts)
			}
			if e, _ := s.Entity(context.Background(), "e:isis"); !reflect.DeepEqual(e, isisBefore) {
				t.Errorf("entity after the failed batch %+v, want %+v", e, isisBefore)
			}
			res, err := s.PutAnalyzed(context.Background(), batch)
			if err != nil || len(res) != len(batch) {
				t.Fatalf("retrying the batch: %v", err)
			}
			if e, _ := s.Entity(context.Background(), "e:isis"); e.Documents != 5 || e.Mentions != 5 {
				t.Errorf("after the retry the entity counts %d documents, %d mentions; want 5, 5", e.Documents, e.Mentions)
			}
		})
	}
}

// TestInvalidDocumentIsNamed: the error of a refused batch says which
// document, so a caller can drop it (or use store.SplitValid beforehand).
func TestInvalidDocumentIsNamed(t *testing.T) {
	s := openTemp(t)
	good := handAnalysis(doc("أ", "okaz", "2015-07-21", "نص أول"), nil, nil)
	bad := handAnalysis(doc("ب", "okaz", "2015-07-21", "نص ثان"), nil, nil)
	bad.Doc.Published = "yesterday"
	_, err := s.PutAnalyzed(context.Background(), []store.Analyzed{good, bad})
	var inv *store.InvalidDocumentError
	if !errors.As(err, &inv) || inv.Index != 1 || inv.ID != bad.Doc.ID {
		t.Fatalf("error = %v, want an *InvalidDocumentError for index 1", err)
	}
	kept, refused := store.SplitValid([]store.Analyzed{good, bad})
	if len(kept) != 1 || len(refused) != 1 {
		t.Fatalf("SplitValid kept %d, refused %d", len(kept), len(refused))
	}
	if res := putAnalyzed(t, s, kept...); res[0].Status != store.New {
		t.Errorf("the valid document was not stored: %v", res)
	}
}

// TestMigrateFromVersion2 opens a store made by the schema before analyses
// (version 2) holding a document: Open migrates it, the document stays, and
// its analysis can then be added.
func TestMigrateFromVersion2(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", dsn(path, false))
	if err != nil {
		t.Fatal(err)
	}
	p, err := newProvider(db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.UpTo(ctx, 2); err != nil {
		t.Fatal(err)
	}
	d := doc("عنوان", "okaz", "2015-07-21", "قال المرصد إن داعش هاجم المدينة")
	if _, err := db.Exec(insertDocument, documentRow(d, "2024-01-01T00:00:00Z")...); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(insertTerms, d.ID, "عنوان", "قال مرصد داعش هاجم مدين"); err != nil {
		t.Fatal(err)
	}
	db.Close()

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("opening a version 2 store: %v", err)
	}
	defer s.Close()
	if v, err := s.SchemaVersion(ctx); err != nil || v != latestMigration(t) {
		t.Errorf("schema version %d (%v), want %d", v, err, latestMigration(t))
	}
	if got, err := s.Document(ctx, d.ID); err != nil || got.Text != d.Text {
		t.Errorf("document after migration = %+v (%v)", got, err)
	}
	if _, err := s.Analysis(ctx, d.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Analysis of an old document = %v, want not found", err)
	}
	a := handAnalysis(d, []entitySpec{{id: "e:isis", typ: "ORG", name: "داعش", mentions: [][2]int{{14, 18}}}},
		[]claimSpec{{start: 0, end: 30, entities: []string{"e:isis"}}})
	if res := putAnalyzed(t, s, a); res[0].Status != store.Analysed {
		t.Errorf("status %v, want analysed", res[0].Status)
	}
	if got, err := s.Analysis(ctx, d.ID); err != nil || !reflect.DeepEqual(got, *a.Analysis) {
		t.Errorf("Analysis after adding = %+v (%v)", got, err)
	}
}

// TestForEachAnalysis walks more documents than one read takes, analysed
// and bare, and checks order, content and stopping.
func TestForEachAnalysis(t *testing.T) {
	s := openTemp(t)
	want := map[string]store.Analyzed{}
	var batch []store.Analyzed
	for i := range forEachChunk*2 + 37 {
		d := doc(fmt.Sprint(i), "okaz", "2015-07-21", fmt.Sprintf("قال المرصد إن داعش هاجم في المرة %d", i))
		a := handAnalysis(d, []entitySpec{{id: "e:isis", typ: "ORG", name: "داعش", mentions: [][2]int{{14, 18}}}},
			[]claimSpec{{start: 0, end: 20, entities: []string{"e:isis"}, chain: []export.Link{link("المرصد", "organization", "")}}})
		if i%5 == 0 {
			a.Analysis = nil
		}
		batch = append(batch, a)
		want[d.ID] = a
	}
	putAnalyzed(t, s, batch...)
	var last string
	seen := 0
	err := s.ForEachAnalysis(context.Background(), func(d isnad.Document, a export.DocumentAnalysis) error {
		if d.ID <= last {
			t.Fatalf("%s after %s: not in id order", d.ID, last)
		}
		last = d.ID
		seen++
		w := want[d.ID]
		if d.Text != w.Doc.Text || d.Title != w.Doc.Title || d.Outlet != w.Doc.Outlet {
			t.Errorf("document %s differs", d.ID)
		}
		if w.Analysis == nil {
			if a.Doc != d.ID || len(a.Claims) != 0 || a.Claims == nil {
				t.Errorf("bare document %s came with %+v, want an empty analysis", d.ID, a)
			}
		} else if !reflect.DeepEqual(a, *w.Analysis) {
			t.Errorf("analysis of %s differs", d.ID)
		}
		return nil
	})
	if err != nil || seen != len(batch) {
		t.Errorf("walked %d documents (%v), want %d", seen, err, len(batch))
	}
	stop := errors.New("enough")
	n := 0
	err = s.ForEachAnalysis(context.Background(), func(isnad.Document, export.DocumentAnalysis) error {
		if n++; n == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 3 {
		t.Errorf("stopping: %v after %d documents", err, n)
	}
}
