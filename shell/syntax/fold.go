package syntax

import "strings"

// Operator levels of the expression grammar, loosest first.
const (
	levelLogical = iota
	levelBitwise
	levelComparison
	levelAdditive
	levelMultiplicative
	levelFormat
	levelRange
	levelArray
)

// operatorLevel tells the precedence level of a binary operator.
func operatorLevel(op string) int {
	switch strings.ToLower(op) {
	case "-and", "-or", "-xor":
		return levelLogical
	case "-band", "-bor", "-bxor", "-shl", "-shr":
		return levelBitwise
	case "+", "-":
		return levelAdditive
	case "*", "/", "%":
		return levelMultiplicative
	case "-f":
		return levelFormat
	case "..":
		return levelRange
	case ",":
		return levelArray
	}
	return levelComparison
}

// chain is a run of operands joined by operators: first, then each
// operator's right operand.
type chain struct {
	first *Unary
	ops   []*BinaryOp
}

// split cuts c at its operators of the given level.
func (c chain) split(level int) (parts []chain, seps []*BinaryOp) {
	first, start := c.first, 0
	for i, op := range c.ops {
		if operatorLevel(op.Op) == level {
			parts = append(parts, chain{first, c.ops[start:i]})
			seps = append(seps, op)
			first, start = op.Right, i+1
		}
	}
	return append(parts, chain{first, c.ops[start:]}), seps
}

// foldLevel builds one level: its left operand and its steps, each operand
// built by next.
func foldLevel[L, S any](c chain, level int, next func(chain) (L, error), step func(*BinaryOp, L) S) (L, []S, error) {
	parts, seps := c.split(level)
	left, err := next(parts[0])
	if err != nil {
		return left, nil, err
	}
	var rest []S
	for i, op := range seps {
		right, err := next(parts[i+1])
		if err != nil {
			return left, nil, err
		}
		rest = append(rest, step(op, right))
	}
	return left, rest, nil
}

// fold turns the flat operator chain the grammar read into the precedence
// tree, so that Left and Rest hold the expression and First and Chain are
// cleared.
func fold(e *Expr) error {
	if e.First == nil {
		return nil
	}
	left, rest, err := foldLevel(chain{e.First, e.Chain}, levelLogical, foldBitwise,
		func(op *BinaryOp, r *Bitwise) *LogicalOp { return &LogicalOp{Pos: op.Pos, Op: op.Op, Right: r} })
	if err != nil {
		return err
	}
	e.Left, e.Rest, e.First, e.Chain = left, rest, nil, nil
	return nil
}

func foldBitwise(c chain) (*Bitwise, error) {
	left, rest, err := foldLevel(c, levelBitwise, foldComparison,
		func(op *BinaryOp, r *Comparison) *BitwiseOp { return &BitwiseOp{Pos: op.Pos, Op: op.Op, Right: r} })
	return &Bitwise{Pos: c.first.Pos, Left: left, Rest: rest}, err
}

func foldComparison(c chain) (*Comparison, error) {
	left, rest, err := foldLevel(c, levelComparison, foldAdditive,
		func(op *BinaryOp, r *Additive) *CmpOp { return &CmpOp{Pos: op.Pos, Op: op.Op, Right: r} })
	return &Comparison{Pos: c.first.Pos, Left: left, Rest: rest}, err
}

func foldAdditive(c chain) (*Additive, error) {
	left, rest, err := foldLevel(c, levelAdditive, foldMultiplicative,
		func(op *BinaryOp, r *Multiplicative) *AddOp { return &AddOp{Pos: op.Pos, Op: op.Op, Right: r} })
	return &Additive{Pos: c.first.Pos, Left: left, Rest: rest}, err
}

func foldMultiplicative(c chain) (*Multiplicative, error) {
	left, rest, err := foldLevel(c, levelMultiplicative, foldFormat,
		func(op *BinaryOp, r *Format) *MulOp { return &MulOp{Pos: op.Pos, Op: op.Op, Right: r} })
	return &Multiplicative{Pos: c.first.Pos, Left: left, Rest: rest}, err
}

func foldFormat(c chain) (*Format, error) {
	left, rest, err := foldLevel(c, levelFormat, foldRange,
		func(_ *BinaryOp, r *Range) *Range { return r })
	return &Format{Pos: c.first.Pos, Left: left, Rest: rest}, err
}

// foldRange builds a..b; a second .. in a row is a parse error, as the
// grammar allowed only one.
func foldRange(c chain) (*Range, error) {
	parts, seps := c.split(levelRange)
	if len(seps) > 1 {
		p := seps[1].Pos
		return nil, &Error{Offset: p.Offset, Line: p.Line, Column: p.Column, Length: len(seps[1].Op),
			Message: "Unexpected token '..' in expression or statement.", ID: "UnexpectedToken"}
	}
	r := &Range{Pos: c.first.Pos, Left: foldArray(parts[0])}
	if len(seps) == 1 {
		r.To = foldArray(parts[1])
	}
	return r, nil
}

// foldArray builds the comma list; the comma binds tightest, so each part
// is a single operand.
func foldArray(c chain) *Array {
	parts, _ := c.split(levelArray)
	a := &Array{Pos: c.first.Pos, Items: make([]*Unary, len(parts))}
	for i, p := range parts {
		a.Items[i] = p.first
	}
	return a
}
