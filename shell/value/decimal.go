package value

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// Decimal is a [decimal] value (System.Decimal): an exact base-10
// number coef × 10^-scale with a coefficient below 2^96 in magnitude
// (28-29 significant digits) and a scale of 0 to 28. Like .NET it keeps
// trailing zeros (1.50d prints "1.50"). The zero value is 0.
type Decimal struct {
	coef  *big.Int // nil is 0
	scale int
}

const maxDecimalScale = 28

var (
	decimalLimit = new(big.Int).Lsh(big.NewInt(1), 96) // |coef| < 2^96
	bigTen       = big.NewInt(10)
)

// TypeName returns System.Decimal.
func (Decimal) TypeName() string { return "System.Decimal" }

// c returns the coefficient (never nil).
func (d Decimal) c() *big.Int {
	if d.coef == nil {
		return new(big.Int)
	}
	return d.coef
}

// String formats the decimal as .NET's ToString() does in the invariant
// culture: all digits of the scale, no exponent.
func (d Decimal) String() string {
	c := d.c()
	s := new(big.Int).Abs(c).String()
	if d.scale > 0 {
		if len(s) <= d.scale {
			s = strings.Repeat("0", d.scale-len(s)+1) + s
		}
		s = s[:len(s)-d.scale] + "." + s[len(s)-d.scale:]
	}
	if c.Sign() < 0 {
		s = "-" + s
	}
	return s
}

// IsZero reports whether d is 0.
func (d Decimal) IsZero() bool { return d.c().Sign() == 0 }

// pow10 returns 10^n.
func pow10(n int) *big.Int { return new(big.Int).Exp(bigTen, big.NewInt(int64(n)), nil) }

// DecimalFromInt converts an integer exactly.
func DecimalFromInt(i int) Decimal { return Decimal{coef: big.NewInt(int64(i))} }

// errDecimalOverflow is .NET's OverflowException for a value outside
// decimal's range; like other .NET exceptions escaping an operator
// (see errBadRegex) it is not wrapped in a RuntimeException.
func errDecimalOverflow() *Error {
	return newError("OverflowException", "OperationStopped", "System.OverflowException",
		"Value was either too large or too small for a Decimal.")
}

// fit brings an exact coef/scale into decimal's range: digits beyond
// scale 28 or beyond 96 bits are rounded off, half to even, as .NET's
// decimal arithmetic does. A value too large at scale 0 overflows.
func fit(c *big.Int, scale int) (Decimal, error) {
	for scale > 0 && (scale > maxDecimalScale || new(big.Int).Abs(c).Cmp(decimalLimit) >= 0) {
		k := 1
		if scale > maxDecimalScale {
			k = scale - maxDecimalScale
		}
		c = divRound(c, pow10(k), false)
		scale -= k
	}
	if new(big.Int).Abs(c).Cmp(decimalLimit) >= 0 {
		return Decimal{}, errDecimalOverflow()
	}
	return Decimal{coef: c, scale: scale}, nil
}

// divRound returns n/d rounded to the nearest integer: ties to even, or
// away from zero when away is set.
func divRound(n, d *big.Int, away bool) *big.Int {
	q, r := new(big.Int).QuoRem(n, d, new(big.Int))
	if r.Sign() == 0 {
		return q
	}
	twice := new(big.Int).Abs(r)
	twice.Lsh(twice, 1)
	c := twice.Cmp(new(big.Int).Abs(d))
	if c > 0 || c == 0 && (away || q.Bit(0) == 1) {
		if (n.Sign() < 0) != (d.Sign() < 0) {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	return q
}

// alignDec returns both coefficients at the larger scale.
func alignDec(a, b Decimal) (*big.Int, *big.Int, int) {
	ca, cb := a.c(), b.c()
	switch {
	case a.scale < b.scale:
		ca = new(big.Int).Mul(ca, pow10(b.scale-a.scale))
		return ca, cb, b.scale
	case b.scale < a.scale:
		cb = new(big.Int).Mul(cb, pow10(a.scale-b.scale))
	}
	return ca, cb, a.scale
}

// decAdd returns a + b.
func decAdd(a, b Decimal) (Decimal, error) {
	ca, cb, s := alignDec(a, b)
	return fit(new(big.Int).Add(ca, cb), s)
}

// decSub returns a - b.
func decSub(a, b Decimal) (Decimal, error) {
	ca, cb, s := alignDec(a, b)
	return fit(new(big.Int).Sub(ca, cb), s)
}

// decMul returns a × b.
func decMul(a, b Decimal) (Decimal, error) {
	return fit(new(big.Int).Mul(a.c(), b.c()), a.scale+b.scale)
}

// decDiv returns a / b as .NET does: the exact quotient at the smallest
// scale (not below a.scale-b.scale) when it has one within decimal's
// precision, else the quotient rounded (half to even) at the largest
// scale that fits.
func decDiv(a, b Decimal) (Decimal, error) {
	if b.IsZero() {
		return Decimal{}, errDivideByZero()
	}
	s := max(a.scale-b.scale, 0)
	var best *big.Int
	bestScale := -1
	for ; s <= maxDecimalScale; s++ {
		// a/b at scale s: a.c × 10^(s + b.scale - a.scale) / b.c.
		n := new(big.Int).Mul(a.c(), pow10(s+b.scale-a.scale))
		q, r := new(big.Int).QuoRem(n, b.c(), new(big.Int))
		if new(big.Int).Abs(q).Cmp(decimalLimit) >= 0 {
			break
		}
		if r.Sign() == 0 {
			return Decimal{coef: q, scale: s}, nil
		}
		best, bestScale = divRound(n, b.c(), false), s
	}
	if best == nil {
		return Decimal{}, errDecimalOverflow()
	}
	return fit(best, bestScale)
}

// decMod returns the remainder of a / b with a's sign.
func decMod(a, b Decimal) (Decimal, error) {
	if b.IsZero() {
		return Decimal{}, errDivideByZero()
	}
	ca, cb, s := alignDec(a, b)
	return fit(new(big.Int).Rem(ca, cb), s)
}

// decCmp orders a and b.
func decCmp(a, b Decimal) int {
	ca, cb, _ := alignDec(a, b)
	return ca.Cmp(cb)
}

// Float returns d as the nearest double.
func (d Decimal) Float() float64 {
	f, _ := strconv.ParseFloat(d.String(), 64)
	return f
}

// roundAway rounds d to frac decimals, half away from zero (as .NET's
// decimal formatting does), and returns the integer and fraction digits
// of |d|.
func (d Decimal) roundAway(frac int) (string, string) {
	c := d.c()
	if d.scale > frac {
		c = divRound(c, pow10(d.scale-frac), true)
	} else {
		c = new(big.Int).Mul(c, pow10(frac-d.scale))
	}
	s := new(big.Int).Abs(c).String()
	if len(s) <= frac {
		s = strings.Repeat("0", frac-len(s)+1) + s
	}
	return s[:len(s)-frac], s[len(s)-frac:]
}

// Round rounds d to digits decimals, half to even, as
// [math]::Round(decimal, digits) does; a value with fewer decimals is
// returned as it is.
func (d Decimal) Round(digits int) Decimal {
	if d.scale <= digits {
		return d
	}
	return Decimal{coef: divRound(d.c(), pow10(d.scale-digits), false), scale: digits}
}

// roundInt returns d rounded half to even to an integer, and whether it
// fits an Int64.
func (d Decimal) roundInt() (*big.Int, bool) {
	c := divRound(d.c(), pow10(d.scale), false)
	return c, c.IsInt64()
}

// decimalFromFloat converts a double as .NET's (decimal) cast does: the
// double rounded to 15 significant digits, trailing zeros dropped.
func decimalFromFloat(f float64) (Decimal, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) || math.Abs(f) >= 79228162514264337593543950335.0 {
		return Decimal{}, errDecimalOverflow()
	}
	d, ok := parseDecimal(strconv.FormatFloat(f, 'e', 14, 64))
	if !ok {
		return Decimal{}, errDecimalOverflow()
	}
	return d.trim(), nil
}

// trim drops trailing fractional zeros.
func (d Decimal) trim() Decimal {
	c, s := d.c(), d.scale
	r := new(big.Int)
	for s > 0 {
		q, m := new(big.Int).QuoRem(c, bigTen, r)
		if m.Sign() != 0 {
			break
		}
		c, s = q, s-1
	}
	return Decimal{coef: c, scale: s}
}

// parseDecimal parses [sign]digits[.digits][e[sign]digits] exactly,
// keeping the written scale; digits beyond decimal's precision are
// rounded.
func parseDecimal(s string) (Decimal, bool) {
	s = strings.TrimSpace(s)
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg, s = s[0] == '-', s[1:]
	}
	if !isReal(strings.ToLower(s)) {
		return Decimal{}, false
	}
	mant, exp, _ := strings.Cut(strings.ToLower(s), "e")
	ip, fp, _ := strings.Cut(mant, ".")
	c, ok := new(big.Int).SetString("0"+ip+fp, 10)
	if !ok {
		return Decimal{}, false
	}
	scale := len(fp)
	if exp != "" {
		e, err := strconv.Atoi(exp)
		if err != nil || e > 100 || e < -100 {
			return Decimal{}, false
		}
		scale -= e
	}
	if scale < 0 {
		c.Mul(c, pow10(-scale))
		scale = 0
	}
	if neg {
		c.Neg(c)
	}
	d, err := fit(c, scale)
	return d, err == nil
}

// toDecimalValue converts a number (int, float64 or Decimal) to Decimal.
func toDecimalValue(n any) (Decimal, error) {
	switch x := n.(type) {
	case Decimal:
		return x, nil
	case int:
		return DecimalFromInt(x), nil
	case float64:
		return decimalFromFloat(x)
	}
	return Decimal{}, nil
}

// decimalArith applies a decimal operator when either operand is a
// Decimal (the other converted to decimal, as PowerShell's arithmetic
// does for int and double alike); ok is false otherwise.
func decimalArith(a, b any, f func(x, y Decimal) (Decimal, error)) (any, bool, error) {
	_, da := a.(Decimal)
	_, db := b.(Decimal)
	if !da && !db {
		return nil, false, nil
	}
	x, err := toDecimalValue(a)
	if err != nil {
		return nil, true, err
	}
	y, err := toDecimalValue(b)
	if err != nil {
		return nil, true, err
	}
	r, err := f(x, y)
	if err != nil {
		return nil, true, err
	}
	return r, true, nil
}

// toDecimal converts to [decimal]: numbers, numeric strings (invariant
// culture) and the other values arithmetic accepts.
func toDecimal(v any) (any, error) {
	if s, ok := prim(v).(string); ok {
		t := strings.TrimSpace(s)
		if d, ok := parseDecimal(t); ok {
			return d, nil
		}
		if t == "" {
			return nil, castError(s, "System.Decimal", "InvalidCastFromStringToDecimal", badFormat)
		}
	}
	n, ok := toNumber(v)
	if !ok {
		if s, isStr := prim(v).(string); isStr {
			return nil, castError(s, "System.Decimal", "InvalidCastFromStringToDecimal", badFormat)
		}
		return nil, invalidCast(v, "System.Decimal")
	}
	d, err := toDecimalValue(n)
	if err != nil {
		return nil, castError(v, "System.Decimal", "InvalidCastIConvertible", "Value was either too large or too small for a Decimal.")
	}
	return d, nil
}

// DecimalMax and DecimalMin are [decimal]::MaxValue and MinValue.
var (
	DecimalMax = Decimal{coef: new(big.Int).Sub(decimalLimit, big.NewInt(1))}
	DecimalMin = Decimal{coef: new(big.Int).Neg(new(big.Int).Sub(decimalLimit, big.NewInt(1)))}
)
