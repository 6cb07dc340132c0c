package value

import (
	"strings"
)

// binaryFunc implements one operator; cs is the case-sensitive flag of the
// c-prefixed variants.
type binaryFunc func(l, r any, cs bool) (any, error)

// binaryOps maps operator names (without dash or c/i prefix) to their
// implementation. Comparison operators filter a collection on the left.
var binaryOps map[string]binaryFunc

// caseOps are the operators that accept a c/i prefix.
var caseOps = map[string]bool{
	"eq": true, "ne": true, "gt": true, "ge": true, "lt": true, "le": true,
	"like": true, "notlike": true, "match": true, "notmatch": true,
	"contains": true, "notcontains": true, "in": true, "notin": true,
	"replace": true, "split": true,
}

func init() {
	binaryOps = map[string]binaryFunc{
		"+": opAdd, "-": opSub, "*": opMul, "/": opDiv, "%": opMod,
		"eq":   filter(cmpOp(func(c int) bool { return c == 0 }, true)),
		"ne":   filter(cmpOp(func(c int) bool { return c != 0 }, true)),
		"gt":   filter(cmpOp(func(c int) bool { return c > 0 }, false)),
		"ge":   filter(cmpOp(func(c int) bool { return c >= 0 }, false)),
		"lt":   filter(cmpOp(func(c int) bool { return c < 0 }, false)),
		"le":   filter(cmpOp(func(c int) bool { return c <= 0 }, false)),
		"like": filter(likeOp(true)), "notlike": filter(likeOp(false)),
		"match": opMatch, "notmatch": opNotMatch,
		"contains": opContains, "notcontains": negate2(opContains),
		"in": opIn, "notin": negate2(opIn),
		"is": opIs, "isnot": negate2(opIs), "as": opAs,
		"replace": opReplace, "split": opSplit, "join": opJoin, "f": opFormat,
		"band": bitOp(func(a, b int) int { return a & b }), "bor": bitOp(func(a, b int) int { return a | b }),
		"bxor": bitOp(func(a, b int) int { return a ^ b }), "shl": bitOp(func(a, b int) int { return a << uint(b&63) }),
		"shr": bitOp(func(a, b int) int { return a >> uint(b&63) }),
		"and": logic(func(a, b bool) bool { return a && b }), "or": logic(func(a, b bool) bool { return a || b }),
		"xor": logic(func(a, b bool) bool { return a != b }),
	}
}

// Binary applies the binary operator op (lower-case, no dash: "+", "eq",
// "ceq", "ilike", "replace", "f", "band" ...) to l and r with PowerShell
// semantics. An unknown operator is an error.
func Binary(op string, l, r any) (any, error) {
	name, cs := splitOp(strings.ToLower(op))
	f, ok := binaryOps[name]
	if !ok {
		return nil, newError("RuntimeException", "InvalidOperation", "UnknownOperator",
			"The operator '-%s' is not supported.", op)
	}
	return f(l, r, cs)
}

// splitOp separates the c/i prefix of a comparison operator.
func splitOp(op string) (string, bool) {
	if _, ok := binaryOps[op]; ok {
		return op, false
	}
	if len(op) > 1 && (op[0] == 'c' || op[0] == 'i') && caseOps[op[1:]] {
		return op[1:], op[0] == 'c'
	}
	return op, false
}

// filter lifts a scalar predicate: a collection on the left returns the
// elements for which it holds.
func filter(pred func(l, r any, cs bool) (bool, error)) binaryFunc {
	return func(l, r any, cs bool) (any, error) {
		list, ok := asList(l)
		if !ok {
			return pred(l, r, cs)
		}
		out := []any{}
		for _, e := range list {
			hit, err := pred(e, r, cs)
			if err != nil {
				return nil, err
			}
			if hit {
				out = append(out, e)
			}
		}
		return out, nil
	}
}

// cmpOp builds a comparison predicate; equality uses [Equal] (a failed
// conversion is "not equal" rather than an error).
func cmpOp(test func(int) bool, isEq bool) func(l, r any, cs bool) (bool, error) {
	return func(l, r any, cs bool) (bool, error) {
		if isEq {
			if equal(l, r, cs) {
				return test(0), nil
			}
			return test(1), nil
		}
		c, err := compare(l, r, cs)
		return err == nil && test(c), err
	}
}

// likeOp builds the -like / -notlike predicate.
func likeOp(want bool) func(l, r any, cs bool) (bool, error) {
	return func(l, r any, cs bool) (bool, error) {
		re, err := compileWildcard(ToString(r), cs)
		if err != nil {
			return false, err
		}
		return re.MatchString(ToString(l)) == want, nil
	}
}

// opMatch implements -match (without setting $Matches; see [Match]).
func opMatch(l, r any, cs bool) (any, error) {
	res, _, err := Match(l, r, cs)
	return res, err
}

// opNotMatch implements -notmatch.
func opNotMatch(l, r any, cs bool) (any, error) {
	re, err := compileRegex(ToString(r), cs)
	if err != nil {
		return nil, err
	}
	return filter(func(e, _ any, _ bool) (bool, error) {
		return !re.MatchString(ToString(e)), nil
	})(l, r, cs)
}

// opContains implements -contains: whether the left collection holds an
// element equal to r.
func opContains(l, r any, cs bool) (any, error) {
	for _, e := range Enumerate(l) {
		if equal(e, r, cs) {
			return true, nil
		}
	}
	return false, nil
}

// opIn implements -in (-contains with the operands swapped).
func opIn(l, r any, cs bool) (any, error) { return opContains(r, l, cs) }

// negate2 negates a boolean operator.
func negate2(f binaryFunc) binaryFunc {
	return func(l, r any, cs bool) (any, error) {
		v, err := f(l, r, cs)
		if err != nil {
			return nil, err
		}
		return !v.(bool), nil
	}
}

// typeArg returns the type name in the right operand of -is/-as.
func typeArg(r any) string {
	if t, ok := r.(*Type); ok {
		return t.FullName
	}
	return ToString(r)
}

// opIs implements -is.
func opIs(l, r any, _ bool) (any, error) { return IsType(l, typeArg(r)) }

// opAs implements -as: a failed conversion gives $null.
func opAs(l, r any, _ bool) (any, error) {
	v, err := Convert(l, typeArg(r))
	if isTypeNotFound(err) {
		return nil, err
	}
	if err != nil {
		return nil, nil
	}
	return v, nil
}

// opReplace implements -replace: r is a pattern or (pattern, replacement).
func opReplace(l, r any, cs bool) (any, error) {
	args := Enumerate(r)
	if len(args) > 2 || len(args) == 0 {
		return nil, newError("RuntimeException", "InvalidOperation", "BadReplaceArgument",
			"The -replace operator allows only two elements to follow it, not %d.", len(args))
	}
	repl := ""
	if len(args) == 2 {
		repl = ToString(args[1])
	}
	re, err := compileRegex(ToString(args[0]), cs)
	if err != nil {
		return nil, err
	}
	if list, ok := asList(l); ok {
		out := make([]any, len(list))
		for i, e := range list {
			if out[i], err = replaceString(re, ToString(e), repl); err != nil {
				return nil, err
			}
		}
		return out, nil
	}
	return replaceString(re, ToString(l), repl)
}

// opSplit implements binary -split without a script block predicate
// (see [Split]).
func opSplit(l, r any, cs bool) (any, error) { return Split(l, r, cs, nil) }

// enumerateOrSelf is [Enumerate] where nil is one element.
func enumerateOrSelf(v any) []any {
	if v == nil {
		return []any{nil}
	}
	return Enumerate(v)
}

// opJoin implements binary -join.
func opJoin(l, r any, _ bool) (any, error) {
	return joinValues(l, ToString(r)), nil
}

// joinValues joins the string forms of v's elements with sep.
func joinValues(v any, sep string) string {
	list := Enumerate(v)
	parts := make([]string, len(list))
	for i, e := range list {
		parts[i] = elemString(e)
	}
	return strings.Join(parts, sep)
}

// opFormat implements -f: l is the format string, r the argument(s).
func opFormat(l, r any, _ bool) (any, error) {
	return Format(ToString(l), enumerateOrSelf(r))
}

// bitOp builds a bitwise operator on integers.
func bitOp(f func(a, b int) int) binaryFunc {
	return func(l, r any, _ bool) (any, error) {
		a, err := toInt64(l)
		if err != nil {
			return nil, err
		}
		b, err := toInt64(r)
		if err != nil {
			return nil, err
		}
		return f(a.(int), b.(int)), nil
	}
}

// logic builds a non-short-circuit logical operator.
func logic(f func(a, b bool) bool) binaryFunc {
	return func(l, r any, _ bool) (any, error) { return f(Truthy(l), Truthy(r)), nil }
}

// Unary applies a unary operator: "not" / "!", "-", "+", "bnot", "split"
// (split on whitespace), "join" (concatenate) or "," (wrap in an array).
func Unary(op string, v any) (any, error) {
	switch strings.ToLower(op) {
	case "not", "!":
		return !Truthy(v), nil
	case "-":
		return opSub(0, v, false)
	case "+":
		return opAdd(0, v, false)
	case "bnot":
		n, err := toInt64(v)
		if err != nil {
			return nil, err
		}
		return ^n.(int), nil
	case "split":
		return unarySplit(v), nil
	case "join":
		return joinValues(v, ""), nil
	case ",":
		return []any{v}, nil
	}
	return nil, newError("RuntimeException", "InvalidOperation", "UnknownOperator",
		"The operator '-%s' is not supported.", op)
}

// unarySplit splits every element on runs of whitespace, dropping empty
// pieces.
func unarySplit(v any) []any {
	out := []any{}
	for _, e := range enumerateOrSelf(v) {
		for _, f := range strings.Fields(ToString(e)) {
			out = append(out, f)
		}
	}
	return out
}

// quoteMeta escapes regular expression metacharacters.
func quoteMeta(s string) string {
	const meta = `\.+*?()|[]{}^$`
	var b strings.Builder
	for _, c := range s {
		if strings.ContainsRune(meta, c) {
			b.WriteByte('\\')
		}
		b.WriteRune(c)
	}
	return b.String()
}
