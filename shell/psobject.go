package shell

import (
	"slices"
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
// psObject flag, or for each element of an array it holds
// ($lines = Get-Content f; $lines[0]) in psElems. Values that already
// read as PSObject (custom objects, Exchange objects) and collections
// are never wrapped.

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

// psFlags tells, for each value a pipeline wrote, whether it came
// wrapped; nil when none did.
type psFlags []bool

// one reports a single value, wrapped.
func (f psFlags) one() bool { return len(f) == 1 && f[0] }

// elem reports whether element i of n is wrapped.
func (f psFlags) elem(i, n int) bool { return len(f) == n && i < n && f[i] }

// markPSObject records on the variable name which of the values it now
// holds are wrapped.
func (s *Session) markPSObject(name string, f psFlags) {
	v, ok := s.lookup(name)
	if !ok || !holdsInput(v.cast) {
		return // a typed variable holds its converted value, bare
	}
	switch {
	case f.one() && v.value != nil && !value.IsEnumerable(v.value):
		v.psObject = true
	case len(f) > 1 && slices.Contains(f, true):
		if l, isList := v.value.([]any); isList && len(l) == len(f) {
			v.psElems = slices.Clone(f)
		}
	}
}

// replacedElement records that element idx of the array in variable
// name now holds a bare value; the other elements keep their wrappers.
// An index that is not a single int (a slice, a key) forgets them all.
func (s *Session) replacedElement(name string, idx any) {
	v, ok := s.lookup(name)
	if !ok || v.psElems == nil {
		return
	}
	i, isInt := idx.(int)
	if !isInt {
		v.psElems = nil
		return
	}
	if i < 0 {
		i += len(v.psElems)
	}
	if i >= 0 && i < len(v.psElems) {
		v.psElems = slices.Clone(v.psElems) // a copy of the variable may share them
		v.psElems[i] = false
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

// evalWrapped evaluates an operand that may hold values wrapped in a
// PSObject: the left side of -is, the right side of an assignment, the
// collection of foreach. A variable, $_, $v[i], (...) and $(...) can;
// anything else is evaluated as usual and is bare.
func (s *Session) evalWrapped(u *syntax.Unary) (any, psFlags, error) {
	if u.Postfix == nil {
		v, err := s.evalUnary(u)
		return v, nil, err
	}
	p := u.Postfix.Primary
	if len(u.Postfix.Suffixes) > 0 {
		if sfx := u.Postfix.Suffixes[0]; len(u.Postfix.Suffixes) == 1 && sfx.Index != nil && p.Var != nil {
			return s.indexWrapped(u.Postfix, *p.Var, sfx.Index)
		}
		v, err := s.evalUnary(u)
		return v, nil, err
	}
	switch {
	case p.Var != nil:
		name := *p.Var
		if strings.EqualFold(name, "psitem") {
			name = "_"
		}
		v := s.getVar(*p.Var)
		if va, ok := s.lookup(name); ok {
			if va.psObject {
				return v, psFlags{true}, nil
			}
			return v, va.psElems, nil
		}
		return v, nil, nil
	case p.Paren != nil:
		return s.collectWrapped(p.Paren)
	case p.Sub != nil:
		var items []any
		var flags psFlags
		err := s.runBody(p.Sub, gatherFlags(&items, &flags))
		return capture(items), flags, err
	}
	v, err := s.evalUnary(u)
	return v, nil, err
}

// evalExprWrapped is [Session.evalExpr] that also tells which of the
// values are wrapped: an expression that is one operand may hold them
// (see [Session.evalWrapped]), any other is bare.
func (s *Session) evalExprWrapped(e *syntax.Expr) (any, psFlags, error) {
	if u, ok := singleUnary(e); ok {
		return s.evalWrapped(u)
	}
	v, err := s.evalExpr(e)
	return v, nil, err
}

// indexWrapped evaluates $name[index] as evalPostfix does, and tells
// whether the element read is wrapped.
func (s *Session) indexWrapped(p *syntax.Postfix, name string, idx *syntax.Expr) (any, psFlags, error) {
	base := s.getVar(name)
	i, err := s.evalExpr(idx)
	if err != nil {
		return nil, nil, s.positioned(err, p.Pos, p.EndPos)
	}
	v, err := index(base, i)
	if err != nil {
		return nil, nil, s.positioned(err, p.Pos, p.EndPos)
	}
	va, ok := s.lookup(name)
	n, isInt := i.(int)
	l, isList := base.([]any)
	if !ok || !isInt || !isList || va.psElems == nil {
		return v, nil, nil
	}
	if n < 0 {
		n += len(l)
	}
	if n >= 0 && psFlags(va.psElems).elem(n, len(l)) {
		return v, psFlags{true}, nil
	}
	return v, nil, nil
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
