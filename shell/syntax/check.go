package syntax

import (
	"strings"

	"github.com/alecthomas/participle/v2/lexer"
)

// check rejects what the grammar accepts but PowerShell's parser does not,
// before anything runs: a try with neither catch nor finally, two default
// clauses in a switch, a parameter declared twice, a compound assignment
// to a list, control flow leaving a finally block and a label on a
// statement that is not a loop or switch.
func check(b *Body, l *lx) error {
	return walk(b, func(n any) error {
		switch n := n.(type) {
		case *Try:
			if len(n.Catches) == 0 && n.Finally == nil {
				return missingCatch(n, l)
			}
			if n.Finally != nil {
				if err := checkFinally(n.Finally.Body); err != nil {
					return err
				}
			}
		case *Switch:
			return checkSwitchDefault(n)
		case *ParamBlock:
			return checkParams(n.Params)
		case *Function:
			return checkParams(n.Params)
		case *Pipeline:
			return checkAssign(n)
		case *Statement:
			return checkLabel(n, l)
		}
		return nil
	})
}

func errorAt(p lexer.Position, length int, msg, id string) *Error {
	return &Error{Offset: p.Offset, Line: p.Line, Column: p.Column, Length: max(length, 1), Message: msg, ID: id}
}

// missingCatch is the error of a try block with neither catch nor
// finally. At the end of the input it is incomplete: the next line may
// bring the catch.
func missingCatch(t *Try, l *lx) *Error {
	end := t.Body.EndPos
	e := errorAt(end, 1, "The Try statement is missing its Catch or Finally block.", "MissingCatchOrFinally")
	rest := end.Offset - l.base.Offset
	if rest >= 0 && rest <= len(l.text) {
		tail := strings.ToLower(strings.TrimSpace(stripComments(l.text[rest:])))
		// "try { } c" may yet become "try { } catch { }".
		e.Incomplete = tail == "" || strings.HasPrefix("catch", tail) || strings.HasPrefix("finally", tail)
	}
	return e
}

// stripComments drops line comments from text; a block comment makes the
// text count as non-empty, which only costs the "incomplete" hint.
func stripComments(text string) string {
	var b strings.Builder
	for _, line := range strings.Split(text, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 && !strings.Contains(line[:i], "<") {
			line = line[:i]
		}
		b.WriteString(line)
	}
	return b.String()
}

func checkSwitchDefault(sw *Switch) error {
	seen := false
	for _, c := range sw.Clauses {
		e := c.Pattern.Primary.Expand
		if len(c.Pattern.Suffixes) != 0 || e == nil || e.Word == nil || !strings.EqualFold(*e.Word, "default") {
			continue
		}
		if seen {
			return errorAt(c.Pattern.Pos, len("default"), "A switch statement can have only one default clause.", "MultipleSwitchDefaultClauses")
		}
		seen = true
	}
	return nil
}

func checkParams(params []*ParamDecl) error {
	seen := map[string]bool{}
	for _, p := range params {
		k := strings.ToLower(p.Name)
		if seen[k] {
			return errorAt(p.Pos, len(p.Name)+1, "Duplicate parameter $"+p.Name+" in parameter list.", "DuplicateFormalParameter")
		}
		seen[k] = true
	}
	return nil
}

// checkAssign rejects a compound assignment (+= and friends) to a list of
// variables, and an assignment to a literal.
func checkAssign(p *Pipeline) error {
	if p.Assign == "" || p.Head == nil || p.Head.Expr == nil {
		return nil
	}
	e := p.Head.Expr
	invalid := false
	if u, ok := onlyOperand(e); ok {
		invalid = u.Postfix != nil && len(u.Postfix.Suffixes) == 0 && isLiteral(u.Postfix.Primary)
	} else {
		invalid = p.Assign != "=" && isList(e)
	}
	if invalid {
		return errorAt(p.Head.Pos, p.Head.EndPos.Offset-p.Head.Pos.Offset,
			"The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.",
			"InvalidLeftHandSide")
	}
	return nil
}

// onlyOperand returns the one operand of an expression without operators.
func onlyOperand(e *Expr) (*Unary, bool) {
	if len(e.Rest) != 0 || e.Left == nil {
		return nil, false
	}
	b := e.Left
	if len(b.Rest) != 0 || len(b.Left.Rest) != 0 {
		return nil, false
	}
	a := b.Left.Left
	if len(a.Rest) != 0 || len(a.Left.Rest) != 0 || len(a.Left.Left.Rest) != 0 {
		return nil, false
	}
	r := a.Left.Left.Left
	if r.To != nil || len(r.Left.Items) != 1 {
		return nil, false
	}
	return r.Left.Items[0], true
}

// isList reports an expression that is a comma list at its top.
func isList(e *Expr) bool {
	if len(e.Rest) != 0 || e.Left == nil || len(e.Left.Rest) != 0 || len(e.Left.Left.Rest) != 0 {
		return false
	}
	a := e.Left.Left.Left
	if len(a.Rest) != 0 || len(a.Left.Rest) != 0 || len(a.Left.Left.Rest) != 0 {
		return false
	}
	r := a.Left.Left.Left
	return r.To == nil && len(r.Left.Items) > 1
}

func isLiteral(p *Primary) bool {
	return p.Number != nil || p.Str != nil || (p.Expand != nil && p.Expand.Quoted != nil)
}

func checkLabel(st *Statement, l *lx) error {
	if st.Label == "" || st.Foreach != nil || st.For != nil || st.While != nil || st.Do != nil || st.Switch != nil {
		return nil
	}
	e := errorAt(st.Pos, len(st.Label)+1, "A loop label can only be placed before a loop or switch statement.", "MissingLoopStatement")
	// ":outer f" may yet become ":outer foreach (...) { }".
	if start := st.Pos.Offset - l.base.Offset + len(st.Label) + 1; start >= 0 && start <= len(l.text) {
		tail := strings.ToLower(strings.TrimSpace(l.text[start:]))
		for _, kw := range []string{"foreach", "for", "while", "do", "switch"} {
			e.Incomplete = e.Incomplete || strings.HasPrefix(kw, tail)
		}
	}
	return e
}

// checkFinally rejects return, and break or continue that would leave the
// finally block; loops inside the block may use break and continue.
func checkFinally(b *Body) error {
	return walkFinally(b, map[string]bool{}, 0)
}

func walkFinally(root any, labels map[string]bool, loops int) error {
	return walk(root, func(n any) error {
		switch n := n.(type) {
		case *ScriptBlock, *Function:
			return errSkip // a new scope: its control flow stays in it
		case *Statement:
			if n.Foreach == nil && n.For == nil && n.While == nil && n.Do == nil && n.Switch == nil {
				return nil
			}
			inner := map[string]bool{}
			for k := range labels {
				inner[k] = true
			}
			if n.Label != "" {
				inner[strings.ToLower(n.Label)] = true
			}
			if err := walkLoopParts(n, inner, loops+1); err != nil {
				return err
			}
			return errSkip
		case *Flow:
			leaves := false
			switch n.Keyword {
			case "return":
				leaves = true
			case "break", "continue":
				if n.Label != "" {
					leaves = !labels[strings.ToLower(n.Label)]
				} else {
					leaves = loops == 0
				}
			}
			if leaves {
				return errorAt(n.Pos, len(n.Keyword), "Flow of control cannot leave a Finally block.", "ControlLeavingFinally")
			}
		}
		return nil
	})
}

// walkLoopParts walks the parts of a loop or switch statement with the
// loop counted.
func walkLoopParts(st *Statement, labels map[string]bool, loops int) error {
	for _, part := range []any{st.Foreach, st.For, st.While, st.Do, st.Switch} {
		if err := walkFinallyNode(part, labels, loops); err != nil {
			return err
		}
	}
	return nil
}

func walkFinallyNode(n any, labels map[string]bool, loops int) error {
	switch n := n.(type) {
	case *Foreach:
		if n != nil {
			return walkFinally(n.Body, labels, loops)
		}
	case *For:
		if n != nil {
			return walkFinally(n.Body, labels, loops)
		}
	case *While:
		if n != nil {
			return walkFinally(n.Body, labels, loops)
		}
	case *Do:
		if n != nil {
			return walkFinally(n.Body, labels, loops)
		}
	case *Switch:
		if n != nil {
			for _, c := range n.Clauses {
				if err := walkFinally(c.Body, labels, loops); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
