package shell

import (
	"strings"

	"github.com/exsh/exsh/shell/syntax"
	"github.com/exsh/exsh/shell/value"
)

var errNotAssignable = &value.Error{Message: "The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.",
	FQID: "InvalidLeftHandSide", Category: "ParserError", Reason: "ParentContainsErrorRecordException"}

// assign runs "target op= value".
func (s *Session) assign(p *syntax.Pipeline) error {
	v, wrapped, err := s.statementValueWrapped(p.Value)
	if err != nil {
		return err
	}
	target := p.Head.Expr
	if target == nil {
		return s.positioned(errNotAssignable, p.Pos, p.EndPos)
	}
	if p.Assign != "=" {
		old, err := s.evalExpr(target)
		if err != nil {
			return err
		}
		if v, err = value.Binary(p.Assign[:1], old, v); err != nil {
			return s.positioned(err, p.Pos, p.EndPos)
		}
	}
	if err := s.assignExpr(target, v); err != nil {
		return s.positioned(err, p.Pos, p.EndPos)
	}
	if u, ok := singleUnary(target); ok && p.Assign == "=" && u.Postfix != nil &&
		len(u.Postfix.Suffixes) == 0 && u.Postfix.Primary.Var != nil {
		s.markPSObject(*u.Postfix.Primary.Var, wrapped)
	}
	return nil
}

// loneExpr reports whether a statement is one expression, not a command,
// pipeline or assignment.
func loneExpr(st *syntax.Statement) bool {
	pl := st.Pipeline
	return pl != nil && pl.Assign == "" && len(pl.Tail) == 0 && pl.Head.Expr != nil && len(pl.Head.Redirects) == 0
}

// statementValue is the value of an assignment's right side or of a
// hash literal entry: a lone expression keeps its value as it is (@()
// stays an empty array, ,1 and @(1) one-element arrays); anything else is
// the statement's captured output ($null, the one object, or an array).
func (s *Session) statementValue(st *syntax.Statement) (any, error) {
	v, _, err := s.statementValueWrapped(st)
	return v, err
}

// statementValueWrapped is [statementValue] that also tells which of
// the values are wrapped in a PSObject (see psobject.go).
func (s *Session) statementValueWrapped(st *syntax.Statement) (any, psFlags, error) {
	if loneExpr(st) {
		pl := st.Pipeline
		v, flags, err := s.evalExprWrapped(pl.Head.Expr)
		if err != nil {
			return nil, nil, s.positioned(err, pl.Head.Pos, pl.Head.EndPos)
		}
		if _, void := v.(voidValue); void {
			return nil, nil, nil
		}
		return v, flags, nil
	}
	var items []any
	var flags psFlags
	if err := s.runStatement(st, gatherFlags(&items, &flags)); err != nil {
		return nil, nil, err
	}
	return capture(items), flags, nil
}

// assignExpr assigns to a variable, property, index, cast variable or a
// list of them ($a, $b = 1, 2).
func (s *Session) assignExpr(e *syntax.Expr, v any) error {
	u, ok := singleUnary(e)
	if !ok {
		return s.assignList(e, v)
	}
	return s.assignUnary(u, v)
}

func singleUnary(e *syntax.Expr) (*syntax.Unary, bool) {
	if len(e.Rest) > 0 || len(e.Left.Rest) > 0 || len(e.Left.Left.Rest) > 0 {
		return nil, false
	}
	return additiveUnary(e.Left.Left.Left)
}

// additiveUnary returns the one operand of an additive expression that
// has no operators.
func additiveUnary(a *syntax.Additive) (*syntax.Unary, bool) {
	if len(a.Rest) > 0 || len(a.Left.Rest) > 0 || len(a.Left.Left.Rest) > 0 || a.Left.Left.Left.To != nil {
		return nil, false
	}
	arr := a.Left.Left.Left.Left
	if len(arr.Items) != 1 {
		return nil, false
	}
	return arr.Items[0], true
}

// bareRange returns the range of an expression that is nothing but a..b.
func bareRange(e *syntax.Expr) *syntax.Range {
	if len(e.Rest) > 0 || len(e.Left.Rest) > 0 || len(e.Left.Left.Rest) > 0 {
		return nil
	}
	a := e.Left.Left.Left
	if len(a.Rest) > 0 || len(a.Left.Rest) > 0 || len(a.Left.Left.Rest) > 0 || a.Left.Left.Left.To == nil {
		return nil
	}
	return a.Left.Left.Left
}

func (s *Session) assignList(e *syntax.Expr, v any) error {
	a := e.Left.Left.Left
	if len(a.Rest) > 0 || len(a.Left.Rest) > 0 || len(a.Left.Left.Rest) > 0 || a.Left.Left.Left.To != nil {
		return errNotAssignable
	}
	targets := a.Left.Left.Left.Left.Items
	values := asArray(v)
	for i, t := range targets {
		var item any
		switch {
		case i == len(targets)-1 && len(values) > i+1:
			item = values[i:]
		case i < len(values):
			item = values[i]
		}
		if err := s.assignUnary(t, item); err != nil {
			return err
		}
	}
	return nil
}

func (s *Session) assignUnary(u *syntax.Unary, v any) error {
	if u.Cast != "" && u.Operand != nil && u.Operand.Postfix != nil {
		return s.assignCast(u.Cast, u.Operand.Postfix, v)
	}
	if u.Postfix == nil {
		return errNotAssignable
	}
	return s.assignPostfix(u.Postfix, v)
}

func (s *Session) assignCast(typ string, p *syntax.Postfix, v any) error {
	if p.Primary.Var == nil || len(p.Suffixes) > 0 {
		return errNotAssignable
	}
	c, err := value.Convert(v, typ)
	if err != nil {
		return typedVarError(err)
	}
	if err := s.setVar(*p.Primary.Var, c); err != nil {
		return err
	}
	if va, ok := s.lookup(*p.Primary.Var); ok && !strings.EqualFold(typ, "void") {
		va.cast = typ
	}
	return nil
}

func (s *Session) assignPostfix(p *syntax.Postfix, v any) error {
	if len(p.Suffixes) == 0 {
		if p.Primary.Var == nil {
			return errNotAssignable
		}
		return s.setVar(*p.Primary.Var, v)
	}
	base := &syntax.Postfix{Pos: p.Pos, Primary: p.Primary, Suffixes: p.Suffixes[:len(p.Suffixes)-1]}
	obj, err := s.evalPostfix(base)
	if err != nil {
		return err
	}
	last := p.Suffixes[len(p.Suffixes)-1]
	switch {
	case last.Index != nil:
		idx, err := s.evalExpr(last.Index)
		if err != nil {
			return err
		}
		if err := setIndex(obj, idx, v); err != nil {
			return err
		}
		if p.Primary.Var != nil && len(p.Suffixes) == 1 {
			s.replacedElement(*p.Primary.Var, idx)
		}
		return nil
	case last.Member != nil && !last.Member.Call:
		name := last.Member.Name
		if last.Member.NameVar != "" {
			name = value.ToString(s.getVar(last.Member.NameVar))
		}
		return value.SetMember(obj, name, v)
	}
	return errNotAssignable
}

func setIndex(obj, idx, v any) error {
	if idx == nil {
		switch obj.(type) {
		case *value.Hashtable, []any, *value.Array:
			return errNullIndex
		}
	}
	switch t := obj.(type) {
	case *value.Hashtable:
		t.Set(idx, v)
		return nil
	case []any:
		n, err := value.Convert(idx, "int")
		if err != nil {
			return err
		}
		i := n.(int)
		if i < 0 {
			i += len(t)
		}
		if i < 0 || i >= len(t) {
			return value.ErrIndexOutOfRange()
		}
		t[i] = v
		return nil
	case *value.Array:
		n, err := value.Convert(idx, "int")
		if err != nil {
			return err
		}
		return t.Set(n.(int), v)
	}
	return &value.Error{Message: "Unable to index into an object of type " + value.TypeName(obj) + ".",
		FQID: "CannotIndex", Category: "InvalidOperation", Reason: "RuntimeException"}
}
