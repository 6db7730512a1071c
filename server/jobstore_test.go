package server

import (
	"context"
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"github.com/isnad/isnad/store"
)

// TestJobsSurviveRestart: a finished upload is listed as it ended by the
// next server over the same store, and a job the first server never ended
// (it stopped in the middle) comes back cancelled with why.
func TestJobsSurviveRestart(t *testing.T) {
	st := emptyStore(t)
	h1 := newHandler(t, st, Config{Ingester: testIngester(t), LocalHostsOnly: true})
	done := waitJob(t, h1, upload(t, h1, upFile{"report.txt", []byte(article)}).ID)
	if done.State != jobDone {
		t.Fatalf("upload ended %s: %s", done.State, done.Error)
	}
	h1.Close()

	// A job that was reading when its server died: its record says so.
	started := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	cut := Job{ID: "cut0", Kind: "upload", State: jobReading, By: "local", Created: started, Started: &started,
		Files: []JobFile{{Name: "big.zip", Bytes: 1 << 20}}, FilesRead: 0, Errors: []JobError{}}
	b, err := json.Marshal(cut)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.PutJob(context.Background(), store.JobRecord{ID: cut.ID, Created: cut.Created, JSON: b}); err != nil {
		t.Fatal(err)
	}

	h2 := newHandler(t, st, Config{LocalHostsOnly: true})
	var list struct{ Jobs []Job }
	if err := json.Unmarshal(call(t, h2, "GET", "/api/jobs", "", "", nil).Body.Bytes(), &list); err != nil {
		t.Fatal(err)
	}
	if len(list.Jobs) != 2 || list.Jobs[0].ID != done.ID || list.Jobs[1].ID != cut.ID {
		t.Fatalf("after a restart the jobs are %+v, want %s then %s", list.Jobs, done.ID, cut.ID)
	}
	if got := list.Jobs[0]; !reflect.DeepEqual(got, done) {
		t.Errorf("finished job after a restart:\n%+v\nwant\n%+v", got, done)
	}
	got := list.Jobs[1]
	if got.State != jobCancelled || got.Error == "" || got.Finished == nil || got.Files[0].Name != "big.zip" {
		t.Errorf("unfinished job after a restart: %+v, want cancelled with an error and an end", got)
	}
	if rec := call(t, h2, "GET", "/api/jobs/"+cut.ID, "", "", nil); rec.Code != 200 {
		t.Errorf("/api/jobs/%s after a restart: %d", cut.ID, rec.Code)
	}

	// The cancellation was written back: a third server reads it as is.
	h2.Close()
	h3 := newHandler(t, st, Config{LocalHostsOnly: true})
	if j, ok := h3.s.jobs.get(cut.ID); !ok || !reflect.DeepEqual(j, got) {
		t.Errorf("third server reads %+v, want %+v", j, got)
	}
}

// TestJobRecordsFollowTheJob: the stored record of a job that ran is its
// final state, whatever order the writes of its earlier states took.
func TestJobRecordsFollowTheJob(t *testing.T) {
	st := emptyStore(t)
	h := newHandler(t, st, Config{Ingester: testIngester(t), LocalHostsOnly: true})
	var ids []string
	for range 3 {
		ids = append(ids, upload(t, h, upFile{"report.txt", []byte(article)}).ID)
	}
	want := map[string]Job{}
	for _, id := range ids {
		want[id] = waitJob(t, h, id)
	}
	h.Close() // waits for every write
	records, err := st.Jobs(context.Background(), 10)
	if err != nil || len(records) != 3 {
		t.Fatalf("stored jobs %d, %v", len(records), err)
	}
	for _, rec := range records {
		var j Job
		if err := json.Unmarshal(rec.JSON, &j); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(j, want[rec.ID]) {
			t.Errorf("stored record of %s:\n%+v\nwant\n%+v", rec.ID, j, want[rec.ID])
		}
	}
}
