package shell

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/syntax"
	"github.com/exsh/exsh/shell/value"
)

// cmdletStage runs one bound cmdlet.
type cmdletStage struct {
	s      *Session
	info   *cmdlet.Info
	cmd    any
	ctx    *cmdlet.Context
	name   string
	pos    syntax.Position
	length int
	out    emitFn
	redirs []*syntax.Redirect
	outVar []any
	errVar []any
	wrnVar []any
	confirmState
	errTo string // error redirection: "", "null", "merge" or a file path
}

// cmdletStage binds a cmdlet at position in its pipeline (1 for its head).
func (s *Session) cmdletStage(c *syntax.Command, info *cmdlet.Info, name string, position int) (stage, error) {
	spec, err := info.Spec()
	if err != nil {
		return nil, err
	}
	items, redirs, err := s.items(c)
	if err != nil {
		return nil, err
	}
	st := &cmdletStage{s: s, info: info, cmd: info.New(), name: name, pos: c.Pos, length: s.extentLen(c.Pos, c.EndPos), redirs: redirs}
	binding, err := bind.Bind(spec, st.cmd, items, bind.Options{ExpectInput: position > 1, Eval: s.delayBind, Prompt: s.prompter(info.Name, position)})
	if err != nil && s.ctx.Err() != nil {
		return nil, err // Ctrl+C at a parameter prompt
	}
	if err != nil {
		return nil, &RuntimeError{Record: s.record(err, info.Name, c.Pos, st.length)}
	}
	st.ctx = &cmdlet.Context{Context: s.ctx, Host: s, Common: binding.Common(), Binding: binding, Command: info.Name, Sink: st}
	return st, nil
}

func (s *Session) delayBind(sb bind.ScriptBlock, input any) (any, error) {
	b, ok := sb.(*ScriptBlock)
	if !ok {
		return nil, fmt.Errorf("not a script block")
	}
	out, err := s.invoke(b, input, nil)
	return capture(out), err
}

func (c *cmdletStage) setOut(out emitFn) { c.out = out }

func (c *cmdletStage) begin() error {
	out, err := c.s.redirected(c.redirs, c.out)
	if err != nil {
		return err
	}
	c.out = out
	if c.errTo, err = c.s.errorRedirect(c.redirs); err != nil {
		return err
	}
	if b, ok := c.cmd.(cmdlet.Beginner); ok {
		return c.fail(c.guard(b.Begin))
	}
	return nil
}

func (c *cmdletStage) process(in any) error {
	in, _ = unwrap(in)
	c.ctx.Input, c.ctx.HasInput = in, true
	if err := c.ctx.Binding.BindPipeline(in); err != nil {
		return c.WriteError(err)
	}
	if p, ok := c.cmd.(cmdlet.Processor); ok {
		return c.fail(c.guard(p.Process))
	}
	return nil
}

func (c *cmdletStage) end(first bool) error {
	if first {
		if p, ok := c.cmd.(cmdlet.Processor); ok {
			if err := c.fail(c.guard(p.Process)); err != nil {
				return err
			}
		}
	}
	var err error
	if e, ok := c.cmd.(cmdlet.Ender); ok {
		err = c.fail(c.guard(e.End))
	}
	c.saveVariables()
	return err
}

// guard runs one of the cmdlet's handlers. A panic in it (a bug in the
// cmdlet) becomes an error for this statement instead of ending the
// session; the storage transactions it had open are rolled back as they
// unwind.
func (c *cmdletStage) guard(handler func(*cmdlet.Context) error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			msg := fmt.Sprintf("exsh internal error in %s (the statement was stopped; please report it): %v", c.info.Name, p)
			err = cmdlet.NewError(msg, "NotSpecified", "RuntimeException", "InternalError")
		}
	}()
	return handler(c.ctx)
}

// fail turns a handler's returned error into a terminating error record.
func (c *cmdletStage) fail(err error) error {
	if err == nil || errors.Is(err, cmdlet.ErrStopUpstream) || isSignal(err) {
		return err
	}
	var rt *RuntimeError
	if errors.As(err, &rt) {
		return err
	}
	c.s.lastOK = false
	return &RuntimeError{Record: c.s.record(err, c.info.Name, c.pos, c.length)}
}

func (c *cmdletStage) saveVariables() {
	cm := c.ctx.Common
	if cm.OutVariable != "" {
		c.s.saveVar(cm.OutVariable, c.outVar)
	}
	if cm.ErrorVariable != "" {
		c.s.saveVar(cm.ErrorVariable, c.errVar)
	}
	if cm.WarningVariable != "" {
		c.s.saveVar(cm.WarningVariable, c.wrnVar)
	}
}

// saveVar stores -OutVariable/-ErrorVariable results ("+name" appends).
func (s *Session) saveVar(name string, items []any) {
	if strings.HasPrefix(name, "+") {
		name = name[1:]
		items = append(asArray(s.getVar(name)), items...)
	}
	_ = s.setVar(name, items)
}

// Emit implements [cmdlet.Sink].
func (c *cmdletStage) Emit(v any) error {
	if c.ctx.Common.OutVariable != "" {
		c.outVar = append(c.outVar, v)
	}
	return c.out(wrap(v))
}

// WriteError implements [cmdlet.Sink]: the error action decides.
func (c *cmdletStage) WriteError(err error) error {
	rec := c.s.record(err, c.info.Name, c.pos, c.length)
	if c.info.CallerErrors {
		c.s.asCallerError(rec)
	}
	c.s.lastOK = false
	c.errVar = append(c.errVar, rec)
	switch c.action(c.ctx.Common.ErrorAction, "ErrorActionPreference") {
	case "Stop":
		return &RuntimeError{Record: rec, ScriptTerminating: true}
	case "Ignore":
	case "SilentlyContinue":
		c.s.addError(rec)
	default:
		return c.redirectError(rec)
	}
	return nil
}

// redirectError shows a non-terminating error where 2> sent it.
func (c *cmdletStage) redirectError(rec *ErrorRecord) error {
	switch c.errTo {
	case "":
		c.s.report(rec)
		return nil
	case "merge":
		c.s.addError(rec)
		return c.out(rec)
	case "null":
		c.s.addError(rec)
		return nil
	}
	c.s.addError(rec)
	f, err := os.OpenFile(c.errTo, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	render(f, rec)
	return f.Close()
}

func (c *cmdletStage) action(given, pref string) string {
	if given != "" {
		return given
	}
	return value.ToString(c.s.getVar(pref))
}

// WarningRecord is a warning as -WarningVariable stores it.
type WarningRecord struct {
	Message string
}

// String returns the message.
func (w *WarningRecord) String() string { return w.Message }

// TypeName returns the .NET type name.
func (w *WarningRecord) TypeName() string { return "System.Management.Automation.WarningRecord" }

// WriteWarning implements [cmdlet.Sink]: the warning action decides;
// -WarningVariable keeps every warning that is not ignored.
func (c *cmdletStage) WriteWarning(msg string) error {
	action := strings.ToLower(c.action(c.ctx.Common.WarningAction, "WarningPreference"))
	if action != "ignore" {
		c.wrnVar = append(c.wrnVar, &WarningRecord{Message: msg})
	}
	switch action {
	case "silentlycontinue", "ignore":
		return nil
	case "stop":
		return &RuntimeError{Record: c.s.record(errors.New("The running command stopped because the preference variable \"WarningPreference\" or common parameter is set to Stop: "+msg), c.info.Name, c.pos, c.length), ScriptTerminating: true}
	}
	c.s.hostLine("WARNING: " + msg)
	return nil
}

// WriteVerbose implements [cmdlet.Sink].
func (c *cmdletStage) WriteVerbose(msg string) {
	v := c.ctx.Common.Verbose
	on := strings.EqualFold(value.ToString(c.s.getVar("VerbosePreference")), "Continue")
	if v.Set {
		on = v.Value
	}
	if on {
		c.s.hostLine("VERBOSE: " + msg)
	}
}

// ShouldProcess implements [cmdlet.Sink]: -WhatIf prints, -Confirm asks.
func (c *cmdletStage) ShouldProcess(target, action string) (bool, error) {
	cm := c.ctx.Common
	whatIf := (cm.WhatIf.Set && cm.WhatIf.Value) || (!cm.WhatIf.Set && value.Truthy(c.s.getVar("WhatIfPreference")))
	ask := c.info.ConfirmByDefault
	if cm.Confirm.Set {
		ask = cm.Confirm.Value
	}
	return c.s.shouldProcess(&c.confirmState, whatIf, ask, target, action)
}
