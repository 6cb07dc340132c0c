package value

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"time"
)

// ToString converts v to a string the way PowerShell does for string
// expansion and [string] casts: nil → "", True/False, doubles like .NET
// ("3.5", "1E+20"), collections joined with a single space ($OFS),
// hashtables as their type name, PSCustomObjects as "@{A=1; B=2}",
// DateTime as en-US "8/21/2026 3:04:05 PM", TimeSpan as "00:15:00",
// Exchange objects by their Identity (see identified), [fmt.Stringer]
// values by String, other structs by [TypeName].
func ToString(v any) string {
	if l, ok := asList(v); ok {
		parts := make([]string, len(l))
		for i, e := range l {
			parts[i] = elemString(e)
		}
		return strings.Join(parts, " ")
	}
	return scalarString(v)
}

// elemString converts a collection element: nested collections show their
// type name, like .NET's ToString.
func elemString(v any) string {
	if IsEnumerable(v) {
		return TypeName(v)
	}
	return scalarString(v)
}

// scalarString converts a non-collection value.
func scalarString(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case bool:
		if x {
			return "True"
		}
		return "False"
	case int:
		return strconv.Itoa(x)
	case float64:
		return FormatDouble(x)
	case *Hashtable:
		return TypeName(x)
	case time.Time:
		return dateString(x)
	case time.Duration:
		return FormatTimeSpan(x)
	case identified:
		return identityString(x)
	case fmt.Stringer:
		return x.String()
	case error:
		return x.Error()
	}
	return reflectString(v)
}

// reflectString converts named basic kinds by value and anything else to
// its type name.
func reflectString(v any) string {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.String:
		return rv.String()
	case reflect.Bool:
		return scalarString(rv.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(rv.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return strconv.FormatUint(rv.Uint(), 10)
	case reflect.Float32, reflect.Float64:
		return FormatDouble(rv.Float())
	case reflect.Pointer:
		if rv.IsNil() {
			return ""
		}
		if rv.Elem().Kind() != reflect.Struct {
			return scalarString(rv.Elem().Interface())
		}
	}
	return TypeName(v)
}

// FormatDouble formats f like .NET Framework's Double.ToString(): the
// general format with 15 significant digits, "E+XX" exponents from 1E+15
// and from 1E-05 down, "NaN", "Infinity", "-Infinity".
func FormatDouble(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	case f == 0:
		return "0"
	}
	return formatGeneral(f, 15, "E")
}

// formatGeneral is .NET's "G<prec>" for doubles; e is "E" or "e".
func formatGeneral(f float64, prec int, e string) string {
	digits, exp, neg := decimalDigits(f, prec)
	sign := ""
	if neg {
		sign = "-"
	}
	if exp >= prec || exp < -4 {
		mant := digits[:1]
		if len(digits) > 1 {
			mant += "." + digits[1:]
		}
		es := "+"
		if exp < 0 {
			es, exp = "-", -exp
		}
		return fmt.Sprintf("%s%s%s%s%02d", sign, mant, e, es, exp)
	}
	return sign + placeDecimal(digits, exp)
}

// decimalDigits rounds |f| to prec significant digits and returns them
// without trailing zeros, with the decimal exponent of the first digit.
func decimalDigits(f float64, prec int) (string, int, bool) {
	s := strconv.FormatFloat(math.Abs(f), 'e', prec-1, 64)
	mant, expS, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(expS)
	digits := strings.TrimRight(strings.Replace(mant, ".", "", 1), "0")
	if digits == "" {
		digits = "0"
	}
	return digits, exp, f < 0
}

// placeDecimal writes digits d.ddd×10^exp in fixed notation.
func placeDecimal(digits string, exp int) string {
	if exp < 0 {
		return "0." + strings.Repeat("0", -exp-1) + digits
	}
	if len(digits) <= exp+1 {
		return digits + strings.Repeat("0", exp+1-len(digits))
	}
	return digits[:exp+1] + "." + digits[exp+1:]
}

// FormatTimeSpan formats d like TimeSpan.ToString(): [-][d.]hh:mm:ss[.fffffff].
func FormatTimeSpan(d time.Duration) string {
	sign := ""
	if d < 0 {
		sign, d = "-", -d
	}
	ticks := int64(d / 100)
	days := ticks / (864000000000)
	rest := ticks % 864000000000
	h, m, s := rest/36000000000, rest/600000000%60, rest/10000000%60
	frac := rest % 10000000
	out := sign
	if days > 0 {
		out += strconv.FormatInt(days, 10) + "."
	}
	out += fmt.Sprintf("%02d:%02d:%02d", h, m, s)
	if frac > 0 {
		out += fmt.Sprintf(".%07d", frac)
	}
	return out
}

// Truthy reports PowerShell's boolean value of v (§3.1): $null, $false,
// zero, "" and empty collections are false; a one-element collection is
// as true as its element; everything else is true.
func Truthy(v any) bool {
	if l, ok := asList(v); ok {
		switch len(l) {
		case 0:
			return false
		case 1:
			return Truthy(l[0])
		}
		return true
	}
	switch x := prim(v).(type) {
	case nil:
		return false
	case bool:
		return x
	case int:
		return x != 0
	case float64:
		return x != 0
	case Decimal:
		return !x.IsZero()
	case string:
		return x != ""
	case Char:
		return x != 0
	}
	return true
}

// prim converts values of named basic kinds (string enumerations, named
// integers, a SwitchParameter) to the plain string, int, float64 or bool
// they hold; other values are returned unchanged.
func prim(v any) any {
	switch x := v.(type) {
	case nil, bool, int, float64, Decimal, string, Char, time.Time, time.Duration:
		return v
	case SwitchParameter:
		return x.IsPresent
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.String:
		return rv.String()
	case reflect.Bool:
		return rv.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return int(rv.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return int(rv.Uint())
	case reflect.Float32, reflect.Float64:
		return rv.Float()
	}
	return v
}
