package model

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
)

// valueRange is a compiled range=A..B constraint (see constraints.go).
type valueRange struct {
	lo, hi    *int64
	unit      rangeUnit
	unlimited bool // the property is an Unlimited: Unlimited passes
}

// rangeUnit is how a range's bounds are written and shown.
type rangeUnit int

const (
	countUnit rangeUnit = iota // an integer
	sizeUnit                   // a ByteQuantifiedSize, shown in bytes
	spanUnit                   // an EnhancedTimeSpan
)

// unlimitedValue is implemented by every [Unlimited].
type unlimitedValue interface {
	boxed() (any, bool)
	elemType() reflect.Type
}

// compileRange parses "A..B" for a field of type t: an integer kind, a
// [ByteQuantifiedSize], an [EnhancedTimeSpan], an [Unlimited] of one of
// them, or a pointer to one of these.
func compileRange(t reflect.Type, spec string) (*valueRange, error) {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	r := &valueRange{}
	if u, ok := reflect.Zero(t).Interface().(unlimitedValue); ok {
		r.unlimited, t = true, u.elemType()
	}
	switch {
	case t == reflect.TypeFor[ByteQuantifiedSize]():
		r.unit = sizeUnit
	case t == reflect.TypeFor[EnhancedTimeSpan]():
		r.unit = spanUnit
	case !reflect.Zero(t).CanInt() && !reflect.Zero(t).CanUint():
		return nil, fmt.Errorf("a range needs a number, size or time span, not %v", t)
	}
	lo, hi, ok := strings.Cut(spec, "..")
	if !ok {
		return nil, fmt.Errorf("range %q is not A..B", spec)
	}
	var err error
	if r.lo, err = r.bound(lo); err == nil {
		r.hi, err = r.bound(hi)
	}
	if err == nil && r.lo == nil && r.hi == nil {
		err = fmt.Errorf("range %q has no bound", spec)
	}
	return r, err
}

// bound parses one end of a range; empty is no bound.
func (r *valueRange) bound(s string) (*int64, error) {
	if s == "" {
		return nil, nil
	}
	var n int64
	var err error
	switch r.unit {
	case sizeUnit:
		var b ByteQuantifiedSize
		b, err = ParseByteQuantifiedSize(s)
		n = int64(b)
	case spanUnit:
		var d EnhancedTimeSpan
		d, err = ParseEnhancedTimeSpan(s)
		n = int64(d)
	default:
		n, err = strconv.ParseInt(s, 10, 64)
	}
	return &n, err
}

// check checks the value v of property prop (v is not a pointer).
func (r *valueRange) check(prop string, v reflect.Value) error {
	n, limited := rangeValue(v)
	if limited && (r.lo != nil && n < *r.lo || r.hi != nil && n > *r.hi) {
		return invalid(prop, fmt.Sprint(v.Interface()), r.valid())
	}
	return nil
}

// rangeValue returns the number v holds, and false for an [Unlimited]
// that is unlimited. Validate runs for every object a Set- changes, so
// a valid value is read without boxing it.
func rangeValue(v reflect.Value) (int64, bool) {
	if v.Kind() == reflect.Struct {
		var u unlimitedValue
		if v.CanAddr() {
			u, _ = v.Addr().Interface().(unlimitedValue)
		} else {
			u, _ = v.Interface().(unlimitedValue)
		}
		if u != nil {
			inner, limited := u.boxed()
			if !limited {
				return 0, false
			}
			v = reflect.ValueOf(inner)
		}
	}
	return toInt64(v), true
}

// toInt64 returns an integer kind's value; unsigned values beyond
// MaxInt64 saturate.
func toInt64(v reflect.Value) int64 {
	if v.CanInt() {
		return v.Int()
	}
	return int64(min(v.Uint(), math.MaxInt64))
}

// valid describes the range: "0 to 2147483647 bytes or unlimited".
func (r *valueRange) valid() string {
	var s string
	switch {
	case r.lo != nil && r.hi != nil:
		s = r.format(*r.lo) + " to " + r.format(*r.hi)
	case r.lo != nil:
		s = "at least " + r.format(*r.lo)
	default:
		s = "at most " + r.format(*r.hi)
	}
	if r.unit == sizeUnit {
		s += " bytes"
	}
	if r.unlimited {
		s += " or unlimited"
	}
	return s
}

// format writes a bound as the property's values are written.
func (r *valueRange) format(n int64) string {
	if r.unit == spanUnit {
		return EnhancedTimeSpan(n).String()
	}
	return strconv.FormatInt(n, 10)
}
