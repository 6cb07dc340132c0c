package value

import (
	"math"
	"strings"
	"time"
)

// numericOperands converts both operands of an arithmetic operator to
// numbers; r failing to convert is the cast error for l's type.
func numericOperands(l, r any, op string) (any, any, error) {
	a, ok := toNumber(l)
	if !ok || IsEnumerable(r) && !isNumber(l) {
		return nil, nil, errOpNotDefined(l, op)
	}
	b, ok := toNumber(r)
	if ok {
		return a, b, nil
	}
	target := TypeName(a)
	if s, isStr := prim(r).(string); isStr {
		fqid := "InvalidCastFromStringToInteger"
		if target == "System.Double" {
			fqid = "InvalidCastFromStringToDoubleOrSingle"
		}
		return nil, nil, castError(s, target, fqid, badFormat)
	}
	return nil, nil, invalidCast(r, target)
}

// opAdd implements +: string concatenation, array append, hashtable
// merge, DateTime/TimeSpan arithmetic and numeric addition.
func opAdd(l, r any, _ bool) (any, error) {
	switch x := prim(l).(type) {
	case nil:
		if list, ok := asList(r); ok {
			return append([]any{}, list...), nil
		}
		return r, nil
	case string:
		rs := ToString(r)
		if err := CheckString(len(x) + len(rs)); err != nil {
			return nil, err
		}
		return x + rs, nil
	case *Hashtable:
		h, ok := r.(*Hashtable)
		if !ok {
			return nil, newError("RuntimeException", "InvalidOperation", "AddHashTableToNonHashTable",
				"A hash table can only be added to another hash table.")
		}
		return Merge(x, h)
	case time.Time:
		return addToDate(x, r)
	case time.Duration:
		if d, ok := prim(r).(time.Duration); ok {
			return x + d, nil
		}
	}
	if list, ok := asList(l); ok {
		rl, isList := asList(r)
		if !isList {
			rl = []any{r}
		}
		if err := CheckArray(len(list) + len(rl)); err != nil {
			return nil, err
		}
		out := make([]any, 0, len(list)+len(rl))
		return append(append(out, list...), rl...), nil
	}
	return arith(l, r, "op_Addition", addInt, func(a, b float64) float64 { return a + b })
}

// addToDate adds a TimeSpan (or ticks) to a DateTime.
func addToDate(t time.Time, r any) (any, error) {
	switch d := prim(r).(type) {
	case time.Duration:
		return t.Add(d), nil
	case int:
		return t.Add(time.Duration(d) * 100), nil
	}
	return nil, errOpNotDefined(t, "op_Addition")
}

// arith applies a numeric operator with int widening.
func arith(l, r any, op string, fi func(a, b int) any, ff func(a, b float64) float64) (any, error) {
	a, b, err := numericOperands(l, r, op)
	if err != nil {
		return nil, err
	}
	if d, ok, err := decimalArith(a, b, decimalOps[op]); ok {
		return d, err
	}
	ai, aok := a.(int)
	bi, bok := b.(int)
	if aok && bok {
		return fi(ai, bi), nil
	}
	return ff(toFloat(a), toFloat(b)), nil
}

// decimalOps are the decimal forms of the arithmetic operators.
var decimalOps = map[string]func(x, y Decimal) (Decimal, error){
	"op_Addition": decAdd, "op_Subtraction": decSub, "op_Multiply": decMul,
	"op_Division": decDiv, "op_Modulus": decMod,
}

// opSub implements -.
func opSub(l, r any, _ bool) (any, error) {
	switch x := prim(l).(type) {
	case time.Time:
		switch y := prim(r).(type) {
		case time.Time:
			return x.Sub(y), nil
		case time.Duration:
			return x.Add(-y), nil
		}
		return nil, errOpNotDefined(l, "op_Subtraction")
	case time.Duration:
		if d, ok := prim(r).(time.Duration); ok {
			return x - d, nil
		}
	case string:
		if _, ok := parseNumeric(x); !ok {
			return nil, errOpNotDefined(l, "op_Subtraction")
		}
	}
	return arith(l, r, "op_Subtraction", subInt, func(a, b float64) float64 { return a - b })
}

// opMul implements *: string and array repetition, numeric product.
func opMul(l, r any, _ bool) (any, error) {
	if s, ok := prim(l).(string); ok {
		n, err := toInt32(r)
		if err != nil {
			return nil, err
		}
		count := max(n.(int), 0)
		if err := CheckString(product(len(s), count)); err != nil {
			return nil, err
		}
		return strings.Repeat(s, count), nil
	}
	if list, ok := asList(l); ok {
		n, err := toInt32(r)
		if err != nil {
			return nil, err
		}
		count := max(n.(int), 0)
		if err := CheckArray(product(len(list), count)); err != nil {
			return nil, err
		}
		out := make([]any, 0, len(list)*count)
		for range count {
			out = append(out, list...)
		}
		return out, nil
	}
	return arith(l, r, "op_Multiply", mulInt, func(a, b float64) float64 { return a * b })
}

// opDiv implements /: exact integer division stays int, otherwise double;
// division by zero is an error.
func opDiv(l, r any, _ bool) (any, error) {
	if err := checkArith(l, "op_Division"); err != nil {
		return nil, err
	}
	a, b, err := numericOperands(l, r, "op_Division")
	if err != nil {
		return nil, err
	}
	if d, ok, err := decimalArith(a, b, decDiv); ok {
		return d, err
	}
	if toFloat(b) == 0 {
		return nil, errDivideByZero()
	}
	ai, aok := a.(int)
	bi, bok := b.(int)
	if aok && bok && ai%bi == 0 && !(ai == math.MinInt64 && bi == -1) {
		return ai / bi, nil
	}
	return toFloat(a) / toFloat(b), nil
}

// opMod implements %.
func opMod(l, r any, _ bool) (any, error) {
	if err := checkArith(l, "op_Modulus"); err != nil {
		return nil, err
	}
	a, b, err := numericOperands(l, r, "op_Modulus")
	if err != nil {
		return nil, err
	}
	if d, ok, err := decimalArith(a, b, decMod); ok {
		return d, err
	}
	if toFloat(b) == 0 {
		return nil, errDivideByZero()
	}
	ai, aok := a.(int)
	bi, bok := b.(int)
	if aok && bok {
		if bi == -1 {
			return 0, nil
		}
		return ai % bi, nil
	}
	return math.Mod(toFloat(a), toFloat(b)), nil
}

// checkArith rejects left operands that have no numeric form.
func checkArith(l any, op string) error {
	if s, ok := prim(l).(string); ok {
		if _, isNum := parseNumeric(s); !isNum {
			return errOpNotDefined(l, op)
		}
	}
	if IsEnumerable(l) {
		return errOpNotDefined(l, op)
	}
	return nil
}
