package exchange

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/cmdlet/cmdlettest"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/storage"
)

// fakeHost is a Host over an in-memory store with a deterministic Env.
type fakeHost struct {
	*cmdlettest.Host
	env model.Env
}

// Env gives the cmdlets the fixed clock and GUIDs.
func (h *fakeHost) Env() model.Env { return h.env }

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
	host := cmdlettest.NewHost(t, cmdlet.NewRegistry())
	host.DB = st
	return &lab{t: t, host: &fakeHost{Host: host, env: env}}
}

// run runs cmd (a pointer to a cmdlet struct) as the named cmdlet.
func (l *lab) run(name string, cmd any, opts ...func(*cmdlettest.Sink)) result {
	l.t.Helper()
	sink := &cmdlettest.Sink{}
	for _, o := range opts {
		o(sink)
	}
	ctx := &cmdlet.Context{Context: context.Background(), Host: l.host, Command: name, Sink: sink}
	return result{cmdlettest.Result{Sink: sink, Err: cmdlettest.Exec(ctx, cmd, nil)}}
}

// result is what one invocation produced.
type result struct{ cmdlettest.Result }

// ok fails the test unless r has no errors of any kind.
func (r result) ok(t *testing.T) result {
	t.Helper()
	r.OK(t)
	return r
}

// failed returns the single error of r (terminating or not).
func (r result) failed(t *testing.T) *cmdlet.Error {
	t.Helper()
	errs := r.Errs
	if r.Err != nil {
		errs = append(errs, r.Err)
	}
	if len(errs) != 1 {
		t.Fatalf("want one error, got %v", errs)
	}
	e, ok := errs[0].(*cmdlet.Error)
	if !ok {
		t.Fatalf("error %T %v is not a *cmdlet.Error", errs[0], errs[0])
	}
	return e
}

// whatIf makes ShouldProcess answer like -WhatIf.
func whatIf(s *cmdlettest.Sink) { s.WhatIf = true }

// dump returns every organization and its objects, to compare states.
func (l *lab) dump() string {
	l.t.Helper()
	var sets []*model.OrgSet
	err := l.host.DB.View(context.Background(), func(tx storage.Tx) error {
		orgs, err := storage.Orgs(tx)
		for _, o := range orgs {
			set, err := storage.LoadOrgSet(tx, o.Guid)
			if err != nil {
				return err
			}
			sets = append(sets, set)
		}
		return err
	})
	if err != nil {
		l.t.Fatal(err)
	}
	text, err := json.Marshal(sets)
	if err != nil {
		l.t.Fatal(err)
	}
	return string(text)
}

// some returns an Optional holding v.
func some[T any](v T) bind.Optional[T] { return bind.Optional[T]{Set: true, Value: v} }

// ptr returns a pointer to v.
func ptr[T any](v T) *T { return &v }

// wantMsg fails unless e's message contains sub.
func wantMsg(t *testing.T, e *cmdlet.Error, sub string) {
	t.Helper()
	if !strings.Contains(e.Message, sub) {
		t.Fatalf("message %q does not contain %q", e.Message, sub)
	}
}
