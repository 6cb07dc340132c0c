package shell

import (
	"fmt"
	"strings"

	"github.com/exsh/exsh/shell/syntax"
	"github.com/exsh/exsh/shell/value"
)

func (s *Session) evalPrimary(p *syntax.Primary) (any, error) {
	switch {
	case p.Var != nil:
		return s.getVar(*p.Var), nil
	case p.Number != nil:
		n, ok := value.ParseNumber(*p.Number)
		if !ok {
			return nil, fmt.Errorf("bad numeric constant %s", *p.Number)
		}
		return n, nil
	case p.Str != nil:
		return *p.Str, nil
	case p.Expand != nil:
		return s.expandParts(p.Expand)
	case p.Paren != nil:
		return s.collect(p.Paren)
	case p.Sub != nil:
		return s.collectBody(p.Sub)
	case p.Array != nil:
		var items []any
		err := s.runBody(p.Array, gather(&items))
		if len(items) == 1 && items[0] == nil && nullIsElement(p.Array) {
			return []any{nil}, err
		}
		return asArray(capture(items)), err
	case p.Hash != nil:
		return s.evalHash(p.Hash)
	case p.Block != nil:
		return s.block(p.Block), nil
	case p.Type != nil:
		return typeValue(*p.Type)
	}
	return nil, nil
}

// typeValue is a bare type literal such as [int].
func typeValue(name string) (any, error) {
	full, ok := value.FullTypeName(name)
	if !ok {
		full, ok = staticType(name)
	}
	if !ok {
		full, ok = value.LookupException(name)
	}
	if !ok {
		return nil, value.TypeNotFound(name)
	}
	return value.NamedType(full), nil
}

// nullIsElement reports whether the $null output of @(...) is an
// element: 5.1 gives @($null) and @($h.Missing) one element, but
// @(command with no output) none, and also none for a variable that was
// assigned such an empty output (it holds AutomationNull). exsh does
// not keep AutomationNull in variables, so a bare variable other than
// $null counts as empty, and any other expression statement as $null.
func nullIsElement(b *syntax.Body) bool {
	if len(b.Statements) != 1 || len(b.Named) > 0 {
		return false
	}
	p := b.Statements[0].Pipeline
	if p == nil || p.Assign != "" || len(p.Tail) > 0 || p.Head == nil || p.Head.Expr == nil {
		return false
	}
	u := soleOperand(p.Head.Expr)
	if u == nil || u.Postfix == nil {
		return true
	}
	pf := u.Postfix
	if pf.Primary != nil && pf.Primary.Var != nil && len(pf.Suffixes) == 0 {
		return strings.EqualFold(strings.TrimPrefix(*pf.Primary.Var, "$"), "null")
	}
	return true
}

// soleOperand returns the operand of an expression without operators,
// or nil.
func soleOperand(e *syntax.Expr) *syntax.Unary {
	if len(e.Rest) != 0 || e.Left == nil || len(e.Left.Rest) != 0 || len(e.Left.Left.Rest) != 0 {
		return nil
	}
	a := e.Left.Left.Left
	if len(a.Rest) != 0 || len(a.Left.Rest) != 0 || len(a.Left.Left.Rest) != 0 {
		return nil
	}
	r := a.Left.Left.Left
	if r.To != nil || len(r.Left.Items) != 1 {
		return nil
	}
	return r.Left.Items[0]
}

func asArray(v any) []any {
	switch t := v.(type) {
	case nil:
		return []any{}
	case []any:
		return t
	case *value.Array:
		return append([]any{}, t.Items()...)
	}
	return []any{v}
}

// collectBody runs the statements of $( ) or @( ) and captures the output.
func (s *Session) collectBody(b *syntax.Body) (any, error) {
	var items []any
	err := s.runBody(b, gather(&items))
	return capture(items), err
}

func (s *Session) evalHash(h *syntax.Hash) (any, error) {
	out := value.NewHashtable()
	for _, e := range h.Entries {
		k, err := s.hashKey(e.Key)
		if err != nil {
			return nil, err
		}
		v, err := s.statementValue(e.Value)
		if err != nil {
			return nil, err
		}
		if err := out.Add(k, v); err != nil {
			return nil, s.duplicateKey(k, e.Pos, e.Key.EndPos)
		}
	}
	return out, nil
}

// duplicateKey is the error of a key given twice in one hash literal,
// shown in the parse-error layout as 5.1 does (there it is found by the
// parser).
func (s *Session) duplicateKey(k any, pos, end syntax.Position) error {
	rec := s.record(&value.Error{Message: fmt.Sprintf("Duplicate keys '%s' are not allowed in hash literals.", value.ToString(k)),
		FQID: "DuplicateKeyInHashLiteral", Category: "ParserError", Reason: "ParentContainsErrorRecordException"}, "", pos, s.extentLen(pos, end))
	rec.parse = true
	return &RuntimeError{Record: rec}
}

func (s *Session) hashKey(p *syntax.Postfix) (any, error) {
	if e := p.Primary.Expand; e != nil && e.Word != nil && len(p.Suffixes) == 0 {
		if n, ok := value.ParseNumber(*e.Word); ok {
			return n, nil
		}
		return *e.Word, nil
	}
	return s.evalPostfix(p)
}

// expandParts builds the string of a double-quoted string or bare word.
func (s *Session) expandParts(e *syntax.Expandable) (any, error) {
	if len(e.Parts) == 1 && e.Parts[0].Var == "" && e.Parts[0].Sub == nil {
		return e.Parts[0].Text, nil
	}
	var b strings.Builder
	for _, part := range e.Parts {
		switch {
		case part.Var != "":
			b.WriteString(s.stringify(s.getVar(part.Var)))
		case part.Sub != nil:
			v, err := s.collectBody(part.Sub)
			if err != nil {
				return nil, err
			}
			b.WriteString(s.stringify(v))
		default:
			b.WriteString(part.Text)
		}
	}
	return b.String(), nil
}

// stringify converts a value for string expansion, joining arrays with $OFS.
func (s *Session) stringify(v any) string {
	if value.IsEnumerable(v) {
		list := value.Enumerate(v)
		sep := value.ToString(s.getVar("OFS"))
		parts := make([]string, len(list))
		for i, item := range list {
			parts[i] = value.ToString(item)
		}
		return strings.Join(parts, sep)
	}
	return value.ToString(v)
}

// ScriptBlock is a script block value: code that runs later, with $_ set
// by the pipeline cmdlet that runs it.
type ScriptBlock struct {
	node *syntax.ScriptBlock
	src  *source
}

// Text returns the source text between the braces.
func (b *ScriptBlock) Text() string { return b.node.Text }

// String returns the source text, as PowerShell prints a script block.
func (b *ScriptBlock) String() string { return b.node.Text }

// TypeName returns the .NET type name.
func (b *ScriptBlock) TypeName() string { return "System.Management.Automation.ScriptBlock" }

func (s *Session) block(n *syntax.ScriptBlock) *ScriptBlock { return &ScriptBlock{node: n, src: s.src} }
