package server

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/isnad/isnad/internal/intake"
)

// Job is an upload or a relink running in the background, as the API shows
// it. Jobs run one at a time, in the order they came. Each change of state
// is written to the store, so the last maxJobsKept jobs are still listed
// after the server restarts; a job that was queued or running when the
// server stopped shows as cancelled (its stored documents stay stored).
type Job struct {
	ID    string `json:"id"`
	Kind  string `json:"kind"`  // "upload" or "relink"
	State string `json:"state"` // queued, reading, linking, done, failed, cancelled
	By    string `json:"by"`    // the token's name, "local" on loopback
	// Reason says why a relink runs ("reliability of X set to B").
	Reason string `json:"reason,omitempty"`
	// Files are an upload's files; FilesRead of them have been through the
	// readers.
	Files     []JobFile `json:"files"`
	FilesRead int       `json:"files_read"`
	// Documents counts the documents read, stored new, already stored, and
	// the inputs that failed (each named in Errors).
	Documents intake.Tally `json:"documents"`
	// Linked is how many stored documents the relink has read; Stored is
	// how many there are in all when it started.
	Linked int `json:"linked"`
	Stored int `json:"stored"`
	// Errors name the file (or zip member, or record) each failure came
	// from; ErrorCount goes on counting past the first maxJobErrors.
	Errors     []JobError `json:"errors"`
	ErrorCount int        `json:"error_count"`
	// Error is why the job stopped before its end.
	Error    string     `json:"error,omitempty"`
	Created  time.Time  `json:"created"`
	Started  *time.Time `json:"started,omitempty"`
	Finished *time.Time `json:"finished,omitempty"`
}

// JobFile is one uploaded file.
type JobFile struct {
	Name  string `json:"name"`
	Bytes int64  `json:"bytes"`
	Error string `json:"error,omitempty"` // refused before reading (too large)

	path string // the temporary copy
}

// JobError is one input that failed.
type JobError struct {
	File  string `json:"file"`
	Error string `json:"error"`
}

// Job states.
const (
	jobQueued    = "queued"
	jobReading   = "reading"
	jobLinking   = "linking"
	jobDone      = "done"
	jobFailed    = "failed"
	jobCancelled = "cancelled"
)

// jobs queues and runs the jobs on one goroutine: the store has one writer,
// and a relink reads the whole store, so running two at once gains nothing.
type jobs struct {
	s      *server
	ctx    context.Context
	cancel context.CancelFunc
	queue  chan *runningJob
	start  sync.Once
	done   sync.WaitGroup
	saving sync.WaitGroup // records being written by saveLater

	mu     sync.Mutex
	byID   map[string]*runningJob
	order  []*runningJob // oldest first
	closed bool

	ingester *intake.Ingester // loaded on the first upload; the worker's only
}

// runningJob is a job with what only the server sees.
type runningJob struct {
	job    Job        // guarded by jobs.mu
	dir    string     // temporary directory of an upload, removed at the end
	saveMu sync.Mutex // one write of the job's record at a time (jobstore.go)
}

func newJobs(s *server) *jobs {
	parent := s.cfg.JobContext
	if parent == nil {
		parent = context.Background()
	}
	ctx, cancel := context.WithCancel(parent)
	js := &jobs{s: s, ctx: ctx, cancel: cancel, queue: make(chan *runningJob, maxJobsQueued),
		byID: map[string]*runningJob{}, ingester: s.cfg.Ingester}
	js.load()
	return js
}

func newJobID() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b) // crypto/rand.Read does not fail
	return hex.EncodeToString(b)
}

// errBusy refuses a job when the queue is full.
var errBusy = &apiError{http.StatusServiceUnavailable, "too many jobs are queued; retry in a minute"}

// add queues a job. A relink asked while another relink still waits in the
// queue is that one: it will read the store as it is when it starts.
func (js *jobs) add(r *runningJob) (Job, error) {
	js.start.Do(func() {
		js.done.Add(1)
		go js.work()
	})
	js.mu.Lock()
	defer js.mu.Unlock()
	if js.closed {
		return Job{}, &apiError{http.StatusServiceUnavailable, "the server is stopping"}
	}
	if r.job.Kind == "relink" {
		for _, q := range js.order {
			if q.job.Kind == "relink" && q.job.State == jobQueued {
				q.job.Reason += "; " + r.job.Reason
				js.saveLater(q)
				return q.snapshot(), nil
			}
		}
	}
	r.job.ID = newJobID()
	r.job.State = jobQueued
	r.job.Created = time.Now().UTC()
	select {
	case js.queue <- r:
	default:
		return Job{}, errBusy
	}
	js.byID[r.job.ID] = r
	js.order = append(js.order, r)
	js.forget()
	js.saveLater(r)
	return r.snapshot(), nil
}

// forget drops the oldest finished jobs past maxJobsKept.
func (js *jobs) forget() {
	for len(js.order) > maxJobsKept {
		i := slices.IndexFunc(js.order, func(r *runningJob) bool { return r.job.Finished != nil })
		if i < 0 {
			return
		}
		delete(js.byID, js.order[i].job.ID)
		js.order = slices.Delete(js.order, i, i+1)
	}
}

// get is a copy of a job.
func (js *jobs) get(id string) (Job, bool) {
	js.mu.Lock()
	defer js.mu.Unlock()
	r, ok := js.byID[id]
	if !ok {
		return Job{}, false
	}
	return r.snapshot(), true
}

// list is a copy of every job, newest first.
func (js *jobs) list() []Job {
	js.mu.Lock()
	defer js.mu.Unlock()
	out := make([]Job, 0, len(js.order))
	for i := len(js.order) - 1; i >= 0; i-- {
		out = append(out, js.order[i].snapshot())
	}
	return out
}

// snapshot copies the job; the caller holds jobs.mu.
func (r *runningJob) snapshot() Job {
	j := r.job
	j.Files = slices.Clone(j.Files)
	j.Errors = slices.Clone(j.Errors)
	if j.Files == nil {
		j.Files = []JobFile{}
	}
	if j.Errors == nil {
		j.Errors = []JobError{}
	}
	return j
}

// update changes a job under the lock.
func (js *jobs) update(r *runningJob, f func(*Job)) {
	js.mu.Lock()
	defer js.mu.Unlock()
	f(&r.job)
}

// updateAndSave changes a job and writes it to the store: for changes of
// state, not for progress counts, which would cost a write each.
func (js *jobs) updateAndSave(r *runningJob, f func(*Job)) {
	js.update(r, f)
	js.save(r)
}

func (j *Job) addError(file, msg string) {
	j.ErrorCount++
	if len(j.Errors) < maxJobErrors {
		j.Errors = append(j.Errors, JobError{File: file, Error: msg})
	}
}

// close stops taking jobs, cancels the running one and waits for the worker.
func (js *jobs) close() {
	js.mu.Lock()
	if !js.closed {
		js.closed = true
		close(js.queue)
	}
	js.mu.Unlock()
	js.cancel()
	js.done.Wait()
	js.saving.Wait()
}

// work runs the queued jobs one by one until the queue is closed.
func (js *jobs) work() {
	defer js.done.Done()
	for r := range js.queue {
		js.run(r)
	}
}

// run runs one job and records how it ended; an upload's files are removed
// whatever happens.
func (js *jobs) run(r *runningJob) {
	defer func() {
		if r.dir != "" {
			if err := os.RemoveAll(r.dir); err != nil {
				js.s.log.Error("removing an upload's files", "dir", r.dir, "err", err)
			}
		}
	}()
	ctx := js.ctx
	now := time.Now().UTC()
	js.updateAndSave(r, func(j *Job) { j.Started = &now })
	var err error
	if ctx.Err() == nil {
		if r.job.Kind == "upload" {
			err = js.upload(ctx, r)
		}
		if err == nil || ctx.Err() == nil {
			// What an upload stored is linked even when a later batch failed.
			if lerr := js.relink(ctx, r); err == nil {
				err = lerr
			}
		}
	}
	end := time.Now().UTC()
	js.updateAndSave(r, func(j *Job) {
		j.Finished = &end
		switch {
		case ctx.Err() != nil:
			j.State = jobCancelled
			j.Error = "the server stopped before the job ended"
		case err != nil:
			j.State = jobFailed
			j.Error = err.Error()
		default:
			j.State = jobDone
		}
	})
	if err != nil {
		js.s.log.Error("job failed", "id", r.job.ID, "kind", r.job.Kind, "err", err)
	}
}

// upload reads, analyses and stores an upload's files one by one through
// the same readers, limits and analysis as isnad ingest.
func (js *jobs) upload(ctx context.Context, r *runningJob) error {
	js.updateAndSave(r, func(j *Job) { j.State = jobReading })
	if js.ingester == nil {
		g, err := intake.New(intake.Options{MaxFileBytes: js.s.cfg.MaxFileBytes, Analyse: true})
		if err != nil {
			return fmt.Errorf("preparing the readers and the analysis: %w", err)
		}
		js.ingester = g
	}
	js.mu.Lock()
	files := slices.Clone(r.job.Files)
	js.mu.Unlock()
	for _, f := range files {
		if f.Error != "" { // refused on arrival, already counted
			js.update(r, func(j *Job) { j.FilesRead++ })
			continue
		}
		var base intake.Tally
		js.mu.Lock()
		base = r.job.Documents
		js.mu.Unlock()
		// The readers name the temporary copy; the client knows its own name.
		prefix := filepath.Dir(f.path) + string(os.PathSeparator)
		rename := func(s string) string { return strings.ReplaceAll(s, prefix, "") }
		_, err := js.ingester.Ingest(ctx, js.s.cfg.Store, []string{f.path}, intake.Hooks{
			Source: rename,
			Progress: func(t intake.Tally) {
				js.update(r, func(j *Job) {
					j.Documents = intake.Tally{Read: base.Read + t.Read, New: base.New + t.New,
						Duplicate: base.Duplicate + t.Duplicate, Failed: base.Failed + t.Failed,
						TextBytes: base.TextBytes + t.TextBytes}
				})
			},
			Failed: func(err error) { js.update(r, func(j *Job) { j.addError(f.Name, err.Error()) }) },
		})
		js.update(r, func(j *Job) { j.FilesRead++ })
		if err != nil {
			return fmt.Errorf("%s: %s", f.Name, rename(err.Error()))
		}
	}
	return nil
}

// relink recomputes the corpus-level results over the whole store with the
// analysts' reliability letters, as isnad link does.
func (js *jobs) relink(ctx context.Context, r *runningJob) error {
	st := js.s.cfg.Store
	stats, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	js.updateAndSave(r, func(j *Job) { j.State = jobLinking; j.Stored = stats.Documents })
	_, err = intake.Relink(ctx, st, js.s.cfg.ReliabilityPath, intake.LinkOptions{
		ReasonLanguage: js.s.cfg.ReasonLanguage,
		Document:       func() { js.update(r, func(j *Job) { j.Linked++ }) },
	})
	return err
}

func (s *server) listJobs(r *http.Request) (any, error) {
	return map[string]any{"jobs": s.jobs.list()}, nil
}

func (s *server) job(r *http.Request) (any, error) {
	id := r.PathValue("id")
	j, ok := s.jobs.get(id)
	if !ok {
		return nil, notFound(fmt.Sprintf("job %s not found (the last %d jobs are kept)", id, maxJobsKept))
	}
	return j, nil
}
