package shell

import (
	"context"
	"errors"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/syntax"
	"github.com/exsh/exsh/shell/value"
)

// stage is one element of a running pipeline.
type stage interface {
	begin() error
	process(in any) error
	// end finishes the stage; first is true for the head of the pipeline,
	// which has no upstream and so runs its process step here.
	end(first bool) error
	setOut(out emitFn)
}

// runPipeline runs an assignment or a pipeline, setting $? from it.
func (s *Session) runPipeline(p *syntax.Pipeline, out emitFn) error {
	if p.Assign != "" {
		// $? on the right reads the statement before; an assignment of
		// an expression succeeds or fails by itself, one of a pipeline
		// as the pipeline does.
		s.prevOK = s.lastOK
		err := s.assign(p)
		if err != nil {
			s.lastOK = false
		} else if loneExpr(p.Value) {
			s.lastOK = true
		}
		return err
	}
	s.prevOK = s.lastOK
	stages, err := s.buildStages(p)
	if err != nil {
		s.lastOK = false
		return err
	}
	s.lastOK = true
	return s.execStages(stages, out)
}

func (s *Session) buildStages(p *syntax.Pipeline) ([]stage, error) {
	var stages []stage
	if p.Head.Expr != nil {
		stages = append(stages, &exprStage{s: s, el: p.Head, stream: len(p.Tail) > 0})
	} else {
		st, err := s.commandStage(p.Head.Command, len(p.Tail) == 0, 1)
		if err != nil {
			return nil, err
		}
		stages = append(stages, st)
	}
	for i, c := range p.Tail {
		st, err := s.commandStage(c, i == len(p.Tail)-1, i+2)
		if err != nil {
			return nil, err
		}
		stages = append(stages, st)
	}
	return stages, nil
}

func (s *Session) execStages(stages []stage, out emitFn) error {
	stopAt := -1
	// What a stage writes in its begin step waits until the next stage
	// has begun too, as in PowerShell.
	begun := make([]bool, len(stages))
	pending := make([][]any, len(stages))
	for i := range stages {
		next := out
		if i+1 < len(stages) {
			nxt, idx := stages[i+1], i+1
			next = func(v any) error {
				if err := s.ctx.Err(); err != nil {
					return err
				}
				if !begun[idx] {
					pending[idx] = append(pending[idx], v)
					return nil
				}
				err := nxt.process(v)
				if errors.Is(err, cmdlet.ErrStopUpstream) && stopAt < 0 {
					stopAt = idx
				}
				return err
			}
		}
		stages[i].setOut(next)
	}
	for i, st := range stages {
		if err := st.begin(); err != nil {
			return err
		}
		begun[i] = true
		for _, v := range pending[i] {
			err := st.process(v)
			if errors.Is(err, cmdlet.ErrStopUpstream) {
				if stopAt < 0 {
					stopAt = i
				}
				break
			}
			if err != nil {
				return err
			}
		}
		pending[i] = nil
	}
	for i, st := range stages {
		if stopAt >= 0 && i < stopAt {
			continue
		}
		err := st.end(i == 0)
		if errors.Is(err, cmdlet.ErrStopUpstream) {
			continue
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// exprStage is an expression at the head of a pipeline.
type exprStage struct {
	s   *Session
	el  *syntax.Element
	out emitFn
	// stream: commands follow, and a range is passed to them one number
	// at a time instead of as an array.
	stream bool
}

func (e *exprStage) begin() error      { return nil }
func (e *exprStage) process(any) error { return nil }
func (e *exprStage) setOut(out emitFn) { e.out = out }
func (e *exprStage) end(first bool) error {
	out, err := e.s.redirected(e.el.Redirects, e.out)
	if err != nil {
		return err
	}
	if e.stream {
		if ok, err := e.s.streamRange(e.el, out); ok {
			return err
		}
	}
	v, err := e.s.evalExpr(e.el.Expr)
	if err != nil {
		return e.s.positioned(err, e.el.Pos, e.el.EndPos)
	}
	if _, void := v.(voidValue); void || isIncrement(e.el.Expr) {
		return nil
	}
	for _, item := range enumerateOut(v, true) {
		if err := out(item); err != nil {
			return err
		}
	}
	return nil
}

// commandStage resolves and binds one command of a pipeline, at
// position (1 for its head). While it binds, the session's context
// carries the position, for the header of a function's parameter prompt
// (see [Session.prompter]).
func (s *Session) commandStage(c *syntax.Command, last bool, position int) (stage, error) {
	ctx := s.ctx
	s.SetContext(context.WithValue(ctx, positionKey{}, position))
	defer s.SetContext(ctx)
	name := c.Name
	if c.CallOp != "" {
		target, err := s.evalPostfix(c.Target)
		if err != nil {
			return nil, err
		}
		if sb, ok := target.(*ScriptBlock); ok {
			return s.blockStage(c, sb, c.CallOp == ".")
		}
		name = value.ToString(target)
	}
	if st, ok, err := s.functionStage(c, name); ok || err != nil {
		return st, err
	}
	info, _ := s.opts.Commands.Lookup(name)
	if info == nil && !strings.Contains(name, "-") {
		info, _ = s.opts.Commands.Lookup("Get-" + name)
	}
	if info == nil {
		if strings.HasSuffix(strings.ToLower(name), ".ps1") {
			return s.scriptFileStage(c, name)
		}
		return nil, s.notFound(name, c)
	}
	return s.cmdletStage(c, info, name, position)
}

func (s *Session) notFound(name string, c *syntax.Command) error {
	rec := &ErrorRecord{Exception: &Exception{Message: "The term '" + name + "' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again."},
		command: name, FullyQualifiedErrorId: "CommandNotFoundException",
		CategoryInfo: &CategoryInfo{Category: "ObjectNotFound", TargetName: name, TargetType: "String", Reason: "CommandNotFoundException"}}
	rec.InvocationInfo = s.invocation(name, c.Pos, len([]rune(name)))
	return &RuntimeError{Record: rec}
}

// items evaluates a command's elements into binder items.
func (s *Session) items(c *syntax.Command) ([]bind.Item, []*syntax.Redirect, error) {
	var items []bind.Item
	var redirs []*syntax.Redirect
	for _, el := range c.Args {
		pos := s.bindPos(el.Pos, el.EndPos)
		switch {
		case el.Param != "":
			items = append(items, bind.Item{Name: el.Param, IsParam: true, Pos: pos})
		case el.ColonParam != "":
			v, err := s.evalArg(el.ColonValue)
			if err != nil {
				return nil, nil, err
			}
			items = append(items, bind.Item{Name: el.ColonParam, IsParam: true, Colon: true, Value: v, Pos: pos})
		case el.StopParsing:
			items = append(items, bind.Item{Name: "--", IsParam: true, Pos: pos})
		case el.Splat != "":
			items = append(items, s.splat(el.Splat, pos)...)
		case el.Redirect != nil:
			redirs = append(redirs, el.Redirect)
		default:
			v, err := s.evalArg(el.Arg)
			if err != nil {
				return nil, nil, err
			}
			items = append(items, bind.Item{Value: v, Pos: pos})
		}
	}
	return items, redirs, nil
}

func (s *Session) bindPos(pos, end syntax.Position) bind.Pos {
	return bind.Pos{Offset: pos.Offset, Line: pos.Line, Column: pos.Column, Length: s.extentLen(pos, end)}
}

// extentLen is the length of the source between two positions on a line,
// without trailing blanks.
func (s *Session) extentLen(pos, end syntax.Position) int {
	if s.src == nil || pos.Line < 1 || pos.Line > len(s.src.lines) {
		return 1
	}
	line := s.src.runeLine(pos.Line - 1)
	stop := len(line)
	if end.Line == pos.Line && end.Column > pos.Column {
		stop = min(end.Column-1, len(line))
	}
	if pos.Column-1 > stop {
		return 1
	}
	for stop > pos.Column-1 && strings.ContainsRune(" \t;|", line[stop-1]) {
		stop--
	}
	return max(stop-pos.Column+1, 1)
}

func (s *Session) evalArg(a *syntax.ArgValue) (any, error) {
	if len(a.Items) == 1 {
		return s.evalPostfix(a.Items[0])
	}
	out := make([]any, 0, len(a.Items))
	for _, it := range a.Items {
		v, err := s.evalPostfix(it)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

func (s *Session) splat(name string, pos bind.Pos) []bind.Item {
	v := s.getVar(name)
	if h, ok := v.(*value.Hashtable); ok {
		var items []bind.Item
		for _, k := range h.Keys() {
			val, _ := h.Get(k)
			items = append(items, bind.Item{Name: value.ToString(k), IsParam: true, Colon: true, Value: val, Pos: pos, Splatted: true})
		}
		return items
	}
	var items []bind.Item
	for _, val := range asArray(v) {
		items = append(items, bind.Item{Value: val, Pos: pos, Splatted: true})
	}
	return items
}

// isIncrement reports a bare ++/-- statement, which outputs nothing.
func isIncrement(e *syntax.Expr) bool {
	u, ok := singleUnary(e)
	if !ok {
		return false
	}
	if u.Op == "++" || u.Op == "--" {
		return true
	}
	if u.Postfix == nil || len(u.Postfix.Suffixes) == 0 {
		return false
	}
	return u.Postfix.Suffixes[len(u.Postfix.Suffixes)-1].PostOp != ""
}
