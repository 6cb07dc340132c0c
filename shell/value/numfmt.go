package value

import (
	"fmt"
	"strconv"
	"strings"
)

// FormatNumber formats an int or float64 with a .NET numeric format
// string in the en-US culture: standard formats C D E F G N P R X (with
// an optional precision) and custom patterns made of 0 # . , % and
// literals, with ;-separated sections. Rounding is half away from zero
// on the 15 significant digits .NET Framework uses for doubles.
func FormatNumber(n any, format string) (string, error) {
	if len(format) >= 1 && len(format) <= 3 && isLetter(format[0]) {
		if p, err := strconv.Atoi(format[1:]); err == nil || len(format) == 1 {
			if len(format) == 1 {
				p = -1
			}
			return standardNumber(n, format[0], p)
		}
	}
	return customNumber(n, format), nil
}

// isLetter reports whether c is an ASCII letter.
func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// standardNumber applies a standard numeric format; prec < 0 means the
// format's default precision.
func standardNumber(n any, spec byte, prec int) (string, error) {
	def := func(d int) int {
		if prec < 0 {
			return d
		}
		return prec
	}
	neg := toFloat(n) < 0
	switch spec | 0x20 {
	case 'c':
		s := grouped(n, def(2))
		if neg {
			return "($" + s + ")", nil
		}
		return "$" + s, nil
	case 'd':
		return formatD(n, prec)
	case 'e':
		return formatE(toFloat(n), def(6), string(spec)), nil
	case 'f':
		return signed(neg, fixed(n, def(2))), nil
	case 'g':
		return formatG(n, prec, spec), nil
	case 'n':
		return signed(neg, grouped(n, def(2))), nil
	case 'p':
		return signed(neg, grouped(toFloat(n)*100, def(2))) + " %", nil
	case 'r':
		return FormatDouble(toFloat(n)), nil
	case 'x':
		return formatX(n, prec, spec)
	}
	return "", errFormat()
}

// signed prefixes "-" when the rounded text is not zero.
func signed(neg bool, s string) string {
	if neg && strings.Trim(s, "0.,") != "" {
		return "-" + s
	}
	return s
}

// roundDigits rounds |n| to frac decimals (half away from zero) and
// returns the integer and fraction digit strings.
func roundDigits(n any, frac int) (string, string) {
	if i, ok := n.(int); ok {
		u := strconv.FormatUint(uint64(absInt(i)), 10)
		return u, strings.Repeat("0", frac)
	}
	if d, ok := n.(Decimal); ok {
		return d.roundAway(frac)
	}
	f := toFloat(n)
	if f == 0 {
		return "0", strings.Repeat("0", frac)
	}
	digits, exp, _ := decimalDigits(f, 15)
	keep := exp + 1 + frac
	if keep < 0 {
		return "0", strings.Repeat("0", frac)
	}
	if keep < len(digits) {
		digits, exp = roundAt(digits, keep, exp)
	}
	full := placeDecimal(digits, exp)
	ip, fp, _ := strings.Cut(full, ".")
	fp += strings.Repeat("0", frac)
	return ip, fp[:frac]
}

// absInt returns |i| as a uint64-safe value.
func absInt(i int) uint64 {
	if i < 0 {
		return uint64(-(i + 1)) + 1
	}
	return uint64(i)
}

// roundAt keeps the first keep digits, rounding half away from zero.
func roundAt(digits string, keep, exp int) (string, int) {
	up := digits[keep] >= '5'
	b := []byte(digits[:keep])
	for i := len(b) - 1; up && i >= 0; i-- {
		if b[i] == '9' {
			b[i] = '0'
			continue
		}
		b[i]++
		up = false
	}
	if up {
		b = append([]byte{'1'}, b...)
		exp++
	}
	s := strings.TrimRight(string(b), "0")
	if s == "" {
		return "0", 0
	}
	return s, exp
}

// fixed formats |n| with frac decimals and no grouping.
func fixed(n any, frac int) string {
	ip, fp := roundDigits(n, frac)
	if frac == 0 {
		return ip
	}
	return ip + "." + fp
}

// grouped formats |n| with frac decimals and thousands separators.
func grouped(n any, frac int) string {
	ip, fp := roundDigits(n, frac)
	ip = group3(ip)
	if frac == 0 {
		return ip
	}
	return ip + "." + fp
}

// group3 inserts commas every three digits.
func group3(ip string) string {
	var b strings.Builder
	for i, c := range ip {
		if i > 0 && (len(ip)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// formatD is the D format: integers only, zero-padded to prec digits.
func formatD(n any, prec int) (string, error) {
	i, ok := n.(int)
	if !ok {
		return "", errFormat()
	}
	s := strconv.FormatUint(absInt(i), 10)
	if len(s) < prec {
		s = strings.Repeat("0", prec-len(s)) + s
	}
	if i < 0 {
		return "-" + s, nil
	}
	return s, nil
}

// formatX is the X format: hexadecimal of an integer (two's complement
// for negative values), zero-padded to prec digits.
func formatX(n any, prec int, spec byte) (string, error) {
	i, ok := n.(int)
	if !ok {
		return "", errFormat()
	}
	var s string
	if i < 0 && i >= -1<<31 {
		s = strconv.FormatUint(uint64(uint32(int32(i))), 16)
	} else {
		s = strconv.FormatUint(uint64(i), 16)
	}
	if spec == 'X' {
		s = strings.ToUpper(s)
	}
	if len(s) < prec {
		s = strings.Repeat("0", prec-len(s)) + s
	}
	return s, nil
}

// formatE is the E format: d.ddd…E+ddd.
func formatE(f float64, prec int, e string) string {
	s := strconv.FormatFloat(f, 'e', prec, 64)
	mant, exp, _ := strings.Cut(s, "e")
	sign := exp[0]
	return mant + e + string(sign) + fmt.Sprintf("%03s", exp[1:])
}

// formatG is the G format.
func formatG(n any, prec int, spec byte) string {
	e := "E"
	if spec == 'g' {
		e = "e"
	}
	if i, ok := n.(int); ok && (prec <= 0 || len(strconv.Itoa(i)) <= prec) {
		return strconv.Itoa(i)
	}
	if prec <= 0 {
		prec = 15
	}
	if toFloat(n) == 0 {
		return "0"
	}
	return formatGeneral(toFloat(n), prec, e)
}
