package sqlite

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/store"
)

func TestPutNewAndDuplicate(t *testing.T) {
	a := doc("أ", "alriyadh", "2015-07-21", "هاجمت الميليشيات المدينة")
	b := doc("ب", "okaz", "2015-07-22", "وصل وزير الخارجية إلى الرياض")
	c := doc("ج", "aawsat", "", "نص ثالث")
	aAgain := a
	aAgain.Source = "another/path.txt" // same text read from elsewhere
	aAgain.Title = "عنوان آخر"
	tests := []struct {
		name  string
		batch []isnad.Document
		want  []store.PutStatus
		docs  int // stored after the batch
	}{
		{"two new", []isnad.Document{a, b}, []store.PutStatus{store.New, store.New}, 2},
		{"all present", []isnad.Document{b, a}, []store.PutStatus{store.Duplicate, store.Duplicate}, 2},
		{"same text from another source", []isnad.Document{aAgain}, []store.PutStatus{store.Duplicate}, 2},
		{"new and its repeat in one batch", []isnad.Document{c, c, a}, []store.PutStatus{store.New, store.Duplicate, store.Duplicate}, 3},
		{"empty batch", nil, []store.PutStatus{}, 3},
	}
	s := openTemp(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := s.Put(context.Background(), tt.batch)
			if err != nil {
				t.Fatal(err)
			}
			got := []store.PutStatus{}
			for i, r := range res {
				if r.ID != tt.batch[i].ID {
					t.Errorf("result %d is for %s, want %s", i, r.ID, tt.batch[i].ID)
				}
				got = append(got, r.Status)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("statuses %v, want %v", got, tt.want)
			}
			if docs, indexed := count(t, s); docs != tt.docs || indexed != tt.docs {
				t.Errorf("store holds %d documents, %d indexed; want %d", docs, indexed, tt.docs)
			}
		})
	}
	// A duplicate changes nothing: the first title stays.
	got, err := s.Document(context.Background(), a.ID)
	if err != nil || got.Title != a.Title || got.Source != a.Source {
		t.Errorf("after a duplicate put, document = %+v (%v), want the first version", got, err)
	}
}

func TestPutRoundTrip(t *testing.T) {
	s := openTemp(t)
	want := isnad.Document{
		ID: "d:0123456789abcdef", Source: "seeds.zip!a.json#3", URL: "https://example.org/a?b=c",
		Outlet: "الحرة", Published: "2024-03-29", PublishedFrom: isnad.FromDateline, Language: "ar",
		Title: "عنوان «مقتبس»", Author: "نايف عبدالله", Text: "السطر الأول\nالسطر الثاني \"مقتبس\"",
		Removed: []string{"اقرأ أيضا", "شارك"}, Credits: []string{"الحرة"},
	}
	put(t, s, want)
	got, err := s.Document(context.Background(), want.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, want)
	}
}

func TestDocumentNotFound(t *testing.T) {
	s := openTemp(t)
	_, err := s.Document(context.Background(), "d:missing")
	var nf *store.NotFoundError
	if !errors.As(err, &nf) || nf.ID != "d:missing" || !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Document(missing) error = %v, want a *store.NotFoundError for d:missing", err)
	}
}

// TestPutFailingBatchChangesNothing fails batches part-way through and checks
// that the store is exactly as before: nothing stored, nothing indexed.
func TestPutFailingBatchChangesNothing(t *testing.T) {
	before := []isnad.Document{
		doc("قديم", "okaz", "2015-07-20", "وثيقة مخزنة من قبل"),
	}
	batch := []isnad.Document{
		doc("1", "okaz", "2015-07-21", "أول وثيقة جديدة في الدفعة"),
		doc("2", "okaz", "2015-07-21", "ثاني وثيقة جديدة في الدفعة"),
		before[0], // present: must stay as it is
		doc("3", "okaz", "2015-07-21", "ثالث وثيقة جديدة في الدفعة"),
		doc("4", "okaz", "2015-07-21", "رابع وثيقة جديدة في الدفعة"),
	}
	invalid := append([]isnad.Document{}, batch...)
	invalid[3].Published = "29 March"
	tooBig := append([]isnad.Document{}, batch...)
	tooBig[4].Title = strings.Repeat("x", store.MaxFieldBytes+1)

	tests := []struct {
		name   string
		batch  []isnad.Document
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
		{"context cancelled mid-batch", batch, func(cancel context.CancelFunc) func(int) error {
			return func(i int) error {
				if i == 2 {
					cancel()
				}
				return nil
			}
		}, "context canceled"},
		{"invalid date", invalid, nil, "not YYYY-MM-DD"},
		{"field over the limit", tooBig, nil, "exceeds the limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTemp(t)
			put(t, s, before...)
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if tt.inject != nil {
				s.beforeInsert = tt.inject(cancel)
			}
			_, err := s.Put(ctx, tt.batch)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Put error = %v, want one saying %q", err, tt.want)
			}
			s.beforeInsert = nil
			if docs, indexed := count(t, s); docs != 1 || indexed != 1 {
				t.Errorf("after the failed batch: %d documents, %d indexed; want 1, 1", docs, indexed)
			}
			for _, d := range tt.batch {
				_, err := s.Document(context.Background(), d.ID)
				if present := err == nil; present != (d.ID == before[0].ID) {
					t.Errorf("document %s present = %v after the failed batch", d.ID, present)
				}
			}
			// The store still works: the same batch now goes in whole.
			res, err := s.Put(context.Background(), batch)
			if err != nil || len(res) != len(batch) {
				t.Fatalf("retrying the batch: %v", err)
			}
			if docs, indexed := count(t, s); docs != 5 || indexed != 5 {
				t.Errorf("after the retry: %d documents, %d indexed; want 5, 5", docs, indexed)
			}
		})
	}
}

func TestPutRefusesOversizedBatch(t *testing.T) {
	s := openTemp(t)
	batch := make([]isnad.Document, store.MaxBatch+1)
	if _, err := s.Put(context.Background(), batch); err == nil {
		t.Error("Put of an oversized batch succeeded")
	}
}
