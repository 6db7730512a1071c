package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/isnad/isnad/store"
)

// TestJobsSurviveReopening: records are replaced by id, listed newest
// first, and read back after the store is closed and opened again.
func TestJobsSurviveReopening(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "isnad.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	for _, j := range []store.JobRecord{
		{ID: "a", Created: t0, JSON: []byte(`{"state":"queued"}`)},
		{ID: "b", Created: t0.Add(time.Nanosecond), JSON: []byte(`{"state":"queued"}`)},
		{ID: "a", Created: t0, JSON: []byte(`{"state":"done"}`)}, // the same job, later
	} {
		if err := s.PutJob(ctx, j); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if s, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, err := s.Jobs(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	var line []string
	for _, j := range got {
		line = append(line, j.ID+" "+string(j.JSON)+" "+j.Created.Format(time.RFC3339Nano))
	}
	want := []string{
		`b {"state":"queued"} 2026-11-23T10:00:00.000000001Z`,
		`a {"state":"done"} 2026-11-23T10:00:00Z`,
	}
	if strings.Join(line, "\n") != strings.Join(want, "\n") {
		t.Errorf("Jobs =\n%s\nwant\n%s", strings.Join(line, "\n"), strings.Join(want, "\n"))
	}
	if got, err := s.Jobs(ctx, 1); err != nil || len(got) != 1 || got[0].ID != "b" {
		t.Errorf("Jobs(1) = %v, %v", got, err)
	}
}

// TestJobsKeepTheNewest: past store.MaxJobRecords the oldest are dropped.
func TestJobsKeepTheNewest(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	n := store.MaxJobRecords + 5
	for i := range n {
		j := store.JobRecord{ID: fmt.Sprintf("j%04d", i), Created: t0.Add(time.Duration(i) * time.Second), JSON: []byte(`{}`)}
		if err := s.PutJob(ctx, j); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.Jobs(ctx, 2*n)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != store.MaxJobRecords || got[0].ID != fmt.Sprintf("j%04d", n-1) || got[len(got)-1].ID != "j0005" {
		t.Errorf("kept %d jobs, newest %s, oldest %s", len(got), got[0].ID, got[len(got)-1].ID)
	}
}

// TestJobsRefused: bad records are refused with what is wrong, and change
// nothing stored.
func TestJobsRefused(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	now := time.Now()
	if err := s.PutJob(ctx, store.JobRecord{ID: "ok", Created: now, JSON: []byte(`{}`)}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		j    store.JobRecord
		want string
	}{
		{store.JobRecord{ID: "", Created: now, JSON: []byte(`{}`)}, "empty"},
		{store.JobRecord{ID: strings.Repeat("x", store.MaxJobIDBytes+1), Created: now, JSON: []byte(`{}`)}, "longer"},
		{store.JobRecord{ID: "ok", JSON: []byte(`{}`)}, "no creation time"},
		{store.JobRecord{ID: "ok", Created: now, JSON: []byte(`{"state":`)}, "not valid JSON"},
		{store.JobRecord{ID: "ok", Created: now, JSON: []byte(`"` + strings.Repeat("x", store.MaxJobJSONBytes) + `"`)}, "over"},
	} {
		if err := s.PutJob(ctx, tc.j); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("PutJob(%.40q) = %v, want an error with %q", tc.j.ID, err, tc.want)
		}
	}
	if got, err := s.Jobs(ctx, 10); err != nil || len(got) != 1 || string(got[0].JSON) != `{}` {
		t.Errorf("after refusals: %v, %v", got, err)
	}
}
