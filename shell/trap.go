package shell

import (
	"errors"

	"github.com/exsh/exsh/shell/syntax"
)

// A trap statement covers the whole block it stands in and the blocks
// nested in it, within the same function or script block: a terminating
// error in any of their statements runs the trap, and execution resumes
// after the failing statement of the innermost block (continue, or no
// keyword, which prints the error first), or the error leaves the scope
// (break). An error inside a try block goes to its catch first, and an
// error in a called function goes to that function's traps first.

// trapFrame is the traps of one running block.
type trapFrame struct {
	traps    []*syntax.Trap
	calls    int // Session.calls when the block started: the function level
	tryDepth int // Session.tryDepth then: a try opened since takes priority
}

// trapsOf returns the trap statements of a block.
func trapsOf(b *syntax.Body) []*syntax.Trap {
	var traps []*syntax.Trap
	for _, st := range b.Statements {
		if st != nil && st.Trap != nil {
			traps = append(traps, st.Trap)
		}
	}
	return traps
}

// pushTraps makes the traps of a block active until the returned func runs.
func (s *Session) pushTraps(traps []*syntax.Trap) func() {
	s.traps = append(s.traps, &trapFrame{traps: traps, calls: s.calls, tryDepth: s.tryDepth})
	n := len(s.traps)
	return func() { s.traps = s.traps[:n-1] }
}

// findTrap returns the innermost trap of the current function level that
// handles rec, or nil.
func (s *Session) findTrap(rec *ErrorRecord) *syntax.Trap {
	st := s.traps
	for i := len(st) - 1; i >= 0; i-- {
		f := st[i]
		if f.calls != s.calls || f.tryDepth != s.tryDepth {
			return nil
		}
		for _, t := range f.traps {
			if t.Type == "" {
				return t
			}
			if matchCatch([]*syntax.Catch{{Types: []string{t.Type}}}, rec) != nil {
				return t
			}
		}
	}
	return nil
}

// trapBreak is an error rethrown by a trap that ended with break: it ends
// every block of the function level it was trapped at, and turns back
// into the plain error in the caller.
type trapBreak struct {
	rt    *RuntimeError
	calls int
}

func (t *trapBreak) Error() string { return t.rt.Error() }
func (t *trapBreak) Unwrap() error { return t.rt }

// trapped handles err from a statement with the active traps. handled
// reports that the block goes on with its next statement; otherwise the
// returned error (err, or one the trap raised) leaves the block.
func (s *Session) trapped(err error, out emitFn) (handled bool, _ error) {
	var tb *trapBreak
	if errors.As(err, &tb) {
		if tb.calls <= s.calls {
			return false, err // still in the scope the trap stopped
		}
		err = tb.rt // back in the caller: an ordinary error again
	}
	var rt *RuntimeError
	if !errors.As(err, &rt) || s.ctx.Err() != nil {
		return false, err
	}
	t := s.findTrap(rt.Record)
	if t == nil {
		return false, err
	}
	terr := s.runTrap(t, rt.Record, out)
	switch terr.(type) {
	case continueSignal:
		s.addError(rt.Record)
		return true, nil
	case breakSignal:
		s.addError(rt.Record)
		return false, &trapBreak{rt: rt, calls: s.calls}
	case nil:
		s.report(rt.Record)
		s.lastOK = false
		return true, nil
	}
	return false, terr
}

// runTrap runs a trap's body in a new scope with $_ set to the error.
func (s *Session) runTrap(t *syntax.Trap, rec *ErrorRecord, out emitFn) error {
	defer s.pushScope()()
	s.setLocal("_", rec)
	return s.runBody(t.Body.Body, out)
}
