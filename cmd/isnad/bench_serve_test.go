package main

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/isnad/isnad/internal/testenv"
)

// TestBenchServe: the load test runs over a store of the seeds, sends every
// kind of request of the mix without a failure, and reports each.
func TestBenchServe(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	if _, _, err := run(t, "--db", db, "--log-level", "warn", "ingest", testenv.Seeds(t)); err != nil {
		t.Fatal(err)
	}
	out, _, err := run(t, "--db", db, "--log-level", "warn", "bench", "serve", "--clients", "3", "--duration", "1s", "--serial", "2")
	if err != nil {
		t.Fatalf("bench serve: %v\n%s", err, out)
	}
	for _, k := range benchMix {
		if !strings.Contains(out, "\n"+k.endpoint+" ") {
			t.Errorf("no line for %s in:\n%s", k.endpoint, out)
		}
	}
	row := regexp.MustCompile(`(?m)^(.+?)\s+(\d+)\s+(\d+)\s+[\d.]+ms\s+[\d.]+ms\s+[\d.]+ms\s+[\d.]+ms$`)
	rows := row.FindAllStringSubmatch(out, -1)
	if len(rows) < 2 {
		t.Fatalf("no latency rows in:\n%s", out)
	}
	for _, r := range rows {
		if r[3] != "0" {
			t.Errorf("%s: %s of %s requests failed", strings.TrimSpace(r[1]), r[3], r[2])
		}
	}
	if !strings.Contains(out, "requests by 3 clients") {
		t.Errorf("no throughput line in:\n%s", out)
	}
}

func TestPercentile(t *testing.T) {
	ms := func(ns ...int) []time.Duration {
		out := make([]time.Duration, len(ns))
		for i, n := range ns {
			out[i] = time.Duration(n) * time.Millisecond
		}
		return out
	}
	hundred := make([]int, 100)
	for i := range hundred {
		hundred[i] = i + 1
	}
	tests := []struct {
		sorted []time.Duration
		p      int
		want   time.Duration
	}{
		{nil, 50, 0},
		{ms(7), 99, 7 * time.Millisecond},
		{ms(1, 2, 3, 4), 50, 2 * time.Millisecond},
		{ms(hundred...), 95, 95 * time.Millisecond},
		{ms(hundred...), 99, 99 * time.Millisecond},
		{ms(hundred...), 100, 100 * time.Millisecond},
	}
	for _, tt := range tests {
		if got := percentile(tt.sorted, tt.p); got != tt.want {
			t.Errorf("p%d of %d values = %v, want %v", tt.p, len(tt.sorted), got, tt.want)
		}
	}
}

// TestSearchesSeen: a search is timed as new the first time its path is
// asked for and as a repeat after; other requests keep their names.
func TestSearchesSeen(t *testing.T) {
	ss := newSearchesSeen()
	steps := []struct {
		r    benchRequest
		want string
	}{
		{benchRequest{"search pair", "/api/search?q=a+b"}, "search pair (new)"},
		{benchRequest{"search pair", "/api/search?q=a+c"}, "search pair (new)"},
		{benchRequest{"search pair", "/api/search?q=a+b"}, "search pair (again)"},
		{benchRequest{"search rare", "/api/search?q=a+b"}, "search rare (again)"},
		{benchRequest{"document", "/api/documents/x"}, "document"},
		{benchRequest{"document", "/api/documents/x"}, "document"},
	}
	for i, s := range steps {
		if got := ss.label(s.r); got != s.want {
			t.Errorf("step %d: label(%v) = %q, want %q", i, s.r, got, s.want)
		}
	}
}
