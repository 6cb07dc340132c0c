package shell

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/complete"
	"github.com/exsh/exsh/shell/syntax"
)

// The Session keeps the command history the history cmdlets read.
var _ cmdlet.Historian = (*Session)(nil)

// History implements [cmdlet.Historian].
func (s *Session) History() []*cmdlet.HistoryInfo { return s.history }

// InvokeLine implements [cmdlet.Historian]: it runs line inside the
// running statement; the history records line instead of the
// Invoke-History call.
func (s *Session) InvokeLine(line string, emit func(any) error) error {
	script, err := syntax.Parse(line)
	if err != nil {
		var pe *syntax.Error
		if errors.As(err, &pe) {
			return &RuntimeError{Record: s.parseRecord(pe), ScriptTerminating: true}
		}
		return err
	}
	s.invoked = line
	return s.runBody(script.Body, emit)
}

// Entry runs one entry typed at the prompt and records it in the
// history. It returns exit's code and whether exit was called.
func (s *Session) Entry(ctx context.Context, line string) (int, bool) {
	s.SetContext(interactiveEntry(ctx))
	defer s.SetContext(context.Background())
	if w := terminalWidth(s.opts.Stdout); w > 0 {
		s.opts.Width = w // the window may have been resized
	}
	start := time.Now()
	s.invoked = ""
	code, exited, err := s.Run("", line)
	status := "Completed"
	switch {
	case ctx.Err() != nil:
		status = "Stopped"
	case err != nil || !s.lastOK:
		status = "Failed"
	}
	if s.invoked != "" {
		line = s.invoked
	}
	s.history = append(s.history, &cmdlet.HistoryInfo{Id: int64(len(s.history) + 1), CommandLine: strings.TrimSpace(line),
		ExecutionStatus: status, StartExecutionTime: start, EndExecutionTime: time.Now()})
	return code, exited
}

// Prompt is the interactive prompt: "[PS] <organization>>".
func (s *Session) Prompt() string {
	org := s.Org()
	s.release()
	return "[PS] " + org + "> "
}

// Incomplete reports whether text needs more lines (an open brace, a
// trailing pipe or backtick).
func (s *Session) Incomplete(text string) bool {
	_, err := syntax.Parse(text)
	return err != nil && syntax.IsIncomplete(err)
}

// Complete returns the completions at cursor in text.
func (s *Session) Complete(text string, cursor int) complete.Result {
	s.completion()
	return s.completer.Complete(text, cursor)
}
