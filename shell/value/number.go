package value

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// multipliers are the numeric literal suffixes (powers of 1024).
var multipliers = []struct {
	suffix string
	factor int64
}{{"kb", 1 << 10}, {"mb", 1 << 20}, {"gb", 1 << 30}, {"tb", 1 << 40}, {"pb", 1 << 50}}

// ParseNumber parses a PowerShell numeric literal: decimal or 0x hex
// integers, reals (1.5, .5, 1e3), the type suffixes l (long) and d
// ([decimal]: 1.5d, 1dkb is 1024 as a Decimal), the multipliers kb mb
// gb tb pb in any case, and a leading sign. Integers are int; reals and
// integers beyond Int64 are float64; d literals are [Decimal]. A token that is not entirely a
// number returns false.
func ParseNumber(tok string) (any, bool) {
	s := strings.ToLower(tok)
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg, s = s[0] == '-', s[1:]
	}
	s, factor := cutMultiplier(s)
	s, suffix := cutTypeSuffix(s)
	if s == "" {
		return nil, false
	}
	n, ok := parseUnsigned(s, suffix)
	if !ok {
		return nil, false
	}
	if factor != 1 {
		n = multiply(n, int(factor))
	}
	if neg {
		n = negate(n)
	}
	return n, true
}

// cutMultiplier strips a kb..pb suffix.
func cutMultiplier(s string) (string, int64) {
	for _, m := range multipliers {
		if strings.HasSuffix(s, m.suffix) {
			return s[:len(s)-2], m.factor
		}
	}
	return s, 1
}

// cutTypeSuffix strips an l or d type suffix (not from hex digits).
func cutTypeSuffix(s string) (string, byte) {
	if s == "" {
		return s, 0
	}
	last := s[len(s)-1]
	if last == 'l' || (last == 'd' && !strings.HasPrefix(s, "0x")) {
		return s[:len(s)-1], last
	}
	return s, 0
}

// parseUnsigned parses the unsigned body of a literal.
func parseUnsigned(s string, suffix byte) (any, bool) {
	if strings.HasPrefix(s, "0x") {
		return parseHex(s[2:], suffix)
	}
	if suffix == 'd' {
		d, ok := parseDecimal(s)
		return d, ok
	}
	if isDigits(s) {
		if i, err := strconv.ParseInt(s, 10, 64); err == nil {
			return int(i), true
		}
		f, err := strconv.ParseFloat(s, 64)
		return f, err == nil && suffix != 'l'
	}
	if !isReal(s) || suffix == 'l' {
		return nil, false
	}
	f, err := strconv.ParseFloat(s, 64)
	return f, err == nil
}

// parseHex parses hex digits: up to 8 digits are an Int32 (0xFFFFFFFF is
// -1), longer ones an Int64.
func parseHex(s string, suffix byte) (any, bool) {
	if s == "" || len(s) > 16 {
		return nil, false
	}
	u, err := strconv.ParseUint(s, 16, 64)
	if err != nil {
		return nil, false
	}
	if u <= math.MaxUint32 && suffix != 'l' {
		return int(int32(uint32(u))), true
	}
	return int(int64(u)), true
}

// isDigits reports whether s is a non-empty run of ASCII digits.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// isReal reports whether s is digits[.digits][e[+-]digits] with at least
// one digit before the exponent.
func isReal(s string) bool {
	mant, exp, hasExp := strings.Cut(s, "e")
	if hasExp {
		if exp != "" && (exp[0] == '+' || exp[0] == '-') {
			exp = exp[1:]
		}
		if !isDigits(exp) {
			return false
		}
	}
	ip, fp, _ := strings.Cut(mant, ".")
	if ip == "" && fp == "" {
		return false
	}
	return (ip == "" || isDigits(ip)) && (fp == "" || isDigits(fp))
}

// multiply multiplies a parsed number by an integer factor, widening to
// float64 on Int64 overflow.
func multiply(n any, factor int) any {
	switch x := n.(type) {
	case int:
		return mulInt(x, factor)
	case Decimal:
		if d, err := decMul(x, DecimalFromInt(factor)); err == nil {
			return d
		}
		return x.Float() * float64(factor)
	}
	return n.(float64) * float64(factor)
}

// negate returns -n.
func negate(n any) any {
	switch x := n.(type) {
	case int:
		if x == math.MinInt64 {
			return -float64(x)
		}
		return -x
	case Decimal:
		return Decimal{coef: new(big.Int).Neg(x.c()), scale: x.scale}
	}
	return -n.(float64)
}

// addInt adds with widening to float64 on Int64 overflow.
func addInt(a, b int) any {
	s := a + b
	if (a >= 0) == (b >= 0) && (s >= 0) != (a >= 0) {
		return float64(a) + float64(b)
	}
	return s
}

// subInt subtracts with widening to float64 on Int64 overflow.
func subInt(a, b int) any {
	s := a - b
	if (a >= 0) != (b >= 0) && (s >= 0) != (a >= 0) {
		return float64(a) - float64(b)
	}
	return s
}

// mulInt multiplies with widening to float64 on Int64 overflow.
func mulInt(a, b int) any {
	p := new(big.Int).Mul(big.NewInt(int64(a)), big.NewInt(int64(b)))
	if p.IsInt64() {
		return int(p.Int64())
	}
	return float64(a) * float64(b)
}

// parseNumeric converts a string to a number as PowerShell's arithmetic
// and casts do: surrounding whitespace is ignored, "" is 0, and any
// numeric literal form of [ParseNumber] is accepted.
func parseNumeric(s string) (any, bool) {
	t := strings.TrimSpace(s)
	if t == "" {
		return 0, true
	}
	return ParseNumber(t)
}

// toNumber converts v to int or float64 for arithmetic: nil is 0, booleans
// are 0/1, chars their code point and strings are parsed.
func toNumber(v any) (any, bool) {
	switch x := prim(v).(type) {
	case nil:
		return 0, true
	case int, float64, Decimal:
		return x, true
	case bool:
		if x {
			return 1, true
		}
		return 0, true
	case Char:
		return int(x), true
	case string:
		return parseNumeric(x)
	}
	return nil, false
}

// isNumber reports whether v (after [prim]) is an int or float64.
func isNumber(v any) bool {
	switch prim(v).(type) {
	case int, float64, Decimal:
		return true
	}
	return false
}

// toFloat returns a numeric value as float64.
func toFloat(n any) float64 {
	switch x := n.(type) {
	case int:
		return float64(x)
	case Decimal:
		return x.Float()
	}
	f, _ := n.(float64)
	return f
}
