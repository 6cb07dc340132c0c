package value

import (
	"fmt"
	"reflect"
	"strings"
	"time"
	"unicode"
)

// Equal reports whether a -eq b with PowerShell semantics: b is converted
// to a's type (1 -eq '1.0' is true, '1.0' -eq 1 is false), strings
// compare case-insensitively, and a failed conversion is simply false.
func Equal(a, b any) bool { return equal(a, b, false) }

// EqualCase is [Equal] with case-sensitive string comparison (-ceq).
func EqualCase(a, b any) bool { return equal(a, b, true) }

// equal is the shared implementation of [Equal] and [EqualCase].
func equal(a, b any, cs bool) bool {
	pa, pb := prim(a), prim(b)
	if pa == nil || pb == nil {
		return pa == nil && pb == nil
	}
	switch x := pa.(type) {
	case string:
		return strEqual(x, ToString(b), cs)
	case int, float64, Decimal:
		n, ok := toNumber(pb)
		return ok && numCompare(x, n) == 0
	case bool:
		return x == Truthy(pb)
	case Char:
		c, err := toChar(pb)
		return err == nil && strEqual(x.String(), c.(Char).String(), cs)
	case time.Time:
		t, err := toDateTime(pb)
		return err == nil && x.Equal(t.(time.Time))
	case time.Duration:
		d, err := toTimeSpan(pb)
		return err == nil && x == d
	}
	return objectEqual(a, b, cs)
}

// objectEqual compares other values: a Stringer equals a string with the
// same text; otherwise comparable values by ==, references by identity.
func objectEqual(a, b any, cs bool) bool {
	if s, ok := prim(b).(string); ok {
		if _, isStringer := a.(fmt.Stringer); isStringer {
			return strEqual(ToString(a), s, cs)
		}
		return false
	}
	ta, tb := reflect.TypeOf(a), reflect.TypeOf(b)
	if ta != tb {
		return false
	}
	if ta.Comparable() {
		return a == b
	}
	return reflect.ValueOf(a).Pointer() == reflect.ValueOf(b).Pointer()
}

// strEqual compares strings, case-insensitively unless cs.
func strEqual(a, b string, cs bool) bool {
	if cs {
		return a == b
	}
	return strings.EqualFold(a, b)
}

// numCompare compares two numbers (int or float64).
func numCompare(a, b any) int {
	ai, aok := a.(int)
	bi, bok := b.(int)
	if aok && bok {
		return cmp3(ai < bi, ai > bi)
	}
	_, da := a.(Decimal)
	_, db := b.(Decimal)
	if da || db {
		x, errA := toDecimalValue(a)
		y, errB := toDecimalValue(b)
		if errA == nil && errB == nil {
			return decCmp(x, y)
		}
	}
	fa, fb := toFloat(a), toFloat(b)
	return cmp3(fa < fb, fa > fb)
}

// cmp3 turns less/greater flags into -1/0/1.
func cmp3(less, greater bool) int {
	switch {
	case less:
		return -1
	case greater:
		return 1
	}
	return 0
}

// Compare orders a and b as PowerShell's -lt/-gt and Sort-Object do: b is
// converted to a's type; strings compare case-insensitively; $null sorts
// before everything. A failed conversion or an incomparable value is an
// error.
func Compare(a, b any) (int, error) { return compare(a, b, false) }

// CompareCase is [Compare] with case-sensitive strings (-cgt, -clt ...).
func CompareCase(a, b any) (int, error) { return compare(a, b, true) }

// compare is the shared implementation of [Compare] and [CompareCase].
func compare(a, b any, cs bool) (int, error) {
	pa, pb := prim(a), prim(b)
	if pa == nil || pb == nil {
		return cmp3(pa == nil && pb != nil, pa != nil && pb == nil), nil
	}
	switch x := pa.(type) {
	case string:
		return strCompare(x, ToString(b), cs), nil
	case int, float64, Decimal:
		n, ok := toNumber(pb)
		if !ok {
			_, err := Convert(pb, TypeName(x))
			return 0, compareError(a, b, err)
		}
		return numCompare(x, n), nil
	case bool:
		y := Truthy(pb)
		return cmp3(!x && y, x && !y), nil
	case Char:
		c, err := toChar(pb)
		if err != nil {
			return 0, compareError(a, b, err)
		}
		return strCompare(x.String(), c.(Char).String(), cs), nil
	}
	return compareOther(a, b, pa, pb, cs)
}

// compareOther handles DateTime, TimeSpan and Stringers.
func compareOther(a, b, pa, pb any, cs bool) (int, error) {
	switch x := pa.(type) {
	case time.Time:
		t, err := toDateTime(pb)
		if err != nil {
			return 0, compareError(a, b, err)
		}
		return x.Compare(t.(time.Time)), nil
	case time.Duration:
		d, err := toTimeSpan(pb)
		if err != nil {
			return 0, compareError(a, b, err)
		}
		return cmp3(x < d.(time.Duration), x > d.(time.Duration)), nil
	case fmt.Stringer:
		return strCompare(x.String(), ToString(b), cs), nil
	}
	return 0, newError("RuntimeException", "InvalidOperation", "NotIcomparable",
		"Cannot compare \"%s\" because it is not IComparable.", ToString(a))
}

// compareError wraps a conversion failure during a comparison.
func compareError(a, b any, err error) *Error {
	return newError("RuntimeException", "InvalidOperation", "ComparisonFailure",
		"Could not compare \"%s\" to \"%s\". Error: \"%s\"", ToString(a), ToString(b), err.Error())
}

// strCompare compares strings like the invariant culture: letters by
// their lower-case form first (so "apple" < "Banana"), then lower case
// before upper case as a tie-breaker when case-sensitive.
func strCompare(a, b string, cs bool) int {
	la, lb := strings.ToLower(a), strings.ToLower(b)
	if c := strings.Compare(la, lb); c != 0 || !cs {
		return c
	}
	ra, rb := []rune(a), []rune(b)
	for i := range ra {
		if ra[i] != rb[i] {
			return cmp3(unicode.IsLower(ra[i]), unicode.IsUpper(ra[i]))
		}
	}
	return 0
}
