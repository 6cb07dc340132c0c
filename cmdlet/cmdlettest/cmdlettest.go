// Package cmdlettest runs cmdlets without a shell, for the tests of
// cmdlet packages: a fake [cmdlet.Host] and [cmdlet.Sink] that record what
// a cmdlet does, and [Run], which binds arguments and runs Begin, Process
// and End the way the shell's cmdlet stage does.
package cmdlettest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/value"
	"github.com/exsh/exsh/storage"
)

// Host is a fake [cmdlet.Host]. Its fields are the state a cmdlet reads
// and changes.
type Host struct {
	Vars           map[string]any
	Out            bytes.Buffer // what Write-Host wrote
	Dir            string       // the current location
	Lines          []string     // the answers Read-Host reads; none: non-interactive
	Cleared        bool
	Cols           int
	TranscriptPath string
	Transcribing   bool
	DB             storage.Store // nil: Store fails
	Organization   string
	Reg            *cmdlet.Registry
}

// NewHost returns a host over reg whose location is a new temporary
// directory.
func NewHost(t testing.TB, reg *cmdlet.Registry) *Host {
	return &Host{Vars: map[string]any{}, Dir: t.TempDir(), Cols: 120, Reg: reg}
}

// Block is a script block implemented by a Go function of $_.
type Block struct {
	Source string
	Fn     func(in any) []any
}

// Text implements [bind.ScriptBlock].
func (b Block) Text() string { return b.Source }

// NewBlock returns a script block computing f($_).
func NewBlock(text string, f func(in any) any) Block {
	return Block{Source: text, Fn: func(in any) []any { return value.Enumerate(f(in)) }}
}

// Invoke implements [cmdlet.Host] for a [Block].
func (h *Host) Invoke(sb bind.ScriptBlock, in any, _ ...any) ([]any, error) {
	b, ok := sb.(Block)
	if !ok {
		return nil, fmt.Errorf("cmdlettest: %T is not a Block", sb)
	}
	return b.Fn(in), nil
}

// DotInvoke implements [cmdlet.Host] for a [Block].
func (h *Host) DotInvoke(sb bind.ScriptBlock, in any) ([]any, error) { return h.Invoke(sb, in) }

// InvokeMember implements [cmdlet.Host] for a [Block]: the block gets
// the object as its input.
func (h *Host) InvokeMember(sb bind.ScriptBlock, this any, args ...any) ([]any, error) {
	return h.Invoke(sb, this, args...)
}

// Variable implements [cmdlet.Host].
func (h *Host) Variable(n string) (any, bool) {
	v, ok := h.Vars[strings.ToLower(n)]
	return v, ok
}

// SetVariable implements [cmdlet.Host].
func (h *Host) SetVariable(n string, v any) error { h.Vars[strings.ToLower(n)] = v; return nil }

// Variables implements [cmdlet.Host].
func (h *Host) Variables() []cmdlet.Variable {
	var out []cmdlet.Variable
	for k, v := range h.Vars {
		out = append(out, cmdlet.Variable{Name: k, Value: v})
	}
	return out
}

// Console implements [cmdlet.Host]: it writes to Out.
func (h *Host) Console() io.Writer { return &h.Out }

// ReadLine implements [cmdlet.Host]: the next of Lines.
func (h *Host) ReadLine(string) (string, error) {
	if len(h.Lines) == 0 {
		return "", cmdlet.NewError("PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.", "InvalidOperation", "PSInvalidOperationException", "InvalidOperation")
	}
	l := h.Lines[0]
	h.Lines = h.Lines[1:]
	return l, nil
}

// Interactive implements [cmdlet.Host]: true while Lines has answers.
func (h *Host) Interactive() bool { return len(h.Lines) > 0 }

// Store implements [cmdlet.Host].
func (h *Host) Store() (storage.Store, error) {
	if h.DB == nil {
		return nil, errors.New("cmdlettest: no store")
	}
	return h.DB, nil
}

// Org implements [cmdlet.Host].
func (h *Host) Org() string { return h.Organization }

// Connect implements [cmdlet.Host].
func (h *Host) Connect(org string) { h.Organization = org }

// Width implements [cmdlet.Host].
func (h *Host) Width() int { return h.Cols }

// ClearScreen implements [cmdlet.Host].
func (h *Host) ClearScreen() { h.Cleared = true }

// Commands implements [cmdlet.Host].
func (h *Host) Commands() *cmdlet.Registry { return h.Reg }

// Path implements [cmdlet.Host]: relative to Dir.
func (h *Host) Path(p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(h.Dir, p)
}

// StartTranscript implements [cmdlet.Host].
func (h *Host) StartTranscript(p string, _ bool) (string, error) {
	h.TranscriptPath, h.Transcribing = h.Path(p), true
	return h.TranscriptPath, nil
}

// StopTranscript implements [cmdlet.Host].
func (h *Host) StopTranscript() (string, error) {
	if !h.Transcribing {
		return "", cmdlet.NewError("An error occurred stopping transcription: The host is not currently transcribing.", "InvalidOperation", "PSInvalidOperationException", "InvalidOperation")
	}
	h.Transcribing = false
	return h.TranscriptPath, nil
}

// Sink records what a cmdlet produces.
type Sink struct {
	Out      []any
	Errs     []error
	Warnings []string
	Verbose  []string
	WhatIfs  []string // the "What if:" lines, when WhatIf is set
	Limit    int      // Emit returns ErrStopUpstream after this many (0: never)
	WhatIf   bool     // ShouldProcess answers no and records the What if line
	Deny     bool     // ShouldProcess answers no (a No to a confirmation)
}

// Emit implements [cmdlet.Sink].
func (s *Sink) Emit(v any) error {
	s.Out = append(s.Out, v)
	if s.Limit > 0 && len(s.Out) >= s.Limit {
		return cmdlet.ErrStopUpstream
	}
	return nil
}

// WriteError implements [cmdlet.Sink].
func (s *Sink) WriteError(err error) error { s.Errs = append(s.Errs, err); return nil }

// WriteWarning implements [cmdlet.Sink].
func (s *Sink) WriteWarning(m string) error { s.Warnings = append(s.Warnings, m); return nil }

// WriteVerbose implements [cmdlet.Sink].
func (s *Sink) WriteVerbose(m string) { s.Verbose = append(s.Verbose, m) }

// ShouldProcess implements [cmdlet.Sink].
func (s *Sink) ShouldProcess(target, action string) (bool, error) {
	if s.WhatIf {
		s.WhatIfs = append(s.WhatIfs, fmt.Sprintf("What if: Performing the operation %q on target %q.", action, target))
		return false, nil
	}
	return !s.Deny, nil
}

// Param marks a parameter token in [Run]'s arguments: "Name", or
// "Name:value" for -Name:value ("Name:$false" passes false).
type Param string

// Result is the outcome of one invocation: what the sink recorded and the
// terminating error, if any.
type Result struct {
	*Sink
	Err error
}

// OK fails the test on a terminating or non-terminating error and
// returns the output.
func (r Result) OK(t testing.TB) []any {
	t.Helper()
	if r.Err != nil {
		t.Fatalf("unexpected error: %v", r.Err)
	}
	if len(r.Errs) > 0 {
		t.Fatalf("unexpected non-terminating error: %v", r.Errs[0])
	}
	return r.Out
}

// Failed returns the terminating or else the first non-terminating
// error, failing the test when there is none or it is no [*cmdlet.Error].
func (r Result) Failed(t testing.TB) *cmdlet.Error {
	t.Helper()
	err := r.Err
	if err == nil && len(r.Errs) > 0 {
		err = r.Errs[0]
	}
	var e *cmdlet.Error
	if !errors.As(err, &e) {
		t.Fatalf("want *cmdlet.Error, got %v", err)
	}
	return e
}

// Items turns arguments into binder items: a [Param] is a parameter
// token, anything else an argument value.
func Items(args []any) []bind.Item {
	var items []bind.Item
	for _, a := range args {
		p, ok := a.(Param)
		if !ok {
			items = append(items, bind.Item{Value: a})
			continue
		}
		name, val, colon := strings.Cut(string(p), ":")
		it := bind.Item{Name: name, IsParam: true, Colon: colon}
		if colon {
			it.Value = val
			if val == "$false" {
				it.Value = false
			}
		}
		items = append(items, it)
	}
	return items
}

// Run binds and runs the cmdlet name of h's registry with args over input
// (nil input: the cmdlet heads the pipeline), recording into a new sink.
func Run(h *Host, name string, input []any, args ...any) Result {
	return RunSink(h, &Sink{}, name, input, args...)
}

// RunSink is [Run] recording into sink.
func RunSink(h *Host, sink *Sink, name string, input []any, args ...any) Result {
	info, _ := h.Reg.Lookup(name)
	if info == nil {
		return Result{sink, errors.New("no cmdlet " + name)}
	}
	spec, err := info.Spec()
	if err != nil {
		return Result{sink, err}
	}
	cmd := info.New()
	b, err := bind.Bind(spec, cmd, Items(args), bind.Options{ExpectInput: input != nil})
	if err != nil {
		return Result{sink, err}
	}
	ctx := &cmdlet.Context{Context: context.Background(), Host: h, Common: b.Common(), Binding: b, Command: info.Name, Sink: sink}
	return Result{sink, Exec(ctx, cmd, input)}
}

// Exec runs cmd's Begin, Process per input (or once without input) and
// End in ctx.
func Exec(ctx *cmdlet.Context, cmd any, input []any) error {
	if b, ok := cmd.(cmdlet.Beginner); ok {
		if err := b.Begin(ctx); err != nil {
			return err
		}
	}
	if err := process(ctx, cmd, input); err != nil && !errors.Is(err, cmdlet.ErrStopUpstream) {
		return err
	}
	if e, ok := cmd.(cmdlet.Ender); ok {
		return e.End(ctx)
	}
	return nil
}

func process(ctx *cmdlet.Context, cmd any, input []any) error {
	p, ok := cmd.(cmdlet.Processor)
	if !ok {
		return nil
	}
	if input == nil {
		return p.Process(ctx)
	}
	for _, in := range input {
		ctx.Input, ctx.HasInput = in, true
		if ctx.Binding != nil {
			if err := ctx.Binding.BindPipeline(in); err != nil {
				if err := ctx.WriteError(err); err != nil {
					return err
				}
				continue
			}
		}
		if err := p.Process(ctx); err != nil {
			return err
		}
	}
	return nil
}

// Object builds a PSCustomObject from name, value pairs.
func Object(kv ...any) *value.Object {
	o := value.NewObject()
	for i := 0; i+1 < len(kv); i += 2 {
		o.Add(kv[i].(string), kv[i+1])
	}
	return o
}

// Ints returns 1..n as input objects.
func Ints(n int) []any {
	out := make([]any, n)
	for i := range out {
		out[i] = i + 1
	}
	return out
}
