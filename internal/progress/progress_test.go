package progress

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
)

func TestLinesWhenNotATerminal(t *testing.T) {
	var logs, out bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	r := New(&out, log, "ingest", 10, 0) // interval 0: a line on every Add
	r.Add(3)
	r.Add(4)
	r.Finish()
	if out.Len() != 0 {
		t.Errorf("wrote to the output instead of logging: %q", out.String())
	}
	got := logs.String()
	for _, want := range []string{"done=3", "done=7", "msg=done", "of=10"} {
		if !strings.Contains(got, want) {
			t.Errorf("log lacks %q:\n%s", want, got)
		}
	}
}
