package shell

import (
	"errors"
	"os"
	"strings"

	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/syntax"
	"github.com/exsh/exsh/shell/value"
)

// function is a user-defined function or filter.
type function struct {
	name   string
	params []*syntax.ParamDecl
	body   *syntax.Body
	filter bool
	script bool // a script file: exit N ends only the script
}

func (s *Session) defineFunction(f *syntax.Function) {
	fn := &function{name: f.Name, params: f.Params, body: f.Body.Body, filter: f.Kind == "filter"}
	if fn.params == nil && fn.body.Params != nil {
		fn.params = fn.body.Params.Params
	}
	s.functions[strings.ToLower(f.Name)] = fn
}

// callStage runs a function, script block or script file in a pipeline.
type callStage struct {
	s      *Session
	fn     *function
	args   []any
	named  map[string]any
	argPos []bind.Pos          // parallel to args
	pos    map[string]bind.Pos // of each named value
	at     syntax.Position     // the command, for errors without an argument
	atLen  int                 // the length of the command's name
	caller *source             // the source the call is in
	dot    bool
	inputs []any
	out    emitFn
	src    *source
}

func (s *Session) functionStage(c *syntax.Command, name string) (stage, bool, error) {
	fn, ok := s.functions[strings.ToLower(name)]
	if !ok {
		return nil, false, nil
	}
	st, err := s.newCallStage(c, fn, false)
	return st, true, err
}

func (s *Session) blockStage(c *syntax.Command, sb *ScriptBlock, dot bool) (stage, error) {
	fn := &function{body: sb.node.Body}
	if sb.node.Body.Params != nil {
		fn.params = sb.node.Body.Params.Params
	}
	st, err := s.newCallStage(c, fn, dot)
	if err == nil {
		st.src = sb.src
	}
	return st, err
}

func (s *Session) scriptFileStage(c *syntax.Command, name string) (stage, error) {
	text, err := os.ReadFile(s.Path(name))
	if err != nil {
		return nil, s.notFound(name, c)
	}
	script, err := syntax.Parse(decodeScript(text))
	if err != nil {
		var pe *syntax.Error
		if errors.As(err, &pe) {
			return nil, &RuntimeError{Record: s.parseRecord(pe), ScriptTerminating: true}
		}
		return nil, err
	}
	fn := &function{name: s.Path(name), body: script.Body, script: true}
	if script.Body.Params != nil {
		fn.params = script.Body.Params.Params
	}
	st, err := s.newCallStage(c, fn, c.CallOp == ".")
	if err == nil {
		st.src = newSource(s.Path(name), decodeScript(text))
	}
	return st, err
}

func (s *Session) newCallStage(c *syntax.Command, fn *function, dot bool) (*callStage, error) {
	items, _, err := s.items(c)
	if err != nil {
		return nil, err
	}
	at := c.Pos
	if c.Target != nil {
		at = c.Target.Pos
	}
	st := &callStage{s: s, fn: fn, named: map[string]any{}, pos: map[string]bind.Pos{}, at: at, atLen: s.nameLen(c), caller: s.src, dot: dot, src: s.src}
	for i := 0; i < len(items); i++ {
		it := items[i]
		key := strings.ToLower(it.Name)
		switch {
		case it.IsParam && it.Colon:
			st.named[key], st.pos[key] = it.Value, it.Pos
		case it.IsParam && st.isSwitch(it.Name):
			st.named[key] = true
		case it.IsParam && i+1 < len(items) && !items[i+1].IsParam:
			st.named[key], st.pos[key] = items[i+1].Value, items[i+1].Pos
			i++
		case it.IsParam:
			st.named[key] = true
		default:
			st.args = append(st.args, it.Value)
			st.argPos = append(st.argPos, it.Pos)
		}
	}
	return st, nil
}

// nameLen is the length of the command's name as typed (the call
// operator's target for & and .).
func (s *Session) nameLen(c *syntax.Command) int {
	if c.Target != nil {
		return s.extentLen(c.Target.Pos, c.Target.EndPos)
	}
	return len([]rune(c.Name))
}

func (c *callStage) isSwitch(name string) bool {
	for _, p := range c.fn.params {
		if strings.HasPrefix(strings.ToLower(p.Name), strings.ToLower(name)) {
			return strings.EqualFold(p.Type, "switch")
		}
	}
	return false
}

func (c *callStage) setOut(out emitFn) { c.out = out }
func (c *callStage) begin() error      { return nil }

func (c *callStage) process(in any) error {
	if c.fn.filter || c.processBlock() != nil {
		return c.run(in, true)
	}
	c.inputs = append(c.inputs, in)
	return nil
}

func (c *callStage) processBlock() *syntax.Block {
	for _, nb := range c.fn.body.Named {
		if nb.Name == "process" {
			return nb.Body
		}
	}
	return nil
}

func (c *callStage) end(first bool) error {
	if c.fn.filter || (c.processBlock() != nil && !first) {
		return nil
	}
	return c.run(nil, first)
}

// run executes the function body in a new scope (or the current one when
// dot-sourced) with its parameters bound. exit N in a called script file
// ends that script and sets $LASTEXITCODE; in a function it ends the
// whole run, as in PowerShell.
func (c *callStage) run(in any, perInput bool) error {
	s := c.s
	leave, err := s.enter(c.at, c.atLen)
	if err != nil {
		return err
	}
	defer leave()
	if !c.dot {
		defer s.pushScope()()
	}
	prevSrc := s.src
	s.src = c.src
	defer func() { s.src = prevSrc }()
	if !c.dot && c.fn.name != "" {
		s.setLocal("MyInvocation", c.atCaller(func() any { return s.invocation(c.fn.name, c.at, c.atLen) }))
	}
	if err := c.bindParams(); err != nil {
		return err
	}
	s.setLocal("input", c.inputs)
	if perInput {
		s.setLocal("_", in)
	}
	err = c.runBlocks(perInput)
	if _, ok := err.(returnSignal); ok {
		return nil
	}
	if ex, ok := err.(exitSignal); ok && c.fn.script {
		return s.setVar("global:LASTEXITCODE", ex.code)
	}
	return err
}

func (c *callStage) runBlocks(perInput bool) error {
	if len(c.fn.body.Named) == 0 {
		return c.s.runBody(c.fn.body, c.out)
	}
	for _, nb := range c.fn.body.Named {
		if (nb.Name == "process") == perInput || (!perInput && nb.Name != "process") {
			if err := c.s.runBody(nb.Body.Body, c.out); err != nil {
				return err
			}
		}
	}
	return nil
}

func (c *callStage) bindParams() error {
	s := c.s
	named := func(p *syntax.ParamDecl) (any, bind.Pos, bool) { return c.namedValue(p.Name) }
	missing, bad := s.bindDeclared(c.fn.params, named, c.args, c.argPos)
	switch {
	case bad != nil:
		return c.atCaller(func() any { return s.transformError(c.fn.name, bad.param, bad.err, c.at, c.atLen, bad.pos) }).(error)
	case len(missing) > 0:
		return c.atCaller(func() any { return s.missingMandatory(c.fn.name, missing, c.at, c.atLen) }).(error)
	}
	return nil
}

// badArgument is a value that did not convert to its parameter's type.
type badArgument struct {
	param string
	err   error
	pos   bind.Pos
}

// bindDeclared binds a param block, for functions, script blocks and
// script files alike: each parameter takes its named value, else the
// next positional one (a switch takes none), else it is missing when
// mandatory, else it gets its default; values convert to the declared
// type. It sets the parameters' variables and $args (the positional
// values left over) and returns the missing mandatory parameters, or the
// first value that did not convert. restPos may be nil.
func (s *Session) bindDeclared(params []*syntax.ParamDecl, named func(*syntax.ParamDecl) (any, bind.Pos, bool), rest []any, restPos []bind.Pos) ([]string, *badArgument) {
	rest = append([]any{}, rest...)
	var missing []string
	for _, p := range params {
		v, pos, ok := named(p)
		if !ok && len(rest) > 0 && !strings.EqualFold(p.Type, "switch") {
			v, rest, ok = rest[0], rest[1:], true
			if len(restPos) > 0 {
				pos, restPos = restPos[0], restPos[1:]
			}
		}
		if !ok && isMandatory(p) {
			missing = append(missing, p.Name)
			continue
		}
		if !ok {
			v = s.paramDefault(p)
		}
		if p.Type != "" && v != nil {
			cv, err := value.Convert(v, p.Type)
			if err != nil {
				return nil, &badArgument{param: p.Name, err: err, pos: pos}
			}
			v = cv
		}
		s.setLocal(p.Name, v)
	}
	if len(missing) > 0 {
		return missing, nil
	}
	s.setLocal("args", rest)
	return nil, nil
}

// isMandatory reports whether a parameter is declared
// [Parameter(Mandatory)] or [Parameter(Mandatory=$true)].
func isMandatory(p *syntax.ParamDecl) bool {
	for _, a := range append(append([]string{}, p.Attrs...), p.Attrs2...) {
		a = strings.ToLower(strings.Join(strings.Fields(a), ""))
		if !strings.HasPrefix(a, "parameter(") {
			continue
		}
		for _, arg := range strings.Split(strings.TrimSuffix(strings.TrimPrefix(a, "parameter("), ")"), ",") {
			if arg == "mandatory" || arg == "mandatory=$true" {
				return true
			}
		}
	}
	return false
}

// missingMandatory is the binding error of a function or script called
// without its mandatory parameters. exsh does not prompt for them: like
// a cmdlet's, they are an error in every mode.
func (s *Session) missingMandatory(fn string, names []string, at syntax.Position, n int) *RuntimeError {
	err := &bind.Error{ID: bind.IDMissingMandatoryParameter, Category: "InvalidArgument", Param: strings.Join(names, " "),
		Message: "Cannot process command because of one or more missing mandatory parameters: " + strings.Join(names, " ") + "."}
	rec := s.record(err, fn, at, n)
	rec.FullyQualifiedErrorId = bind.IDMissingMandatoryParameter + "," + baseName(fn)
	if rec.CategoryInfo != nil {
		rec.CategoryInfo.Activity = baseName(fn)
	}
	return &RuntimeError{Record: rec}
}

// atCaller runs f with the caller's source current, so that positions
// point at the call.
func (c *callStage) atCaller(f func() any) any {
	prev := c.s.src
	c.s.src = c.caller
	defer func() { c.s.src = prev }()
	return f()
}

// namedValue returns the value given for the parameter name (by any
// prefix of it) and the value's position.
func (c *callStage) namedValue(name string) (any, bind.Pos, bool) {
	lower := strings.ToLower(name)
	for k, v := range c.named {
		if strings.HasPrefix(lower, k) {
			return v, c.pos[k], true
		}
	}
	return nil, bind.Pos{}, false
}

// paramDefault is the value of a parameter not given: $false for a
// switch, else its default expression's value ($null without one).
func (s *Session) paramDefault(p *syntax.ParamDecl) any {
	if strings.EqualFold(p.Type, "switch") {
		return false
	}
	if p.Default == nil {
		return nil
	}
	v, _ := s.evalExpr(p.Default)
	return v
}

// maxCallDepth bounds how deeply functions, scripts and script blocks
// may call each other, so that a runaway recursion is an error instead
// of a stack overflow.
const maxCallDepth = 1000

// enter counts one call made at pos (n characters long); leave ends it.
// A call beyond maxCallDepth fails as PowerShell's does, with a
// ScriptCallDepthException that try/catch can catch.
func (s *Session) enter(pos syntax.Position, n int) (leave func(), err error) {
	if s.calls >= maxCallDepth {
		rec := &ErrorRecord{Exception: &Exception{Message: "The script failed due to call depth overflow."},
			TargetObject: 0, FullyQualifiedErrorId: "CallDepthOverflow",
			CategoryInfo: &CategoryInfo{Category: "InvalidOperation", Reason: "ScriptCallDepthException", TargetName: "0", TargetType: "Int32"}}
		rec.InvocationInfo = s.invocation("", pos, n)
		return nil, &RuntimeError{Record: rec, ScriptTerminating: true}
	}
	s.calls++
	return func() { s.calls-- }, nil
}

// invoke runs a script block with $_ set to input and returns its output.
func (s *Session) invoke(sb *ScriptBlock, input any, args []any) ([]any, error) {
	defer s.pushScope()()
	return s.runBlock(sb, input, args)
}

// dotInvoke runs sb with $_ = input in the current scope, as ForEach-Object
// and Where-Object run their blocks: variables it sets stay set. The
// caller's $_ and $args are restored afterwards.
func (s *Session) dotInvoke(sb *ScriptBlock, input any) ([]any, error) {
	saved := map[string]*variable{}
	for _, k := range []string{"_", "args"} {
		if v, ok := s.cur.vars[k]; ok {
			saved[k] = v
		}
	}
	defer func() {
		for _, k := range []string{"_", "args"} {
			if v, ok := saved[k]; ok {
				s.cur.vars[k] = v
			} else {
				delete(s.cur.vars, k)
			}
		}
	}()
	return s.runBlock(sb, input, nil)
}

// runBlock runs sb's body with $_ and $args set in the current scope.
func (s *Session) runBlock(sb *ScriptBlock, input any, args []any) ([]any, error) {
	leave, err := s.enter(sb.node.Pos, 1)
	if err != nil {
		return nil, err
	}
	defer leave()
	prevSrc := s.src
	if sb.src != nil {
		s.src = sb.src
	}
	defer func() { s.src = prevSrc }()
	s.setLocal("_", input)
	s.setLocal("args", args)
	if sb.node.Body.Params != nil {
		for i, p := range sb.node.Body.Params.Params {
			var v any
			if i < len(args) {
				v = args[i]
			}
			s.setLocal(p.Name, v)
		}
	}
	var out []any
	err = s.runBody(sb.node.Body, gather(&out))
	if _, ok := err.(returnSignal); ok {
		err = nil
	}
	return out, err
}
