package cmdlets

import (
	"context"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/storage"
)

// exFakeHost is a Host over an in-memory store with a deterministic Env.
type exFakeHost struct {
	store storage.Store
	org   string
	env   model.Env
}

func (h *exFakeHost) Invoke(bind.ScriptBlock, any, ...any) ([]any, error) { return nil, nil }
func (h *exFakeHost) Variable(string) (any, bool)                         { return nil, false }
func (h *exFakeHost) SetVariable(string, any) error                       { return nil }
func (h *exFakeHost) Variables() []Variable                               { return nil }
func (h *exFakeHost) Console() io.Writer                                  { return io.Discard }
func (h *exFakeHost) ReadLine(string) (string, error)                     { return "", io.EOF }
func (h *exFakeHost) Interactive() bool                                   { return false }
func (h *exFakeHost) Store() (storage.Store, error)                       { return h.store, nil }
func (h *exFakeHost) Org() string                                         { return h.org }
func (h *exFakeHost) Connect(org string)                                  { h.org = org }
func (h *exFakeHost) Path(p string) string                                { return p }
func (h *exFakeHost) Width() int                                          { return 120 }
func (h *exFakeHost) ClearScreen()                                        {}
func (h *exFakeHost) StartTranscript(string, bool) (string, error)        { return "", nil }
func (h *exFakeHost) StopTranscript() (string, error)                     { return "", nil }
func (h *exFakeHost) Env() model.Env                                      { return h.env }

// exFakeSink records what a cmdlet produced.
type exFakeSink struct {
	out      []any
	errs     []error
	warnings []string
	exWhatIf []string
	whatMode bool
	deny     bool
}

func (s *exFakeSink) Emit(v any) error            { s.out = append(s.out, v); return nil }
func (s *exFakeSink) WriteError(err error) error  { s.errs = append(s.errs, err); return nil }
func (s *exFakeSink) WriteWarning(m string) error { s.warnings = append(s.warnings, m); return nil }
func (s *exFakeSink) WriteVerbose(string)         {}
func (s *exFakeSink) ShouldProcess(target, action string) (bool, error) {
	if s.whatMode {
		s.exWhatIf = append(s.exWhatIf, fmt.Sprintf("What if: Performing the operation %q on target %q.", action, target))
		return false, nil
	}
	return !s.deny, nil
}

// exLab is one test organization database.
type exLab struct {
	t    *testing.T
	host *exFakeHost
}

// newExLab returns a store seeded with Contoso (Exchange 2013).
func newExLab(t *testing.T) *exLab {
	t.Helper()
	env := model.FixedEnv(time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC), time.Second)
	st, err := storage.NewMemory(storage.ContosoSeed(env))
	if err != nil {
		t.Fatal(err)
	}
	return &exLab{t: t, host: &exFakeHost{store: st, env: env}}
}

// exResult is what one invocation produced.
type exResult struct {
	*exFakeSink
	err error // terminating error
}

// run runs cmd (a pointer to a cmdlet struct) as the named cmdlet.
func (l *exLab) run(name string, cmd any, opts ...func(*exFakeSink)) exResult {
	l.t.Helper()
	sink := &exFakeSink{}
	for _, o := range opts {
		o(sink)
	}
	ctx := &Context{Context: context.Background(), Host: l.host, Command: name, Sink: sink}
	err := exInvoke(ctx, cmd)
	return exResult{exFakeSink: sink, err: err}
}

// exInvoke runs Begin, Process and End as the shell does.
func exInvoke(ctx *Context, cmd any) error {
	if b, ok := cmd.(Beginner); ok {
		if err := b.Begin(ctx); err != nil {
			return err
		}
	}
	if p, ok := cmd.(Processor); ok {
		if err := p.Process(ctx); err != nil {
			return err
		}
	}
	if e, ok := cmd.(Ender); ok {
		return e.End(ctx)
	}
	return nil
}

// ok fails the test unless r has no errors of any kind.
func (r exResult) ok(t *testing.T) exResult {
	t.Helper()
	if r.err != nil || len(r.errs) > 0 {
		t.Fatalf("unexpected error: %v %v", r.err, r.errs)
	}
	return r
}

// failed returns the single error of r (terminating or not).
func (r exResult) failed(t *testing.T) *Error {
	t.Helper()
	errs := r.errs
	if r.err != nil {
		errs = append(errs, r.err)
	}
	if len(errs) != 1 {
		t.Fatalf("want one error, got %v", errs)
	}
	e, ok := errs[0].(*Error)
	if !ok {
		t.Fatalf("error %T %v is not a *cmdlets.Error", errs[0], errs[0])
	}
	return e
}

// exWhatIf makes ShouldProcess answer like -WhatIf.
func exWhatIf(s *exFakeSink) { s.whatMode = true }

// dump returns the whole database as text, to compare states.
func (l *exLab) dump() string {
	l.t.Helper()
	var b strings.Builder
	err := l.host.store.View(context.Background(), func(tx storage.Tx) error {
		orgs, err := storage.Orgs(tx)
		if err != nil {
			return err
		}
		for _, o := range orgs {
			b.WriteString(exSnapshot(o))
			for _, k := range model.OrgKinds() {
				recs, err := tx.List(o.Guid, k)
				if err != nil {
					return err
				}
				for _, r := range recs {
					b.Write(r)
				}
			}
		}
		return nil
	})
	if err != nil {
		l.t.Fatal(err)
	}
	return b.String()
}

// exSome returns an Optional holding v.
func exSome[T any](v T) bind.Optional[T] { return bind.Optional[T]{Set: true, Value: v} }

// exPtr returns a pointer to v.
func exPtr[T any](v T) *T { return &v }

// exWantMsg fails unless e's message contains sub.
func exWantMsg(t *testing.T, e *Error, sub string) {
	t.Helper()
	if !strings.Contains(e.Message, sub) {
		t.Fatalf("message %q does not contain %q", e.Message, sub)
	}
}
