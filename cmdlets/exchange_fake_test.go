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

// fakeHost is a Host over an in-memory store with a deterministic Env.
type fakeHost struct {
	store storage.Store
	org   string
	env   model.Env
}

func (h *fakeHost) Invoke(bind.ScriptBlock, any, ...any) ([]any, error) { return nil, nil }
func (h *fakeHost) Variable(string) (any, bool)                         { return nil, false }
func (h *fakeHost) SetVariable(string, any) error                       { return nil }
func (h *fakeHost) Variables() []Variable                               { return nil }
func (h *fakeHost) Console() io.Writer                                  { return io.Discard }
func (h *fakeHost) ReadLine(string) (string, error)                     { return "", io.EOF }
func (h *fakeHost) Interactive() bool                                   { return false }
func (h *fakeHost) Store() (storage.Store, error)                       { return h.store, nil }
func (h *fakeHost) Org() string                                         { return h.org }
func (h *fakeHost) Connect(org string)                                  { h.org = org }
func (h *fakeHost) Path(p string) string                                { return p }
func (h *fakeHost) Width() int                                          { return 120 }
func (h *fakeHost) ClearScreen()                                        {}
func (h *fakeHost) StartTranscript(string, bool) (string, error)        { return "", nil }
func (h *fakeHost) StopTranscript() (string, error)                     { return "", nil }
func (h *fakeHost) Env() model.Env                                      { return h.env }

// fakeSink records what a cmdlet produced.
type fakeSink struct {
	out      []any
	errs     []error
	warnings []string
	whatIf   []string
	whatMode bool
	deny     bool
}

func (s *fakeSink) Emit(v any) error            { s.out = append(s.out, v); return nil }
func (s *fakeSink) WriteError(err error) error  { s.errs = append(s.errs, err); return nil }
func (s *fakeSink) WriteWarning(m string) error { s.warnings = append(s.warnings, m); return nil }
func (s *fakeSink) WriteVerbose(string)         {}
func (s *fakeSink) ShouldProcess(target, action string) (bool, error) {
	if s.whatMode {
		s.whatIf = append(s.whatIf, fmt.Sprintf("What if: Performing the operation %q on target %q.", action, target))
		return false, nil
	}
	return !s.deny, nil
}

// lab is one test organization database.
type lab struct {
	t    *testing.T
	host *fakeHost
}

// newLab returns a store seeded with Contoso (Exchange 2013).
func newLab(t *testing.T) *lab {
	t.Helper()
	env := model.FixedEnv(time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC), time.Second)
	st, err := storage.NewMemory(storage.ContosoSeed(env))
	if err != nil {
		t.Fatal(err)
	}
	return &lab{t: t, host: &fakeHost{store: st, env: env}}
}

// result is what one invocation produced.
type result struct {
	*fakeSink
	err error // terminating error
}

// run runs cmd (a pointer to a cmdlet struct) as the named cmdlet.
func (l *lab) run(name string, cmd any, opts ...func(*fakeSink)) result {
	l.t.Helper()
	sink := &fakeSink{}
	for _, o := range opts {
		o(sink)
	}
	ctx := &Context{Context: context.Background(), Host: l.host, Command: name, Sink: sink}
	err := invoke(ctx, cmd)
	return result{fakeSink: sink, err: err}
}

// invoke runs Begin, Process and End as the shell does.
func invoke(ctx *Context, cmd any) error {
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
func (r result) ok(t *testing.T) result {
	t.Helper()
	if r.err != nil || len(r.errs) > 0 {
		t.Fatalf("unexpected error: %v %v", r.err, r.errs)
	}
	return r
}

// failed returns the single error of r (terminating or not).
func (r result) failed(t *testing.T) *Error {
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

// whatIf makes ShouldProcess answer like -WhatIf.
func whatIf(s *fakeSink) { s.whatMode = true }

// dump returns the whole database as text, to compare states.
func (l *lab) dump() string {
	l.t.Helper()
	var b strings.Builder
	err := l.host.store.View(context.Background(), func(tx storage.Tx) error {
		orgs, err := storage.Orgs(tx)
		if err != nil {
			return err
		}
		for _, o := range orgs {
			b.WriteString(snapshot(o))
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

// some returns an Optional holding v.
func some[T any](v T) bind.Optional[T] { return bind.Optional[T]{Set: true, Value: v} }

// ptrTo returns a pointer to v.
func ptrTo[T any](v T) *T { return &v }

// wantMsg fails unless e's message contains sub.
func wantMsg(t *testing.T, e *Error, sub string) {
	t.Helper()
	if !strings.Contains(e.Message, sub) {
		t.Fatalf("message %q does not contain %q", e.Message, sub)
	}
}
