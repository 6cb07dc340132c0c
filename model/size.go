package model

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
)

// Setter is implemented by pointers to the value types of this package
// ([ByteQuantifiedSize], [Unlimited], [EnhancedTimeSpan], [ProxyAddress],
// [SmtpAddress], [AddressSpace]) and to every enumeration. The binder
// uses it to convert an argument string; errors wrap [ErrInvalid].
type Setter interface {
	Set(s string) error
}

// ByteQuantifiedSize is a size in bytes. It prints the way Exchange does:
// "35 MB (36,700,160 bytes)".
type ByteQuantifiedSize uint64

// Size units, in bytes.
const (
	KB ByteQuantifiedSize = 1 << (10 * (iota + 1))
	MB
	GB
	TB
)

var sizeUnits = []struct {
	name string
	mult ByteQuantifiedSize
}{{"TB", TB}, {"GB", GB}, {"MB", MB}, {"KB", KB}, {"B", 1}}

// String formats s as "<n> <unit> (<bytes> bytes)", n with at most three
// decimals and the largest unit not above s.
func (s ByteQuantifiedSize) String() string {
	unit := sizeUnits[len(sizeUnits)-1]
	for _, u := range sizeUnits {
		if s >= u.mult {
			unit = u
			break
		}
	}
	n := strconv.FormatFloat(float64(s)/float64(unit.mult), 'f', 3, 64)
	n = strings.TrimRight(strings.TrimRight(n, "0"), ".")
	return fmt.Sprintf("%s %s (%s bytes)", n, unit.name, groupDigits(uint64(s)))
}

// groupDigits formats n with comma thousands separators.
func groupDigits(n uint64) string {
	s := strconv.FormatUint(n, 10)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// Set implements [Setter].
func (s *ByteQuantifiedSize) Set(str string) error {
	v, err := ParseByteQuantifiedSize(str)
	if err == nil {
		*s = v
	}
	return err
}

// ParseByteQuantifiedSize parses "1024", "10MB", "10 mb", "1.5GB" or the
// display form "35 MB (36,700,160 bytes)". Units are B, KB, MB, GB and TB
// (binary multiples); no unit means bytes.
func ParseByteQuantifiedSize(str string) (ByteQuantifiedSize, error) {
	t := strings.ToUpper(strings.TrimSpace(str))
	if i := strings.Index(t, "("); i >= 0 && strings.HasSuffix(t, "BYTES)") {
		t = strings.ReplaceAll(strings.TrimSpace(t[i+1:len(t)-6]), ",", "")
	}
	mult := ByteQuantifiedSize(1)
	for _, u := range sizeUnits {
		if strings.HasSuffix(t, u.name) {
			mult, t = u.mult, strings.TrimSpace(strings.TrimSuffix(t, u.name))
			break
		}
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil || f < 0 || math.IsInf(f, 0) || f*float64(mult) >= math.MaxUint64 {
		return 0, invalid("size", str, "a number with an optional unit B, KB, MB, GB or TB (for example 10MB)")
	}
	return ByteQuantifiedSize(math.Round(f * float64(mult))), nil
}

// Unlimited is a value of type T or "Unlimited". The zero value is
// Unlimited. It prints "Unlimited" or the value's own form, and marshals
// to JSON as the string "Unlimited" or the value.
type Unlimited[T comparable] struct {
	value   T
	limited bool
}

// UnlimitedSize is an [Unlimited] size (MaxSendSize, ProhibitSendQuota…).
type UnlimitedSize = Unlimited[ByteQuantifiedSize]

// UnlimitedInt is an [Unlimited] count (LineWrapSize,
// MaxRecipientEnvelopeLimit…).
type UnlimitedInt = Unlimited[int32]

// UnlimitedUInt is an [Unlimited] unsigned count: Unlimited<UInt32>, the
// type of every -ResultSize. A negative or too large value is a
// conversion error, as in EMS.
type UnlimitedUInt = Unlimited[uint32]

// Limited returns an [Unlimited] holding v.
func Limited[T comparable](v T) Unlimited[T] { return Unlimited[T]{value: v, limited: true} }

// IsUnlimited reports whether u is Unlimited.
func (u Unlimited[T]) IsUnlimited() bool { return !u.limited }

// Value returns the value and true, or the zero T and false when u is
// Unlimited.
func (u Unlimited[T]) Value() (T, bool) { return u.value, u.limited }

// boxed returns the value as an any and true, or nil and false when u
// is Unlimited; property constraints read it (see constraints.go).
func (u Unlimited[T]) boxed() (any, bool) {
	if !u.limited {
		return nil, false
	}
	return u.value, true
}

// elemType returns T.
func (u Unlimited[T]) elemType() reflect.Type { return reflect.TypeFor[T]() }

// Equal reports whether u and o are both Unlimited or hold equal values.
func (u Unlimited[T]) Equal(o Unlimited[T]) bool { return u == o }

// String returns "Unlimited" or the value formatted with %v.
func (u Unlimited[T]) String() string {
	if !u.limited {
		return "Unlimited"
	}
	return fmt.Sprint(u.value)
}

// Set implements [Setter]: "unlimited" (any case) or a value parsed by
// T's own Set method (integers are parsed as decimal).
func (u *Unlimited[T]) Set(s string) error {
	if strings.EqualFold(strings.TrimSpace(s), "unlimited") {
		*u = Unlimited[T]{}
		return nil
	}
	var v T
	if err := setValue(&v, s); err != nil {
		return err
	}
	*u = Limited(v)
	return nil
}

// setValue parses s into *p for the value types Unlimited can hold.
func setValue(p any, s string) error {
	switch q := p.(type) {
	case Setter:
		return q.Set(s)
	case *int32:
		n, err := parseInteger(s, 32, true)
		*q = int32(n)
		return err
	case *uint32:
		n, err := parseInteger(s, 32, false)
		*q = uint32(n)
		return err
	}
	return invalid("value", s, "")
}

// parseInteger parses a decimal integer of the given size as .NET's
// Int32.Parse or UInt32.Parse does (surrounding spaces and one sign
// allowed; "-0" is 0 even unsigned), with .NET's messages: "Input
// string was not in a correct format." and "Value was either too large
// or too small for a UInt32."
func parseInteger(s string, bits int, signed bool) (int64, error) {
	t := strings.TrimSpace(s)
	name := fmt.Sprintf("an Int%d", bits)
	var n int64
	var err error
	if signed {
		n, err = strconv.ParseInt(t, 10, bits)
	} else {
		name = fmt.Sprintf("a UInt%d", bits)
		n, err = parseUnsigned(t, bits)
	}
	switch {
	case errors.Is(err, strconv.ErrRange):
		return 0, &ValueError{What: name, Actual: s, Message: "Value was either too large or too small for " + name + "."}
	case err != nil:
		return 0, &ValueError{What: name, Actual: s, Message: "Input string was not in a correct format."}
	}
	return n, nil
}

// parseUnsigned parses [+|-]digits; a negative value other than zero is
// out of range.
func parseUnsigned(t string, bits int) (int64, error) {
	digits, neg := t, false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		digits, neg = t[1:], t[0] == '-'
	}
	u, err := strconv.ParseUint(digits, 10, bits)
	if err == nil && neg && u != 0 {
		err = strconv.ErrRange
	}
	return int64(u), err
}

// ParseUnlimitedSize parses "unlimited" or a [ByteQuantifiedSize].
func ParseUnlimitedSize(s string) (UnlimitedSize, error) {
	var u UnlimitedSize
	return u, u.Set(s)
}

// ParseUnlimitedInt parses "unlimited" or a 32-bit integer.
func ParseUnlimitedInt(s string) (UnlimitedInt, error) {
	var u UnlimitedInt
	return u, u.Set(s)
}

// MarshalJSON implements json.Marshaler.
func (u Unlimited[T]) MarshalJSON() ([]byte, error) {
	if !u.limited {
		return []byte(`"Unlimited"`), nil
	}
	return json.Marshal(u.value)
}

// UnmarshalJSON implements json.Unmarshaler.
func (u *Unlimited[T]) UnmarshalJSON(b []byte) error {
	if string(b) == `"Unlimited"` || string(b) == "null" {
		*u = Unlimited[T]{}
		return nil
	}
	var v T
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*u = Limited(v)
	return nil
}
