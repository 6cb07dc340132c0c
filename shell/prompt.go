package shell

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/repl"
	"golang.org/x/sys/unix"
)

// entryKey marks the context of an entry typed at the interactive
// prompt: only there are missing mandatory parameters prompted for.
type entryKey struct{}

// interactiveEntry returns ctx marked as an interactive entry's.
func interactiveEntry(ctx context.Context) context.Context {
	return context.WithValue(ctx, entryKey{}, true)
}

// positionKey marks the context in which a function of a pipeline binds
// with its position in the pipeline (see [Session.commandStage]).
type positionKey struct{}

// pipelinePosition is the position of the function binding in ctx (1
// when unknown: a script run from the command line).
func pipelinePosition(ctx context.Context) int {
	if n, ok := ctx.Value(positionKey{}).(int); ok {
		return n
	}
	return 1
}

// prompter returns the binder's prompt for the missing mandatory
// parameters of command name, at position in its pipeline, when the
// session may prompt: an entry typed at the interactive prompt of a
// session that is not -NonInteractive. Scripts (-File), -Command text
// and redirected input keep the MissingMandatoryParameter error. As in
// 5.1, a command after the head of a pipeline is asked only for the
// parameters pipeline input cannot supply (the binder leaves those out
// while it expects input), before any input arrives.
func (s *Session) prompter(name string, position int) bind.Prompter {
	if !s.opts.Interactive || s.ctx.Value(entryKey{}) == nil {
		return nil
	}
	return func(missing []*bind.Param) ([]any, error) { return s.promptParams(name, position, missing) }
}

// promptParams asks for each missing parameter as 5.1's console host
// does: "Name: " for a scalar, "Name[0]: ", "Name[1]: " … ending on an
// empty line for an array; "!?" shows the parameter's help message.
func (s *Session) promptParams(name string, position int, missing []*bind.Param) ([]any, error) {
	s.Idle()
	con := s.Console()
	fmt.Fprintf(con, "\ncmdlet %s at command pipeline position %d\nSupply values for the following parameters:\n", name, position)
	for _, p := range missing {
		if p.Help != "" {
			fmt.Fprintln(con, "(Type !? for Help.)")
			break
		}
	}
	vals := make([]any, len(missing))
	for i, p := range missing {
		if !p.IsArray() {
			line, err := s.promptValue(p, p.Name+": ")
			if err != nil {
				return nil, err
			}
			vals[i] = line
			continue
		}
		list := []any{}
		for {
			line, err := s.promptValue(p, p.Name+"["+strconv.Itoa(len(list))+"]: ")
			if err != nil {
				return nil, err
			}
			if line == "" {
				break
			}
			list = append(list, line)
		}
		vals[i] = list
	}
	return vals, nil
}

// promptValue reads one answer for p, showing its help message for
// "!?" and asking again.
func (s *Session) promptValue(p *bind.Param, label string) (string, error) {
	for {
		line, err := s.promptLine(label)
		if err != nil || line != "!?" {
			return line, err
		}
		fmt.Fprintln(s.Console(), p.Help)
	}
}

// maxPromptLine bounds one answer.
const maxPromptLine = 1 << 20

// promptLine prints label and reads one line from the console. Ctrl+C
// (the entry's context ending) abandons the read: standard input is
// polled rather than read blockingly, so nothing is left reading it.
func (s *Session) promptLine(label string) (string, error) {
	fmt.Fprint(s.Console(), label)
	f, isFile := s.opts.Stdin.(*os.File)
	for isFile && s.in.Buffered() == 0 {
		if err := s.ctx.Err(); err != nil {
			return "", err
		}
		fds := []unix.PollFd{{Fd: int32(f.Fd()), Events: unix.POLLIN}}
		if n, err := unix.Poll(fds, 50); err == nil && n > 0 {
			break
		}
	}
	var sb strings.Builder
	for {
		frag, err := s.in.ReadSlice('\n')
		sb.Write(frag)
		if sb.Len() > maxPromptLine {
			return "", fmt.Errorf("the answer is longer than %d bytes", maxPromptLine)
		}
		if !errors.Is(err, bufio.ErrBufferFull) {
			if err != nil && sb.Len() == 0 {
				return "", err
			}
			break
		}
	}
	if err := s.ctx.Err(); err != nil {
		return "", err
	}
	return strings.TrimRight(sb.String(), "\r\n"), nil
}

// The Session has PSReadLine options.
var _ cmdlet.ReadLineHost = (*Session)(nil)

// ReadLineOption implements [cmdlet.ReadLineHost].
func (s *Session) ReadLineOption() *cmdlet.ReadLineOption {
	if s.psReadLine == nil {
		d := repl.DefaultOptions
		s.psReadLine = &cmdlet.ReadLineOption{EditMode: d.EditMode, ContinuationPrompt: ">> ",
			HistoryNoDuplicates: d.HistoryNoDuplicates, HistorySavePath: HistoryFile(), HistorySaveStyle: d.HistorySaveStyle,
			MaximumHistoryCount: repl.MaxHistory}
	}
	return s.psReadLine
}

// replOptions are the options as the prompt reads them.
func (s *Session) replOptions() repl.Options {
	o := s.ReadLineOption()
	return repl.Options{EditMode: o.EditMode, HistoryNoDuplicates: o.HistoryNoDuplicates, HistorySaveStyle: o.HistorySaveStyle}
}
