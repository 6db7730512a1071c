package server

import (
	"context"
	"encoding/json"
	"slices"
	"time"

	"github.com/isnad/isnad/store"
)

// jobSaveTimeout bounds one write of a job record: a job's state is also in
// memory, so a slow or failed write is logged and the job goes on.
const jobSaveTimeout = 10 * time.Second

// save writes a job's record to the store as the job is now. Writes of one
// job are taken one at a time, each with the state of its turn, so a late
// write never puts back an older state. It does not use the jobs' context,
// which is cancelled when the server stops: the cancelled jobs must still
// be written as such.
func (js *jobs) save(r *runningJob) {
	r.saveMu.Lock()
	defer r.saveMu.Unlock()
	js.mu.Lock()
	j := r.snapshot()
	js.mu.Unlock()
	js.write(j)
}

// write stores one job record.
func (js *jobs) write(j Job) {
	b, err := json.Marshal(j)
	if err == nil {
		ctx, cancel := context.WithTimeout(context.Background(), jobSaveTimeout)
		defer cancel()
		err = js.s.cfg.Store.PutJob(ctx, store.JobRecord{ID: j.ID, Created: j.Created, JSON: b})
	}
	if err != nil {
		js.s.log.Error("saving a job's record", "id", j.ID, "state", j.State, "err", err)
	}
}

// saveLater writes a job's record without holding up the caller, who
// answers an HTTP request while an upload may hold the store's writer.
func (js *jobs) saveLater(r *runningJob) {
	js.saving.Add(1)
	go func() {
		defer js.saving.Done()
		js.save(r)
	}()
}

// load reads the jobs of earlier runs of the server. A job that had not
// ended was cut short by the server's stop: it is recorded as cancelled,
// since its uploaded files were temporary and are gone.
func (js *jobs) load() {
	ctx, cancel := context.WithTimeout(context.Background(), jobSaveTimeout)
	defer cancel()
	records, err := js.s.cfg.Store.Jobs(ctx, maxJobsKept)
	if err != nil {
		js.s.log.Error("reading the jobs of earlier runs", "err", err)
		return
	}
	now := time.Now().UTC()
	for _, rec := range slices.Backward(records) { // oldest first
		var j Job
		if err := json.Unmarshal(rec.JSON, &j); err != nil || j.ID != rec.ID {
			js.s.log.Error("skipping a stored job that cannot be read", "id", rec.ID, "err", err)
			continue
		}
		if j.Finished == nil {
			j.State = jobCancelled
			j.Error = "the server stopped before the job ended"
			j.Finished = &now
			js.write(j)
		}
		r := &runningJob{job: j}
		js.byID[j.ID] = r
		js.order = append(js.order, r)
	}
	if len(records) > 0 {
		js.s.log.Info("jobs of earlier runs", "count", len(js.order))
	}
}
