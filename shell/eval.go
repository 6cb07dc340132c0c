package shell

import (
	"errors"
	"strings"

	"github.com/exsh/exsh/shell/syntax"
	"github.com/exsh/exsh/shell/value"
)

// emitFn receives one output object.
type emitFn func(any) error

func discard(any) error { return nil }

// gather returns an emitFn that appends to items, up to the size of the
// largest array (see [value.CheckArray]).
func gather(items *[]any) emitFn {
	return gatherFlags(items, nil)
}

// gatherFlags is [gather] that also records in *flags (when not nil),
// for each item, whether it came wrapped in a PSObject; items are kept
// bare.
func gatherFlags(items *[]any, flags *psFlags) emitFn {
	return func(v any) error {
		if err := value.CheckArray(len(*items) + 1); err != nil {
			return err
		}
		v, w := unwrap(v)
		if flags != nil {
			*flags = append(*flags, w)
		}
		*items = append(*items, v)
		return nil
	}
}

// runBody runs the statements of a body (named blocks are run by callers).
// The body's trap statements cover all of it (see trap.go).
func (s *Session) runBody(b *syntax.Body, out emitFn) error {
	if b == nil {
		return nil
	}
	if traps := trapsOf(b); len(traps) > 0 {
		defer s.pushTraps(traps)()
	}
	for _, st := range b.Statements {
		if err := s.ctx.Err(); err != nil {
			return err
		}
		if err := s.runStatement(st, out); err != nil {
			handled, err := s.trapped(err, out)
			if handled {
				continue
			}
			if _, ok := err.(*trapBreak); ok || !s.continueAfter(err) {
				return err
			}
		}
	}
	return nil
}

// continueAfter reports a statement-terminating error and says whether the
// next statement may run: only when no try block is waiting for it.
func (s *Session) continueAfter(err error) bool {
	if s.ctx.Err() != nil {
		return false // stopped by Ctrl+C: nothing to report
	}
	var rt *RuntimeError
	if !errors.As(err, &rt) || rt.ScriptTerminating || s.tryDepth > 0 {
		return false
	}
	s.report(rt.Record)
	s.lastOK = false
	return true
}

// report records an error in $Error and prints it.
func (s *Session) report(rec *ErrorRecord) {
	s.addError(rec)
	render(s.opts.Stderr, rec)
	s.transcribe(renderString(rec))
}

func (s *Session) addError(rec *ErrorRecord) {
	for _, sink := range s.errSinks {
		*sink = append(*sink, rec)
	}
	s.errs = append([]any{rec}, s.errs...)
	if len(s.errs) > 256 {
		s.errs = s.errs[:256]
	}
}

func (s *Session) runStatement(st *syntax.Statement, out emitFn) error {
	switch {
	case st.Pipeline != nil:
		return s.runPipeline(st.Pipeline, out)
	case st.If != nil:
		return s.runIf(st.If, out)
	case st.Foreach != nil:
		return s.runForeach(st.Foreach, st.Label, out)
	case st.For != nil:
		return s.runFor(st.For, st.Label, out)
	case st.While != nil:
		return s.loop(func() (bool, error) { return s.cond(st.While.Cond) }, st.While.Body, nil, st.Label, out)
	case st.Do != nil:
		return s.runDo(st.Do, st.Label, out)
	case st.Switch != nil:
		return s.runSwitch(st.Switch, st.Label, out)
	case st.Trap != nil:
		return nil // runBody makes it active for the whole block
	case st.Block != nil:
		return s.runBody(st.Block, out)
	case st.Try != nil:
		return s.runTry(st.Try, out)
	case st.Function != nil:
		s.defineFunction(st.Function)
		return nil
	case st.Flow != nil:
		return s.runFlow(st.Flow, out)
	}
	return nil
}

// collect runs a pipeline and returns its output with PowerShell's capture
// rule: nothing → $null, one object → that object, more → an array.
//
// A pipeline that is a pure expression gives the expression's value, not
// enumerated: (,1) is an array of one. So a bare ++ or -- statement
// outputs nothing, but in parentheses, as the operand of a flow statement
// or a condition, it gives its value: ($i++) is the old value, (++$i) the
// new one.
func (s *Session) collect(p *syntax.Pipeline) (any, error) {
	v, _, err := s.collectWrapped(p)
	return v, err
}

// collectWrapped is [Session.collect] that also tells which of the values
// are wrapped in a PSObject (see psobject.go).
func (s *Session) collectWrapped(p *syntax.Pipeline) (any, psFlags, error) {
	if p.Assign == "" && len(p.Tail) == 0 && p.Head.Expr != nil && len(p.Head.Redirects) == 0 {
		// A pure expression keeps its value: (,1) stays an array.
		s.prevOK, s.lastOK = s.lastOK, true
		v, f, err := s.evalExprWrapped(p.Head.Expr)
		if err != nil {
			s.lastOK = false
			return nil, nil, s.positioned(err, p.Head.Pos, p.Head.EndPos)
		}
		return v, f, nil
	}
	var items []any
	var flags psFlags
	err := s.runPipeline(p, gatherFlags(&items, &flags))
	return capture(items), flags, err
}

func capture(items []any) any {
	switch len(items) {
	case 0:
		return nil
	case 1:
		return items[0]
	}
	return items
}

func (s *Session) cond(p *syntax.Pipeline) (bool, error) {
	v, err := s.collect(p)
	return value.Truthy(v), err
}

func (s *Session) runIf(st *syntax.If, out emitFn) error {
	for _, c := range st.Clauses {
		ok, err := s.cond(c.Cond)
		if err != nil {
			return err
		}
		if ok {
			return s.runBody(c.Body.Body, out)
		}
	}
	if st.Else != nil {
		return s.runBody(st.Else.Body, out)
	}
	return nil
}

// loop runs body while test holds; step runs after each iteration. label
// is the loop's label, "" for none.
func (s *Session) loop(test func() (bool, error), body *syntax.Block, step func() error, label string, out emitFn) error {
	for {
		if err := s.ctx.Err(); err != nil {
			return err
		}
		ok, err := test()
		if err != nil || !ok {
			return err
		}
		if stop, _, err := loopControl(s.runBody(body.Body, out), label); stop || err != nil {
			return err
		}
		if step != nil {
			if err := step(); err != nil {
				return err
			}
		}
	}
}

func (s *Session) runDo(st *syntax.Do, label string, out emitFn) error {
	first := true
	return s.loop(func() (bool, error) {
		if first {
			first = false
			return true, nil
		}
		ok, err := s.cond(st.Cond)
		return ok != st.Until, err
	}, st.Body, nil, label, out)
}

func (s *Session) runFor(st *syntax.For, label string, out emitFn) error {
	if st.Init != nil {
		if err := s.runPipeline(st.Init, discard); err != nil {
			return err
		}
	}
	test := func() (bool, error) {
		if st.Cond == nil {
			return true, nil
		}
		return s.cond(st.Cond)
	}
	step := func() error {
		if st.Step == nil {
			return nil
		}
		return s.runPipeline(st.Step, discard)
	}
	return s.loop(test, st.Body, step, label, out)
}

func (s *Session) runForeach(st *syntax.Foreach, label string, out emitFn) error {
	var flags psFlags // which items are wrapped in a PSObject
	n, i := 0, 0
	body := func(item any) error {
		if err := s.setVar(st.Var, item); err != nil {
			return err
		}
		if flags.elem(i, n) || n == 1 && flags.one() {
			s.markPSObject(st.Var, psFlags{true})
		}
		i++
		if stop, _, err := loopControl(s.runBody(st.Body.Body, out), label); stop || err != nil {
			if err == nil {
				err = errLoopDone
			}
			return err
		}
		return nil
	}
	if p := st.In; p.Assign == "" && len(p.Tail) == 0 && len(p.Head.Redirects) == 0 {
		if ok, err := s.streamRange(p.Head, body); ok {
			if err == errLoopDone {
				err = nil
			}
			return err
		}
	}
	coll, flags, err := s.collectWrapped(st.In)
	if err != nil {
		return err
	}
	items := value.Enumerate(coll)
	n = len(items)
	for _, item := range items {
		if err := body(item); err != nil {
			if err == errLoopDone {
				err = nil
			}
			return err
		}
	}
	return nil
}

// errLoopDone ends a foreach loop from inside its body (break).
var errLoopDone = errors.New("loop done")

func (s *Session) runFlow(st *syntax.Flow, out emitFn) error {
	var v any
	if st.Value != nil {
		var err error
		if v, err = s.collect(st.Value); err != nil {
			return err
		}
	}
	switch st.Keyword {
	case "break", "continue":
		if st.Label != "" {
			return loopSignal{brk: st.Keyword == "break", label: st.Label}
		}
		if st.Keyword == "break" {
			return breakSignal{}
		}
		return continueSignal{}
	case "return":
		for _, item := range enumerateOut(v, st.Value != nil) {
			if err := out(item); err != nil {
				return err
			}
		}
		return returnSignal{}
	case "exit":
		code, _ := value.Convert(v, "int")
		n, _ := code.(int)
		return exitSignal{code: n}
	}
	return s.throw(v, st.Pos)
}

// enumerateOut unrolls a value written to the pipeline.
func enumerateOut(v any, present bool) []any {
	if !present {
		return nil
	}
	if value.IsEnumerable(v) {
		return value.Enumerate(v)
	}
	return []any{v}
}

func (s *Session) throw(v any, pos syntax.Position) error {
	if rec, ok := v.(*ErrorRecord); ok {
		return &RuntimeError{Record: rec, ScriptTerminating: true}
	}
	if v == nil {
		if cur, ok := s.getVar("_").(*ErrorRecord); ok {
			return &RuntimeError{Record: cur, ScriptTerminating: true}
		}
	}
	if e, ok := v.(*Exception); ok {
		// throw [System.ArgumentException]::new('...'): the record
		// carries the exception, typed.
		rec := &ErrorRecord{Exception: e, FullyQualifiedErrorId: e.Message,
			CategoryInfo: &CategoryInfo{Category: "OperationStopped", Reason: e.TypeName()[strings.LastIndex(e.TypeName(), ".")+1:]}}
		rec.InvocationInfo = s.invocation("", pos, s.extentLen(pos, syntax.Position{}))
		return &RuntimeError{Record: rec, ScriptTerminating: true}
	}
	msg := value.ToString(v)
	if v == nil {
		msg = "ScriptHalted"
	}
	rec := &ErrorRecord{Exception: &Exception{Message: msg}, TargetObject: v, FullyQualifiedErrorId: msg,
		CategoryInfo: &CategoryInfo{Category: "OperationStopped", Reason: "RuntimeException", TargetName: msg, TargetType: "String"}}
	rec.InvocationInfo = s.invocation("", pos, s.extentLen(pos, syntax.Position{}))
	return &RuntimeError{Record: rec, ScriptTerminating: true}
}

func (s *Session) runTry(st *syntax.Try, out emitFn) error {
	s.tryDepth++
	err := s.runBody(st.Body.Body, out)
	s.tryDepth--
	var rt *RuntimeError
	if errors.As(err, &rt) {
		s.addError(rt.Record)
		if c := matchCatch(st.Catches, rt.Record); c != nil {
			prev := s.getVar("_")
			s.setLocal("_", rt.Record)
			err = s.runBody(c.Body.Body, out)
			s.setLocal("_", prev)
		}
	}
	if st.Finally != nil {
		if ferr := s.runBody(st.Finally.Body, out); ferr != nil {
			return ferr
		}
	}
	return err
}

func (s *Session) runSwitch(st *syntax.Switch, label string, out emitFn) error {
	v, err := s.collect(st.Value)
	if err != nil {
		return err
	}
	opts := map[string]bool{}
	for _, o := range st.Options {
		opts[strings.ToLower(o)] = true
	}
	items := []any{v}
	if value.IsEnumerable(v) {
		items = value.Enumerate(v)
	}
	for _, item := range items {
		stop, err := s.switchOne(st, item, opts, label, out)
		if stop || err != nil {
			return err
		}
	}
	return nil
}

// switchOne runs the clauses that match one item. stop ends the whole
// switch (break); continue ends only this item's clauses.
func (s *Session) switchOne(st *syntax.Switch, item any, opts map[string]bool, label string, out emitFn) (stop bool, _ error) {
	matched := false
	var def *syntax.SwitchClause
	for _, c := range st.Clauses {
		if isDefault(c) {
			def = c
			continue
		}
		ok, err := s.switchMatch(c, item, opts)
		if err != nil {
			return true, err
		}
		if ok {
			matched = true
			stop, next, err := s.switchBody(c, item, label, out)
			if stop || next || err != nil {
				return stop, err
			}
		}
	}
	if !matched && def != nil {
		stop, _, err := s.switchBody(def, item, label, out)
		return stop, err
	}
	return false, nil
}

func isDefault(c *syntax.SwitchClause) bool {
	e := c.Pattern.Primary.Expand
	return len(c.Pattern.Suffixes) == 0 && e != nil && e.Word != nil && strings.EqualFold(*e.Word, "default")
}

// switchBody runs one clause: break stops the switch, continue goes on
// with the next item.
func (s *Session) switchBody(c *syntax.SwitchClause, item any, label string, out emitFn) (stop, next bool, _ error) {
	prev := s.getVar("_")
	s.setLocal("_", item)
	err := s.runBody(c.Body.Body, out)
	s.setLocal("_", prev)
	return loopControl(err, label)
}

func (s *Session) switchMatch(c *syntax.SwitchClause, item any, opts map[string]bool) (bool, error) {
	if c.Pattern.Primary.Block != nil && len(c.Pattern.Suffixes) == 0 {
		res, err := s.invoke(s.block(c.Pattern.Primary.Block), item, nil)
		return value.Truthy(capture(res)), err
	}
	pat, err := s.evalPostfix(c.Pattern)
	if err != nil {
		return false, err
	}
	cs := opts["casesensitive"]
	switch {
	case opts["regex"]:
		r, _, err := value.Match(value.ToString(item), value.ToString(pat), cs)
		return value.Truthy(r), err
	case opts["wildcard"]:
		return value.MatchWildcard(value.ToString(pat), value.ToString(item), cs), nil
	case cs:
		return value.EqualCase(item, pat), nil
	}
	return value.Equal(item, pat), nil
}
