package syntax

import (
	"fmt"
	"strings"
	"testing"
)

// TestPrecedence checks that the flat operator chain folds into the tree
// PowerShell's precedence gives, shown with every level's group in
// parentheses.
func TestPrecedence(t *testing.T) {
	tests := []struct{ in, want string }{
		{"1 + 2 * 3", "(1 + (2 * 3))"},
		{"1 * 2 + 3", "((1 * 2) + 3)"},
		{"1 - 2 - 3", "(1 - 2 - 3)"},
		{"$a -eq 1 -and $b -ne 2", "(($a -eq 1) -and ($b -ne 2))"},
		{"1 + 1 -eq 2", "((1 + 1) -eq 2)"},
		{"$a -band 3 -eq 3", "($a -band (3 -eq 3))"},
		{"'{0}{1}' -f 1, 2", "('{0}{1}' -f (1, 2))"},
		{"'{0}' -f 1 + 'x'", "(('{0}' -f 1) + 'x')"},
		{"1..3 -join ','", "((1..3) -join ',')"},
		{"-not $a -or $b", "((-not $a) -or $b)"},
		{"1, 2 + 3", "((1, 2) + 3)"},
		{"$x = 1 + 2", "(1 + 2)"},
	}
	for _, tc := range tests {
		s, err := Parse(tc.in)
		if err != nil {
			t.Fatalf("Parse(%q): %v", tc.in, err)
		}
		e := firstExpr(s)
		if e == nil {
			t.Fatalf("Parse(%q): no expression", tc.in)
		}
		if e.First != nil || e.Chain != nil {
			t.Errorf("Parse(%q): flat chain not cleared", tc.in)
		}
		if got := showExpr(tc.in, e); got != tc.want {
			t.Errorf("Parse(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestRangeTwiceIsAnError(t *testing.T) {
	_, err := Parse("1..2..3")
	e, ok := err.(*Error)
	if !ok {
		t.Fatalf("Parse(1..2..3) = %v, want *Error", err)
	}
	if e.Line != 1 || e.Column != 5 || e.ID != "UnexpectedToken" {
		t.Errorf("error at %d:%d %s, want 1:5 UnexpectedToken", e.Line, e.Column, e.ID)
	}
}

// firstExpr finds the first expression of a parsed script: an assignment's
// value or the pipeline's head.
func firstExpr(s *Script) *Expr {
	p := s.Body.Statements[0].Pipeline
	if p.Value != nil {
		p = p.Value.Pipeline
	}
	return p.Head.Expr
}

// showExpr prints an expression tree, one parenthesized group per level
// with more than one operand; operands are shown as their source text.
func showExpr(src string, e *Expr) string {
	parts := []string{showBitwise(src, e.Left)}
	for _, op := range e.Rest {
		parts = append(parts, op.Op, showBitwise(src, op.Right))
	}
	return group(parts)
}

func showBitwise(src string, b *Bitwise) string {
	parts := []string{showComparison(src, b.Left)}
	for _, op := range b.Rest {
		parts = append(parts, op.Op, showComparison(src, op.Right))
	}
	return group(parts)
}

func showComparison(src string, c *Comparison) string {
	parts := []string{showAdditive(src, c.Left)}
	for _, op := range c.Rest {
		parts = append(parts, op.Op, showAdditive(src, op.Right))
	}
	return group(parts)
}

func showAdditive(src string, a *Additive) string {
	parts := []string{showMultiplicative(src, a.Left)}
	for _, op := range a.Rest {
		parts = append(parts, op.Op, showMultiplicative(src, op.Right))
	}
	return group(parts)
}

func showMultiplicative(src string, m *Multiplicative) string {
	parts := []string{showFormat(src, m.Left)}
	for _, op := range m.Rest {
		parts = append(parts, op.Op, showFormat(src, op.Right))
	}
	return group(parts)
}

func showFormat(src string, f *Format) string {
	parts := []string{showRange(src, f.Left)}
	for _, r := range f.Rest {
		parts = append(parts, "-f", showRange(src, r))
	}
	return group(parts)
}

func showRange(src string, r *Range) string {
	if r.To == nil {
		return showArray(src, r.Left)
	}
	return "(" + showArray(src, r.Left) + ".." + showArray(src, r.To) + ")"
}

func showArray(src string, a *Array) string {
	var items []string
	for _, u := range a.Items {
		items = append(items, showUnary(src, u))
	}
	if len(items) == 1 {
		return items[0]
	}
	return "(" + strings.Join(items, ", ") + ")"
}

func showUnary(src string, u *Unary) string {
	switch {
	case u.Postfix != nil:
		return strings.TrimSpace(src[u.Postfix.Pos.Offset:u.Postfix.EndPos.Offset])
	case u.Cast != "":
		return u.Cast + showUnary(src, u.Operand)
	}
	return fmt.Sprintf("(%s %s)", u.Op, showUnary(src, u.Operand))
}

func group(parts []string) string {
	if len(parts) == 1 {
		return parts[0]
	}
	return "(" + strings.Join(parts, " ") + ")"
}
