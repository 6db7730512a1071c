// Package progress reports how far long work has come: a bar when the
// output is a terminal, a periodic log line otherwise (CI, pipes, files).
package progress

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// Reporter counts finished units of work.
type Reporter interface {
	Add(n int)
	// Finish ends the report; the bar is cleared or a last line written.
	Finish()
}

// New returns a bar on w when w is a terminal, otherwise a reporter that
// logs a line through log every interval. total < 0 means unknown.
func New(w io.Writer, log *slog.Logger, label string, total int64, interval time.Duration) Reporter {
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		bar := progressbar.NewOptions64(total,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription(label),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("docs"),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
		return barReporter{bar}
	}
	return &lineReporter{log: log, label: label, total: total, interval: interval, start: time.Now(), last: time.Now()}
}

type barReporter struct{ bar *progressbar.ProgressBar }

func (b barReporter) Add(n int) { _ = b.bar.Add(n) }
func (b barReporter) Finish()   { _ = b.bar.Finish() }

// lineReporter writes "label: 1200/31030 (3.9%), 410/s" at most once an interval.
type lineReporter struct {
	mu       sync.Mutex
	log      *slog.Logger
	label    string
	total    int64
	done     int64
	interval time.Duration
	start    time.Time
	last     time.Time
}

func (l *lineReporter) Add(n int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.done += int64(n)
	if now := time.Now(); now.Sub(l.last) >= l.interval {
		l.last = now
		l.emit("progress")
	}
}

func (l *lineReporter) Finish() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.emit("done")
}

func (l *lineReporter) emit(msg string) {
	elapsed := time.Since(l.start).Seconds()
	rate := 0.0
	if elapsed > 0 {
		rate = float64(l.done) / elapsed
	}
	of := "?"
	if l.total >= 0 {
		of = fmt.Sprint(l.total)
	}
	l.log.Info(msg, "work", l.label, "done", l.done, "of", of, "per_second", int(rate))
}
