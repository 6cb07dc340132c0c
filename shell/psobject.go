package shell

import (
	"strings"

	"github.com/exsh/exsh/shell/syntax"
	"github.com/exsh/exsh/shell/value"
)

// 5.1 wraps in an invisible PSObject what a cmdlet writes to the
// pipeline, and a script block sees the objects it gets from the
// pipeline ($_, or an untyped parameter that takes pipeline input)
// through that wrapper; an expression's value is bare. Only -is
// [psobject] and -is [pscustomobject] tell the two apart:
// (Get-Date) -is [psobject] is True, [datetime]::Now -is [psobject]
// False.
//
// exsh keeps values bare and carries the wrapper beside them: a bare
// value a cmdlet writes travels as a wrapped until whoever takes it
// from the pipeline unwraps it, and a variable remembers it in its
// psObject flag. Values that already read as PSObject (custom objects,
// Exchange objects) and collections are never wrapped. What exsh does
// not follow is the wrapper of each element of a collected array
// ($a = Get-Date, Get-Date; $a[0]).

// wrapped is a bare value a cmdlet wrote to the pipeline.
type wrapped struct{ v any }

// wrap wraps a value a cmdlet writes, when it is bare.
func wrap(v any) any {
	if v == nil || value.IsEnumerable(v) {
		return v
	}
	if is, _ := value.IsType(v, "psobject"); is {
		return v
	}
	return wrapped{v}
}

// unwrap returns the value inside a wrapper, and whether there was one.
func unwrap(v any) (any, bool) {
	if w, ok := v.(wrapped); ok {
		return w.v, true
	}
	return v, false
}

// bare passes to out the values inside wrappers.
func bare(out emitFn) emitFn {
	return func(v any) error {
		v, _ = unwrap(v)
		return out(v)
	}
}

// markPSObject records that the variable name holds its value wrapped.
func (s *Session) markPSObject(name string) {
	if v, ok := s.lookup(name); ok && v.value != nil && !value.IsEnumerable(v.value) {
		v.psObject = true
	}
}

// isPSObjectTest reports whether a comparison is -is or -isnot against
// [psobject] or [pscustomobject], given its right operand's value.
func isPSObjectTest(op string, r any) bool {
	op = strings.ToLower(op)
	if op != "-is" && op != "-isnot" {
		return false
	}
	name := value.ToString(r)
	if t, ok := r.(*value.Type); ok {
		name = t.FullName
	}
	full, _ := value.FullTypeName(name)
	return full == "System.Management.Automation.PSObject" || full == "System.Management.Automation.PSCustomObject"
}

// evalWrapped evaluates the left operand of -is: its value, and whether
// 5.1 would hold it wrapped in a PSObject. A variable, $_, (...) and
// $(...) can hold a wrapped value; anything else is evaluated as usual
// and is bare.
func (s *Session) evalWrapped(u *syntax.Unary) (any, bool, error) {
	if u.Postfix == nil || len(u.Postfix.Suffixes) > 0 {
		v, err := s.evalUnary(u)
		return v, false, err
	}
	p := u.Postfix.Primary
	switch {
	case p.Var != nil:
		name := *p.Var
		if strings.EqualFold(name, "psitem") {
			name = "_"
		}
		v, ok := s.lookup(name)
		return s.getVar(*p.Var), ok && v.psObject, nil
	case p.Paren != nil:
		pl := p.Paren
		if pl.Assign == "" && len(pl.Tail) == 0 && pl.Head.Expr != nil && len(pl.Head.Redirects) == 0 {
			if inner, ok := singleUnary(pl.Head.Expr); ok {
				return s.evalWrapped(inner)
			}
			break
		}
		var items []any
		n := 0
		err := s.runPipeline(pl, gatherCounting(&items, &n))
		return capture(items), n == 1 && len(items) == 1, err
	case p.Sub != nil:
		var items []any
		n := 0
		err := s.runBody(p.Sub, gatherCounting(&items, &n))
		return capture(items), n == 1 && len(items) == 1, err
	}
	v, err := s.evalUnary(u)
	return v, false, err
}

// pipelineInput marks the input a cmdlet hands a script block as $_: it
// came from the pipeline, so the block sees it wrapped.
func pipelineInput(v any) any {
	if v == nil {
		return nil
	}
	if _, ok := v.(wrapped); ok {
		return v
	}
	return wrapped{v}
}

// holdsInput reports whether a parameter of type typ that binds a
// pipeline object by value holds the object itself, as 5.1's untyped,
// [object] and [psobject] parameters do, so that it reads as wrapped.
func holdsInput(typ string) bool {
	switch strings.ToLower(strings.TrimPrefix(strings.ToLower(typ), "system.")) {
	case "", "object", "psobject", "management.automation.psobject":
		return true
	}
	return false
}
