package shell

import (
	"errors"
	"strings"

	"github.com/exsh/exsh/shell/syntax"
	"github.com/exsh/exsh/shell/value"
)

func (s *Session) evalExpr(e *syntax.Expr) (any, error) {
	l, err := s.evalBitwise(e.Left)
	if err != nil {
		return nil, err
	}
	for _, op := range e.Rest {
		lt := value.Truthy(l)
		if (op.Op == "-and" && !lt) || (op.Op == "-or" && lt) {
			l = lt
			continue
		}
		r, err := s.evalBitwise(op.Right)
		if err != nil {
			return nil, err
		}
		rt := value.Truthy(r)
		if op.Op == "-xor" {
			l = lt != rt
		} else {
			l = rt
		}
	}
	return l, nil
}

func (s *Session) evalBitwise(e *syntax.Bitwise) (any, error) {
	l, err := s.evalComparison(e.Left)
	for _, op := range e.Rest {
		if err != nil {
			return nil, err
		}
		var r any
		if r, err = s.evalComparison(op.Right); err == nil {
			l, err = value.Binary(op.Op[1:], l, r)
		}
	}
	return l, err
}

func (s *Session) evalComparison(e *syntax.Comparison) (any, error) {
	var l any
	var err error
	var wrapped psFlags // is l wrapped in a PSObject, for -is (psobject.go)
	if u, ok := additiveUnary(e.Left); ok && len(e.Rest) > 0 && strings.HasPrefix(strings.ToLower(e.Rest[0].Op), "-is") {
		l, wrapped, err = s.evalWrapped(u)
	} else {
		l, err = s.evalAdditive(e.Left)
	}
	for i, op := range e.Rest {
		if err != nil {
			return nil, err
		}
		var r any
		if r, err = s.evalAdditive(op.Right); err == nil {
			if i == 0 && wrapped.one() && isPSObjectTest(op.Op, r) {
				l = strings.EqualFold(op.Op, "-is")
				continue
			}
			l, err = s.compare(op.Op[1:], l, r)
		}
	}
	return l, err
}

// compare applies a comparison operator; -match also sets $Matches.
func (s *Session) compare(op string, l, r any) (any, error) {
	switch strings.ToLower(op) {
	case "split", "isplit", "csplit":
		return value.Split(l, r, strings.EqualFold(op, "csplit"), s.splitPredicate)
	}
	if op != "match" && op != "cmatch" && op != "imatch" {
		return value.Binary(op, l, r)
	}
	res, m, err := value.Match(l, r, op == "cmatch")
	if m != nil {
		_ = s.setVar("Matches", m)
	}
	return res, err
}

func (s *Session) evalAdditive(e *syntax.Additive) (any, error) {
	l, err := s.evalMultiplicative(e.Left)
	for _, op := range e.Rest {
		if err != nil {
			return nil, err
		}
		var r any
		if r, err = s.evalMultiplicative(op.Right); err == nil {
			l, err = value.Binary(op.Op, l, r)
		}
	}
	return l, err
}

func (s *Session) evalMultiplicative(e *syntax.Multiplicative) (any, error) {
	l, err := s.evalFormat(e.Left)
	for _, op := range e.Rest {
		if err != nil {
			return nil, err
		}
		var r any
		if r, err = s.evalFormat(op.Right); err == nil {
			l, err = value.Binary(op.Op, l, r)
		}
	}
	return l, err
}

func (s *Session) evalFormat(e *syntax.Format) (any, error) {
	l, err := s.evalRange(e.Left)
	for _, r := range e.Rest {
		if err != nil {
			return nil, err
		}
		var rv any
		if rv, err = s.evalRange(r); err == nil {
			l, err = value.Binary("f", l, rv)
		}
	}
	return l, err
}

func (s *Session) evalRange(e *syntax.Range) (any, error) {
	l, err := s.evalArray(e.Left)
	if err != nil || e.To == nil {
		return l, err
	}
	r, err := s.evalArray(e.To)
	if err != nil {
		return nil, err
	}
	return rangeOf(l, r)
}

func rangeOf(l, r any) (any, error) {
	from, to, err := rangeBounds(l, r)
	if err != nil {
		return nil, err
	}
	if err := value.CheckArray(rangeLen(from, to)); err != nil {
		return nil, err
	}
	out := make([]any, 0, rangeLen(from, to))
	err = eachInRange(from, to, func(i int) error { out = append(out, i); return nil })
	return out, err
}

// rangeBounds converts the operands of a..b to integers.
func rangeBounds(l, r any) (from, to int, err error) {
	a, err := value.Convert(l, "int")
	if err != nil {
		return 0, 0, err
	}
	b, err := value.Convert(r, "int")
	if err != nil {
		return 0, 0, err
	}
	return a.(int), b.(int), nil
}

// rangeLen is the number of integers from..to.
func rangeLen(from, to int) int {
	if to < from {
		from, to = to, from
	}
	return to - from + 1
}

// eachInRange calls f for the integers from..to, counting down when to
// is below from.
func eachInRange(from, to int, f func(int) error) error {
	step := 1
	if to < from {
		step = -1
	}
	for i := from; ; i += step {
		if err := f(i); err != nil || i == to {
			return err
		}
	}
}

// streamRange runs each for the integers of a pipeline element that is a
// bare range (1..100000000), one by one as PowerShell streams it, instead
// of building the array. It reports whether the element was such a range;
// errors of each are returned as they are.
func (s *Session) streamRange(el *syntax.Element, each emitFn) (bool, error) {
	if el == nil || el.Expr == nil {
		return false, nil
	}
	r := bareRange(el.Expr)
	if r == nil {
		return false, nil
	}
	l, err := s.evalArray(r.Left)
	var h any
	if err == nil {
		h, err = s.evalArray(r.To)
	}
	var from, to int
	if err == nil {
		from, to, err = rangeBounds(l, h)
	}
	if err != nil {
		return true, s.positioned(err, el.Pos, el.EndPos)
	}
	return true, eachInRange(from, to, func(i int) error {
		if err := s.ctx.Err(); err != nil {
			return err
		}
		return each(i)
	})
}

func (s *Session) evalArray(e *syntax.Array) (any, error) {
	if len(e.Items) == 1 {
		return s.evalUnary(e.Items[0])
	}
	out := make([]any, 0, len(e.Items))
	for _, it := range e.Items {
		v, err := s.evalUnary(it)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

func (s *Session) evalUnary(u *syntax.Unary) (any, error) {
	if u.Postfix != nil {
		return s.evalPostfix(u.Postfix)
	}
	if u.Op == "++" || u.Op == "--" {
		return s.increment(u.Operand, u.Op, true)
	}
	v, err := s.evalUnary(u.Operand)
	if err != nil {
		return nil, err
	}
	switch {
	case u.Cast != "":
		return s.cast(v, u.Cast)
	case u.Op == ",":
		return []any{v}, nil
	case u.Op == "-not" || u.Op == "!":
		return !value.Truthy(v), nil
	}
	op := u.Op
	if op != "-" {
		op = strings.TrimPrefix(op, "-")
	}
	return value.Unary(op, v)
}

// cast converts v to a type literal's type; [void] discards.
func (s *Session) cast(v any, typ string) (any, error) {
	switch strings.ToLower(typ) {
	case "void":
		return voidValue{}, nil
	case "pscustomobject", "psobject", "system.management.automation.pscustomobject":
		if h, ok := v.(*value.Hashtable); ok {
			return objectFromHash(h), nil
		}
	}
	return value.Convert(v, typ)
}

// voidValue is the result of a [void] cast: it is never output.
type voidValue struct{}

func objectFromHash(h *value.Hashtable) *value.Object {
	o := value.NewObject("System.Management.Automation.PSCustomObject")
	for _, k := range h.Keys() {
		v, _ := h.Get(k)
		o.Add(value.ToString(k), v)
	}
	return o
}

// increment applies ++ or -- to an assignable operand.
func (s *Session) increment(target *syntax.Unary, op string, prefix bool) (any, error) {
	if target.Postfix == nil {
		return nil, errors.New("The operand of '" + op + "' must be a variable or property.")
	}
	return s.incrementPostfix(target.Postfix, op, prefix)
}

func (s *Session) incrementPostfix(p *syntax.Postfix, op string, prefix bool) (any, error) {
	old, err := s.evalPostfix(p)
	if err != nil {
		return nil, err
	}
	if old == nil {
		old = 0
	}
	nv, err := value.Binary(op[:1], old, 1)
	if err != nil {
		return nil, err
	}
	if err := s.assignPostfix(p, nv); err != nil {
		return nil, err
	}
	if prefix {
		return nv, nil
	}
	return old, nil
}

// evalPostfix evaluates a primary and its member accesses, calls and
// indexes. A failing suffix underlines the expression from its start
// through that suffix ($x.Trim(), $null[0]), as 5.1 does.
func (s *Session) evalPostfix(p *syntax.Postfix) (any, error) {
	if n := len(p.Suffixes); n > 0 && p.Suffixes[n-1].PostOp != "" {
		inner := &syntax.Postfix{Pos: p.Pos, Primary: p.Primary, Suffixes: p.Suffixes[:n-1]}
		return s.incrementPostfix(inner, p.Suffixes[n-1].PostOp, false)
	}
	v, err := s.evalPrimary(p.Primary)
	if err != nil {
		return nil, err
	}
	for i, sfx := range p.Suffixes {
		if v, err = s.applySuffix(v, p.Primary, sfx); err != nil {
			end := p.EndPos
			if i+1 < len(p.Suffixes) {
				end = p.Suffixes[i+1].Pos
			}
			return nil, s.positioned(err, p.Pos, end)
		}
	}
	return v, nil
}

// positioned turns a runtime error into a statement-terminating error
// record at the given extent.
func (s *Session) positioned(err error, pos, end syntax.Position) error {
	var rt *RuntimeError
	if errors.As(err, &rt) || isSignal(err) {
		return err
	}
	return &RuntimeError{Record: s.record(err, "", pos, s.extentLen(pos, end))}
}

func isSignal(err error) bool {
	switch err.(type) {
	case breakSignal, continueSignal, loopSignal, returnSignal, exitSignal:
		return true
	}
	return false
}

func (s *Session) applySuffix(v any, prim *syntax.Primary, sfx *syntax.Suffix) (any, error) {
	if sfx.Index != nil {
		idx, err := s.evalExpr(sfx.Index)
		if err != nil {
			return nil, err
		}
		return index(v, idx)
	}
	m := sfx.Member
	name := m.Name
	if m.NameVar != "" {
		name = value.ToString(s.getVar(m.NameVar))
	}
	if m.Static {
		return s.static(v, name, m)
	}
	if !m.Call {
		if o, ok := v.(*value.Object); ok {
			if r, found, err := o.Value(name); found || err != nil {
				return r, err
			}
		}
		r, _ := value.GetMember(v, name)
		return r, nil
	}
	args, err := s.evalArgs(m.Args)
	if err != nil {
		return nil, err
	}
	return s.callMethod(v, name, args)
}

func (s *Session) evalArgs(exprs []*syntax.Expr) ([]any, error) {
	args := make([]any, 0, len(exprs))
	for _, a := range exprs {
		v, err := s.evalExpr(a)
		if err != nil {
			return nil, err
		}
		args = append(args, v)
	}
	return args, nil
}

// callMethod calls a .NET-style method; script blocks have Invoke, and
// collections have Where/ForEach.
func (s *Session) callMethod(v any, name string, args []any) (any, error) {
	if v == nil {
		return nil, &value.Error{Message: "You cannot call a method on a null-valued expression.",
			FQID: "InvokeMethodOnNull", Category: "InvalidOperation", Reason: "RuntimeException"}
	}
	if sb, ok := v.(*ScriptBlock); ok && strings.EqualFold(name, "Invoke") {
		out, err := s.invoke(sb, nil, args)
		return capture(out), err
	}
	if sb, ok := firstBlock(args); ok && (strings.EqualFold(name, "Where") || strings.EqualFold(name, "ForEach")) {
		return s.collectionMethod(v, name, sb)
	}
	if p, ok := v.(*PSCmdlet); ok {
		if out, ok, err := p.call(s, name, args); ok {
			return out, err
		}
	}
	return value.CallMethod(v, name, args)
}

func firstBlock(args []any) (*ScriptBlock, bool) {
	if len(args) == 0 {
		return nil, false
	}
	sb, ok := args[0].(*ScriptBlock)
	return sb, ok
}

func (s *Session) collectionMethod(v any, name string, sb *ScriptBlock) (any, error) {
	out := []any{}
	for _, item := range value.Enumerate(v) {
		res, err := s.invoke(sb, item, nil)
		if err != nil {
			return nil, err
		}
		if strings.EqualFold(name, "ForEach") {
			out = append(out, res...)
		} else if value.Truthy(capture(res)) {
			out = append(out, item)
		}
	}
	return out, nil
}

// splitPredicate runs the script block of "-split {...}" for one
// character: $_ is the character, $args the string and the index.
func (s *Session) splitPredicate(block any, ch, str string, i int) (bool, error) {
	sb, ok := block.(*ScriptBlock)
	if !ok {
		return false, nil
	}
	out, err := s.invoke(sb, ch, []any{str, i})
	if err != nil {
		return false, err
	}
	return value.Truthy(capture(out)), nil
}

// errNullIndex is 5.1's error for $a[$null] and $h[$null], read or
// assigned.
var errNullIndex = &value.Error{Message: "Index operation failed; the array index evaluated to null.", FQID: "NullArrayIndex",
	Category: "InvalidOperation", Reason: "RuntimeException"}

// index implements $a[i], $a[i,j], $a[-1], $h['k'], $s[0] and
// $x.PSObject.Properties['Name'].
func index(v, idx any) (any, error) {
	if v == nil {
		return nil, &value.Error{Message: "Cannot index into a null array.", FQID: "NullArray",
			Category: "InvalidOperation", Reason: "RuntimeException"}
	}
	if h, ok := v.(*value.Hashtable); ok {
		if idx == nil {
			return nil, errNullIndex
		}
		r, _ := h.Get(idx)
		return r, nil
	}
	if c, ok := v.(value.MemberCollection); ok {
		if name, isName := idx.(string); isName {
			return c.ByName(name), nil
		}
	}
	if value.IsEnumerable(idx) {
		list := value.Enumerate(idx)
		out := make([]any, 0, len(list))
		for _, i := range list {
			if r, err := index(v, i); err == nil && r != nil {
				out = append(out, r)
			}
		}
		return out, nil
	}
	if idx == nil && value.IsEnumerable(v) {
		return nil, errNullIndex
	}
	n, err := value.Convert(idx, "int")
	if err != nil {
		return nil, err
	}
	return indexAt(v, n.(int)), nil
}

func indexAt(v any, i int) any {
	var items []any
	switch t := v.(type) {
	case string:
		rs := []rune(t)
		if i < 0 {
			i += len(rs)
		}
		if i < 0 || i >= len(rs) {
			return nil
		}
		return value.Char(rs[i])
	default:
		if !value.IsEnumerable(v) {
			if i == 0 || i == -1 {
				return v
			}
			return nil
		}
		items = value.Enumerate(v)
	}
	if i < 0 {
		i += len(items)
	}
	if i < 0 || i >= len(items) {
		return nil
	}
	return items[i]
}
