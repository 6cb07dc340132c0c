package cmdlets

import (
	"bytes"
	"context"
	"errors"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/value"
	"github.com/exsh/exsh/storage"
)

// utilSB is a script block implemented by a Go function of $_.
type utilSB struct {
	text string
	fn   func(in any) []any
}

func (s utilSB) Text() string { return s.text }

// utilBlock returns a script block computing f($_).
func utilBlock(text string, f func(in any) any) utilSB {
	return utilSB{text: text, fn: func(in any) []any { return value.Enumerate(f(in)) }}
}

// utilHost is a fake [Host] for the utility cmdlets.
type utilHost struct {
	vars     map[string]any
	console  bytes.Buffer
	dir      string
	lines    []string
	cleared  bool
	width    int
	tpath    string
	tRunning bool
}

func newUtilHost(t *testing.T) *utilHost {
	return &utilHost{vars: map[string]any{}, dir: t.TempDir(), width: 120}
}

func (h *utilHost) Invoke(sb bind.ScriptBlock, in any, _ ...any) ([]any, error) {
	s, ok := sb.(utilSB)
	if !ok {
		return nil, errors.New("not a utilSB")
	}
	return s.fn(in), nil
}

func (h *utilHost) Variable(n string) (any, bool) {
	v, ok := h.vars[strings.ToLower(n)]
	return v, ok
}

func (h *utilHost) SetVariable(n string, v any) error { h.vars[strings.ToLower(n)] = v; return nil }

func (h *utilHost) Variables() []Variable {
	var out []Variable
	for k, v := range h.vars {
		out = append(out, Variable{Name: k, Value: v})
	}
	return out
}

func (h *utilHost) Console() io.Writer { return &h.console }

func (h *utilHost) ReadLine(prompt string) (string, error) {
	if len(h.lines) == 0 {
		return "", NewError("PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.", "InvalidOperation", "PSInvalidOperationException", "InvalidOperation")
	}
	l := h.lines[0]
	h.lines = h.lines[1:]
	return l, nil
}

func (h *utilHost) Interactive() bool             { return len(h.lines) > 0 }
func (h *utilHost) Store() (storage.Store, error) { return nil, errors.New("no store") }
func (h *utilHost) Org() string                   { return "" }
func (h *utilHost) Connect(string)                {}
func (h *utilHost) Width() int                    { return h.width }
func (h *utilHost) ClearScreen()                  { h.cleared = true }
func (h *utilHost) Path(p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(h.dir, p)
}

func (h *utilHost) StartTranscript(p string, _ bool) (string, error) {
	h.tpath, h.tRunning = h.Path(p), true
	return h.tpath, nil
}

func (h *utilHost) StopTranscript() (string, error) {
	if !h.tRunning {
		return "", NewError("An error occurred stopping transcription: The host is not currently transcribing.", "InvalidOperation", "PSInvalidOperationException", "InvalidOperation")
	}
	h.tRunning = false
	return h.tpath, nil
}

// utilSink records what a cmdlet produces.
type utilSink struct {
	out      []any
	errs     []error
	warnings []string
	verbose  []string
	limit    int // emit returns ErrStopUpstream after this many (0: never)
}

func (s *utilSink) Emit(v any) error {
	s.out = append(s.out, v)
	if s.limit > 0 && len(s.out) >= s.limit {
		return ErrStopUpstream
	}
	return nil
}

func (s *utilSink) WriteError(err error) error  { s.errs = append(s.errs, err); return nil }
func (s *utilSink) WriteWarning(m string) error { s.warnings = append(s.warnings, m); return nil }
func (s *utilSink) WriteVerbose(m string)       { s.verbose = append(s.verbose, m) }
func (s *utilSink) ShouldProcess(string, string) (bool, error) {
	return true, nil
}

// utilParam marks a parameter token in utilRun's arguments.
type utilParam string

// utilResult is the outcome of one invocation.
type utilResult struct {
	sink *utilSink
	err  error // terminating error (binding or handler)
}

// utilItems turns arguments into binder items: a utilParam is a
// parameter token, anything else an argument value.
func utilItems(args []any) []bind.Item {
	var items []bind.Item
	for _, a := range args {
		if p, ok := a.(utilParam); ok {
			name, val, colon := strings.Cut(string(p), ":")
			it := bind.Item{Name: name, IsParam: true, Colon: colon}
			if colon {
				it.Value = val
				if val == "$false" {
					it.Value = false
				}
			}
			items = append(items, it)
			continue
		}
		items = append(items, bind.Item{Value: a})
	}
	return items
}

// utilRun binds and runs cmdlet name with args over input (nil input:
// the cmdlet heads the pipeline), like the shell's cmdlet stage.
func utilRun(h *utilHost, name string, input []any, args ...any) utilResult {
	return utilRunSink(h, &utilSink{}, name, input, args...)
}

func utilRunSink(h *utilHost, sink *utilSink, name string, input []any, args ...any) utilResult {
	info, _ := Lookup(name)
	if info == nil {
		return utilResult{sink, errors.New("no cmdlet " + name)}
	}
	spec, err := info.Spec()
	if err != nil {
		return utilResult{sink, err}
	}
	cmd := info.New()
	b, err := bind.Bind(spec, cmd, utilItems(args), bind.Options{ExpectInput: input != nil})
	if err != nil {
		return utilResult{sink, err}
	}
	ctx := &Context{Context: context.Background(), Host: h, Common: b.Common(), Binding: b, Command: info.Name, Sink: sink}
	return utilResult{sink, utilExec(ctx, cmd, input)}
}

// utilExec runs Begin, Process per input (or once) and End.
func utilExec(ctx *Context, cmd any, input []any) error {
	if b, ok := cmd.(Beginner); ok {
		if err := b.Begin(ctx); err != nil {
			return err
		}
	}
	if err := utilProcess(ctx, cmd, input); err != nil && !errors.Is(err, ErrStopUpstream) {
		return err
	}
	if e, ok := cmd.(Ender); ok {
		return e.End(ctx)
	}
	return nil
}

func utilProcess(ctx *Context, cmd any, input []any) error {
	p, ok := cmd.(Processor)
	if !ok {
		return nil
	}
	if input == nil {
		return p.Process(ctx)
	}
	for _, in := range input {
		ctx.Input, ctx.HasInput = in, true
		if err := ctx.Binding.BindPipeline(in); err != nil {
			if err := ctx.WriteError(err); err != nil {
				return err
			}
			continue
		}
		if err := p.Process(ctx); err != nil {
			return err
		}
	}
	return nil
}

// ok fails the test on a terminating or non-terminating error.
func (r utilResult) ok(t *testing.T) []any {
	t.Helper()
	if r.err != nil {
		t.Fatalf("unexpected error: %v", r.err)
	}
	if len(r.sink.errs) > 0 {
		t.Fatalf("unexpected non-terminating error: %v", r.sink.errs[0])
	}
	return r.sink.out
}

// failed returns the terminating or first non-terminating error.
func (r utilResult) failed(t *testing.T) *Error {
	t.Helper()
	err := r.err
	if err == nil && len(r.sink.errs) > 0 {
		err = r.sink.errs[0]
	}
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("want *Error, got %v", err)
	}
	return e
}

// utilObj builds a PSCustomObject from name, value pairs.
func utilObj(kv ...any) *value.Object {
	o := value.NewObject()
	for i := 0; i+1 < len(kv); i += 2 {
		o.Add(kv[i].(string), kv[i+1])
	}
	return o
}

// utilInts returns 1..n as input objects.
func utilInts(n int) []any {
	out := make([]any, n)
	for i := range out {
		out[i] = i + 1
	}
	return out
}
