package shell

import (
	"errors"
	"os"
	"strings"

	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/syntax"
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

// callStage runs a function, script block or script file in a pipeline:
// its begin block once, its process block per input object (with $_ and
// the pipeline parameters bound), its end block once, all in one scope
// (see funcbind.go).
type callStage struct {
	s       *Session
	fn      *function
	items   []bind.Item
	at      syntax.Position // the command, for errors without an argument
	atLen   int             // the length of the command's name
	caller  *source         // the source the call is in
	dot     bool
	inputs  []any
	out     emitFn
	src     *source
	sig     *funcSig
	binding *bind.Binding
	late    error // a binding error that stands unless input arrives
	rest    []any // $args
	scope   *scope
	outer   *scope
	began   bool
	got     bool          // process ran for an input object
	done    bool          // the call ended (exit in a script)
	skip    bool          // the current input object did not bind
	head    *bind.Binding // the binding without pipeline input, or nil
	cmdlet  *PSCmdlet
	outVar  []any // what -OutVariable collects
	errVar  []any // what -ErrorVariable collects
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
	return s.newCallStage(c, fn, dot, sb.src)
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
	return s.newCallStage(c, fn, c.CallOp == ".", newSource(s.Path(name), decodeScript(text)))
}

func (s *Session) newCallStage(c *syntax.Command, fn *function, dot bool, src ...*source) (*callStage, error) {
	items, _, err := s.items(c)
	if err != nil {
		return nil, err
	}
	at := c.Pos
	if c.Target != nil {
		at = c.Target.Pos
	}
	st := &callStage{s: s, fn: fn, items: items, at: at, atLen: s.nameLen(c), caller: s.src, dot: dot, src: s.src}
	if len(src) > 0 {
		st.src = src[0]
	}
	if err := st.bindArgs(); err != nil {
		return nil, err
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

func (c *callStage) setOut(out emitFn) { c.out = out }

func (c *callStage) namedBlock(name string) *syntax.Block {
	for _, nb := range c.fn.body.Named {
		if nb.Name == name {
			return nb.Body
		}
	}
	return nil
}

func (c *callStage) processBlock() *syntax.Block {
	if c.fn.filter && len(c.fn.body.Named) == 0 {
		return &syntax.Block{Body: c.fn.body}
	}
	return c.namedBlock("process")
}

func (c *callStage) begin() error {
	return c.inside(func() error {
		if err := c.setup(); err != nil {
			return err
		}
		c.began = true
		if b := c.namedBlock("begin"); b != nil {
			return c.runBlock(b.Body)
		}
		return nil
	})
}

func (c *callStage) process(in any) error {
	if c.done {
		return nil
	}
	in, _ = unwrap(in)
	c.got = true
	if c.processBlock() == nil {
		c.inputs = append(c.inputs, in)
		return c.inside(func() error { return c.bindInput(in) })
	}
	return c.inside(func() error {
		if err := c.bindInput(in); err != nil {
			return err
		}
		if c.skip {
			c.skip = false
			return nil
		}
		c.s.setLocal("_", in)
		c.s.markPSObject("_", psFlags{true})
		c.s.setLocal("input", []any{in})
		return c.runBlock(c.processBlock().Body)
	})
}

func (c *callStage) end(first bool) error {
	if c.done {
		return nil
	}
	defer c.saveVariables()
	if first && !c.got && c.late != nil {
		return c.late
	}
	return c.inside(func() error {
		if first && c.processBlock() != nil {
			c.s.setLocal("_", nil)
			if err := c.runBlock(c.processBlock().Body); err != nil || c.done {
				return err
			}
		}
		c.s.setLocal("input", c.inputs)
		if len(c.fn.body.Named) == 0 {
			if c.fn.filter {
				return nil
			}
			return c.runBlock(c.fn.body)
		}
		if b := c.namedBlock("end"); b != nil {
			return c.runBlock(b.Body)
		}
		return nil
	})
}

// saveVariables stores what an advanced function's -OutVariable and
// -ErrorVariable collected, as a cmdlet's are.
func (c *callStage) saveVariables() {
	if c.binding == nil || !c.sig.advanced {
		return
	}
	cm := c.binding.Common()
	if cm.OutVariable != "" {
		c.s.saveVar(cm.OutVariable, c.outVar)
	}
	if cm.ErrorVariable != "" {
		c.s.saveVar(cm.ErrorVariable, c.errVar)
	}
}

// runBlock runs one block of the function: return ends the block, exit
// in a script file ends the script.
func (c *callStage) runBlock(b *syntax.Body) error {
	err := c.s.runBody(b, c.emit)
	if _, ok := err.(returnSignal); ok {
		return nil
	}
	if ex, ok := err.(exitSignal); ok && c.fn.script {
		c.done = true
		return c.s.setVar("global:LASTEXITCODE", ex.code)
	}
	return err
}

// atCaller runs f with the caller's source current, so that positions
// point at the call.
func (c *callStage) atCaller(f func() any) any {
	prev := c.s.src
	c.s.src = c.caller
	defer func() { c.s.src = prev }()
	return f()
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
	input, fromPipeline := unwrap(input)
	s.setLocal("_", input)
	if fromPipeline {
		s.markPSObject("_", psFlags{true})
	}
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
