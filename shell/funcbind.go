package shell

import (
	"errors"
	"slices"
	"strings"
	"time"

	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/value"
)

// PSCmdlet is $PSCmdlet in an advanced function or script.
type PSCmdlet struct {
	ParameterSetName string
	MyInvocation     *InvocationInfo
	stage            *callStage
	confirm          confirmState
}

// TypeName returns the .NET type name.
func (*PSCmdlet) TypeName() string { return "System.Management.Automation.PSScriptCmdlet" }

// bindArgs binds the command line to the function's parameters with the
// cmdlet binder (shell/bind), as 5.1 binds script functions: named
// parameters by exact name, prefix or alias, then positional ones, then
// the parameter set and the mandatory check. A simple (non-advanced)
// function gets the arguments it does not take in $args.
func (c *callStage) bindArgs() error {
	s := c.s
	sig, err := s.signature(c.fn)
	if err != nil {
		return c.bindRecord(err)
	}
	c.sig = sig
	items := c.items
	if !sig.advanced {
		items, c.rest = c.splitArgs(items)
	}
	bindWith := func(expect bool, prompt bind.Prompter) (*bind.Binding, error) {
		return bind.Bind(sig.spec, sig.spec.NewTarget(), items, bind.Options{ExpectInput: expect, Eval: s.delayBind, Prompt: prompt})
	}
	if !sig.pipeline {
		// A function that takes no pipeline input prompts for what is
		// missing, wherever it stands in the pipeline.
		b, err := bindWith(false, s.prompter(c.fn.name, pipelinePosition(s.ctx)))
		if err != nil {
			return c.bindRecord(err)
		}
		c.binding = b
		return nil
	}
	if pipelinePosition(s.ctx) == 1 {
		// At the head of a pipeline no input comes: what is missing,
		// pipeline parameters included, is asked for as 5.1 does.
		if p := s.prompter(c.fn.name, 1); p != nil {
			h, err := bindWith(false, p)
			if err != nil {
				return c.bindRecord(err)
			}
			c.binding, c.head = h, h
			return nil
		}
	}
	b, err := bindWith(true, nil)
	if err != nil {
		return c.bindRecord(err)
	}
	c.binding = b
	if h, err := bindWith(false, nil); err != nil {
		c.late = c.bindRecord(err)
	} else {
		c.head = h
	}
	return nil
}

// splitArgs takes out of a simple function's command line what goes to
// $args: the parameters it does not declare (a simple function has no
// common parameters: -Verbose goes to $args too) ("-Name", or "-Name:" and
// its value) and the positional values beyond its parameters.
func (c *callStage) splitArgs(items []bind.Item) ([]bind.Item, []any) {
	spec := c.sig.spec
	const (
		known = iota
		unknown
		positional
	)
	kinds := make([]int, len(items))
	full := make([]string, len(items)) // the parameters' full names
	named := map[string]bool{}
	stop := false // after --, parameter tokens are plain strings
	for i := 0; i < len(items); i++ {
		it := items[i]
		switch {
		case it.IsParam && it.Name == "--" && !it.Splatted && !stop:
			stop = true
			continue // known: the binder sees it
		case !it.IsParam || (stop && !it.Splatted):
			kinds[i] = positional
			continue
		}
		p, ok := simpleLookup(spec, it.Name)
		if !ok {
			kinds[i] = unknown
			continue
		}
		if p != nil {
			full[i] = p.Name
			named[strings.ToLower(p.Name)] = true
			if !it.Colon && !p.Switch && i+1 < len(items) && !items[i+1].IsParam {
				i++
				kinds[i] = known
			}
		}
	}
	free := 0
	for _, p := range spec.Params {
		if p.Position >= 0 && !p.Common && !named[strings.ToLower(p.Name)] {
			free++
		}
	}
	var keep []bind.Item
	rest := []any{}
	k := 0
	for i, it := range items {
		switch kinds[i] {
		case unknown:
			if it.Colon {
				rest = append(rest, "-"+it.Name+":", it.Value)
			} else {
				rest = append(rest, "-"+it.Name)
			}
		case positional:
			if k++; k > free {
				rest = append(rest, plainArg(it))
				continue
			}
			keep = append(keep, it)
		default:
			if full[i] != "" {
				it.Name = full[i]
			}
			keep = append(keep, it)
		}
	}
	return keep, rest
}

// plainArg is a positional item's value: a parameter token after -- is
// the string it was typed as.
func plainArg(it bind.Item) any {
	switch {
	case !it.IsParam:
		return it.Value
	case it.Name == "--":
		return "--"
	case it.Colon:
		return "-" + it.Name + ":" + value.ToString(it.Value)
	}
	return "-" + it.Name
}

// simpleLookup finds the parameter that -typed names in a simple
// function, which has no common parameters: its own parameters by exact
// name or alias, else by unique prefix. ok is false when it names none
// (the argument goes to $args); p is nil when the prefix is ambiguous
// (the binder reports it).
func simpleLookup(spec *bind.Spec, typed string) (p *bind.Param, ok bool) {
	t := strings.ToLower(typed)
	var found []*bind.Param
	for _, q := range spec.Params {
		if q.Common {
			continue
		}
		for _, n := range append([]string{q.Name}, q.Aliases...) {
			n = strings.ToLower(n)
			if n == t {
				return q, true
			}
			if strings.HasPrefix(n, t) && !slices.Contains(found, q) {
				found = append(found, q)
			}
		}
	}
	switch len(found) {
	case 0:
		return nil, false
	case 1:
		return found[0], true
	}
	return nil, true
}

// bindRecord is the error record of a binding error, attributed to the
// function as 5.1 does (FQID "<id>,<function>").
func (c *callStage) bindRecord(err error) error {
	var be *bind.Error
	if !errors.As(err, &be) {
		return err
	}
	return c.atCaller(func() any {
		rec := c.s.record(err, c.fn.name, c.at, c.atLen)
		name := baseName(c.fn.name)
		rec.FullyQualifiedErrorId = be.ID + "," + name
		reason := "ParameterBindingException"
		if r, ok := bindReasons[be.ID]; ok {
			reason = r
		}
		if strings.HasPrefix(be.ID, bind.IDValidation) {
			reason = "ParameterBindingValidationException"
		}
		rec.CategoryInfo = &CategoryInfo{Category: be.Category, Activity: name, Reason: reason}
		return &RuntimeError{Record: rec}
	}).(error)
}

// inside runs f in the function's scope with its source current.
func (c *callStage) inside(f func() error) error {
	s := c.s
	leave, err := s.enter(c.at, c.atLen)
	if err != nil {
		return err
	}
	defer leave()
	if c.scope == nil {
		c.outer = s.cur
		c.scope = s.cur
		if !c.dot {
			c.scope = &scope{vars: map[string]*variable{}, parent: s.cur}
		}
	}
	cur, src, sinks := s.cur, s.src, s.errSinks
	s.cur, s.src = c.scope, c.src
	if c.sig != nil && c.sig.advanced {
		s.errSinks = append(s.errSinks[:len(sinks):len(sinks)], &c.errVar)
	}
	defer func() { s.cur, s.src, s.errSinks = cur, src, sinks }()
	return f()
}

// emit sends output downstream, which runs in the caller's scope.
func (c *callStage) emit(v any) error {
	s := c.s
	cur, src := s.cur, s.src
	if c.outer != nil {
		s.cur = c.outer
	}
	s.src = c.caller
	sinks := s.errSinks
	if c.sig != nil && c.sig.advanced && len(sinks) > 0 {
		// Errors of the commands downstream are not the function's.
		s.errSinks = sinks[:len(sinks)-1]
	}
	defer func() { s.cur, s.src, s.errSinks = cur, src, sinks }()
	if c.sig != nil && c.sig.advanced {
		b, _ := unwrap(v)
		c.outVar = append(c.outVar, b)
	}
	return c.out(v)
}

// setup sets the function's variables: its parameters (bound values,
// else defaults), $args, $PSBoundParameters, $MyInvocation and, in an
// advanced function, $PSCmdlet and the preferences of the common
// parameters.
func (c *callStage) setup() error {
	s := c.s
	if !c.dot && c.fn.name != "" {
		s.setLocal("MyInvocation", c.atCaller(func() any { return s.invocation(c.fn.name, c.at, c.atLen) }))
	}
	for i, fp := range c.sig.params {
		if err := c.setParam(fp, c.sig.spec.Params[i]); err != nil {
			return err
		}
	}
	s.setLocal("args", c.rest)
	if c.sig.advanced {
		inv, _ := s.getVar("MyInvocation").(*InvocationInfo)
		c.cmdlet = &PSCmdlet{ParameterSetName: c.setName(), MyInvocation: inv, stage: c}
		s.setLocal("PSCmdlet", c.cmdlet)
		c.commonPreferences()
	}
	s.setLocal("PSBoundParameters", c.boundParameters())
	return nil
}

// setParam sets one parameter's variable.
func (c *callStage) setParam(fp *funcParam, bp *bind.Param) error {
	s := c.s
	if v, ok := c.binding.Value(bp.Name); ok {
		s.setLocalTyped(bp.Name, v, fp.typ)
		return nil
	}
	v := s.paramDefault(fp.decl)
	if fp.typ != "" && v == nil && fp.decl.Default == nil {
		// A typed parameter not given starts as its type's default, as
		// in 5.1: [int] 0, [string] "", [bool] $false, [datetime] its
		// minimum; reference types stay $null.
		v = typeDefault(fp.typ)
	}
	if fp.typ != "" && v != nil {
		cv, err := value.Convert(v, fp.typ)
		if err != nil {
			return c.atCaller(func() any { return s.transformError(c.fn.name, bp.Name, err, c.at, c.atLen, bind.Pos{}) }).(error)
		}
		v = cv
	}
	s.setLocalTyped(bp.Name, v, fp.typ)
	return nil
}

// typeDefault is the value of an unbound parameter of type typ.
func typeDefault(typ string) any {
	if v, err := value.Convert(nil, typ); err == nil {
		return v
	}
	if full, _ := value.FullTypeName(typ); full == "System.DateTime" {
		return time.Time{}
	}
	return nil
}

// setName is the parameter set in use.
func (c *callStage) setName() string {
	if set := c.binding.Set(); set != "" {
		return set
	}
	if c.head != nil {
		return c.head.Set()
	}
	return c.sig.spec.DefaultSet
}

// boundParameters is $PSBoundParameters: the parameters given, by name.
func (c *callStage) boundParameters() *value.Hashtable {
	h := value.NewBoundParameters()
	for _, p := range c.sig.spec.Params {
		if p.Common {
			continue
		}
		if v, ok := c.binding.Value(p.Name); ok {
			h.Set(p.Name, v)
		}
	}
	if !c.sig.advanced {
		return h
	}
	cm := c.binding.Common()
	for _, o := range []struct {
		name string
		opt  bind.Optional[bool]
	}{{"Verbose", cm.Verbose}, {"Debug", cm.Debug}, {"WhatIf", cm.WhatIf}, {"Confirm", cm.Confirm}} {
		if o.opt.Set {
			h.Set(o.name, o.opt.Value)
		}
	}
	for _, o := range []struct{ name, v string }{{"ErrorAction", cm.ErrorAction}, {"WarningAction", cm.WarningAction},
		{"InformationAction", cm.InformationAction}, {"ErrorVariable", cm.ErrorVariable}, {"OutVariable", cm.OutVariable}} {
		if o.v != "" {
			h.Set(o.name, o.v)
		}
	}
	return h
}

// commonPreferences sets the preference variables the common
// parameters stand for, in the function's scope.
func (c *callStage) commonPreferences() {
	s := c.s
	cm := c.binding.Common()
	sw := func(o bind.Optional[bool], name, on, off string) {
		if !o.Set {
			return
		}
		if o.Value {
			s.setLocal(name, on)
		} else {
			s.setLocal(name, off)
		}
	}
	sw(cm.Verbose, "VerbosePreference", "Continue", "SilentlyContinue")
	sw(cm.Debug, "DebugPreference", "Inquire", "SilentlyContinue")
	if cm.WhatIf.Set {
		s.setLocal("WhatIfPreference", cm.WhatIf.Value)
	}
	sw(cm.Confirm, "ConfirmPreference", "Low", "None")
	if cm.ErrorAction != "" {
		s.setLocal("ErrorActionPreference", cm.ErrorAction)
	}
	if cm.WarningAction != "" {
		s.setLocal("WarningPreference", cm.WarningAction)
	}
	if cm.InformationAction != "" {
		s.setLocal("InformationPreference", cm.InformationAction)
	}
}

// bindInput binds one input object to the pipeline parameters. When it
// does not bind, the error is written (non-terminating) and the process
// block skipped for this object.
func (c *callStage) bindInput(in any) error {
	c.skip = false
	if !c.sig.pipeline {
		return nil
	}
	if err := c.binding.BindPipeline(in); err != nil {
		c.skip = true
		rec := c.bindRecord(err)
		var rt *RuntimeError
		if errors.As(rec, &rt) {
			c.s.lastOK = false
			if strings.EqualFold(value.ToString(c.s.getVar("ErrorActionPreference")), "Stop") {
				rt.ScriptTerminating = true
				return rt
			}
			c.s.report(rt.Record)
			return nil
		}
		return rec
	}
	for i, fp := range c.sig.params {
		if bp := c.sig.spec.Params[i]; bp.ByValue || bp.ByPropertyName {
			if err := c.setParam(fp, bp); err != nil {
				return err
			}
			if bp.ByValue && c.binding.FromPipeline(bp.Name) && holdsInput(fp.typ) {
				c.s.markPSObject(bp.Name, psFlags{true})
			}
		}
	}
	if c.cmdlet != nil {
		c.cmdlet.ParameterSetName = c.setName()
	}
	c.s.setLocal("PSBoundParameters", c.boundParameters())
	return nil
}
