package shell

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/exsh/exsh/cmdlets"
)

// TestInterrupt cancels running entries as Ctrl+C does: the loop and the
// pipeline stop, nothing is reported, the statement that completed before
// stays done, the history says Stopped and the next entry runs normally.
func TestInterrupt(t *testing.T) {
	for _, entry := range []string{
		"$n = 1; while ($true) { $n++ }",
		"$n = 1; 1..2000000 | ForEach-Object { $script:n++ } | Where-Object { $true }",
	} {
		var out, errs bytes.Buffer
		s := New(Options{Commands: cmdlets.Registry(), Stdout: &out, Stderr: &errs})
		ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
		s.Entry(ctx, entry)
		cancel()
		if errs.Len() != 0 {
			t.Errorf("%s: stderr %q, want nothing", entry, errs.String())
		}
		if h := s.History(); len(h) != 1 || h[0].ExecutionStatus != "Stopped" {
			t.Errorf("%s: history %+v, want one Stopped entry", entry, h[0])
		}
		s.Entry(context.Background(), "if ($n -gt 0) { 'ran' }")
		if out.String() != "ran\n" {
			t.Errorf("%s: after the interrupt stdout = %q", entry, out.String())
		}
	}
}
