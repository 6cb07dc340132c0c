package shell

import (
	"errors"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/syntax"
	"github.com/exsh/exsh/storage"
)

// The Session runs the lab cmdlets' scripts.
var _ cmdlet.ScriptHost = (*Session)(nil)

// RunScript implements [cmdlet.ScriptHost].
func (s *Session) RunScript(name, text string, vars map[string]any, with func(out []any) error) error {
	script, err := syntax.Parse(text)
	if err != nil {
		var pe *syntax.Error
		if errors.As(err, &pe) {
			return &RuntimeError{Record: s.parseRecord(pe), ScriptTerminating: true}
		}
		return err
	}
	leave, err := s.enter(syntax.Position{}, 1)
	if err != nil {
		return err
	}
	defer leave()
	defer s.pushScope()()
	prev := s.src
	s.src = newSource(name, text)
	defer func() { s.src = prev }()
	for k, v := range vars {
		s.setLocal(k, v)
	}
	var out []any
	err = s.runBody(script.Body, gather(&out))
	if _, ok := err.(returnSignal); ok {
		err = nil
	}
	if err != nil {
		return err
	}
	s.tryDepth++ // the blocks with runs fail with their errors, unreported
	defer func() { s.tryDepth-- }()
	return with(out)
}

// WithStore implements [cmdlet.ScriptHost].
func (s *Session) WithStore(st storage.Store, org string, fn func() error) error {
	prevStore, prevOrg := s.store, s.org
	s.store, s.org = st, org
	defer func() { s.store, s.org = prevStore, prevOrg }()
	return fn()
}
