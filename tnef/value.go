package tnef

import "time"

// typedSlice turns the values of a multi-valued property into the slice type
// documented for its base type.
func typedSlice(t Type, vals []any) (any, error) {
	switch t {
	case TypeI2:
		return conv[int16](vals), nil
	case TypeLong:
		return conv[int32](vals), nil
	case TypeR4:
		return conv[float32](vals), nil
	case TypeDouble, TypeAppTime:
		return conv[float64](vals), nil
	case TypeCurrency, TypeI8:
		return conv[int64](vals), nil
	case TypeError:
		return conv[uint32](vals), nil
	case TypeBoolean:
		return conv[bool](vals), nil
	case TypeString8, TypeUnicode:
		return conv[string](vals), nil
	case TypeSysTime:
		return conv[time.Time](vals), nil
	case TypeCLSID:
		return conv[GUID](vals), nil
	case TypeBinary:
		return conv[[]byte](vals), nil
	}
	return conv[*Object](vals), nil
}

func conv[T any](vals []any) []T {
	out := make([]T, len(vals))
	for i, v := range vals {
		out[i], _ = v.(T)
	}
	return out
}

// items returns the elements of a multi-valued Go value, or false when v is
// not a slice of the type t documents.
func items(t Type, v any) ([]any, bool) {
	switch t {
	case TypeI2:
		return anys[int16](v)
	case TypeLong:
		return anys[int32](v)
	case TypeR4:
		return anys[float32](v)
	case TypeDouble, TypeAppTime:
		return anys[float64](v)
	case TypeCurrency, TypeI8:
		return anys[int64](v)
	case TypeError:
		return anys[uint32](v)
	case TypeBoolean:
		return anys[bool](v)
	case TypeString8, TypeUnicode:
		return anys[string](v)
	case TypeSysTime:
		return anys[time.Time](v)
	case TypeCLSID:
		return anys[GUID](v)
	case TypeBinary:
		return anys[[]byte](v)
	case TypeObject:
		return anys[*Object](v)
	}
	return nil, false
}

func anys[T any](v any) ([]any, bool) {
	s, ok := v.([]T)
	out := make([]any, len(s))
	for i, x := range s {
		out[i] = x
	}
	return out, ok
}

// scalarCheck reports, per base type, whether a value has the documented Go
// type.
var scalarCheck = map[Type]func(any) bool{
	TypeI2: is[int16], TypeLong: is[int32], TypeR4: is[float32], TypeDouble: is[float64],
	TypeCurrency: is[int64], TypeAppTime: is[float64], TypeError: is[uint32],
	TypeBoolean: is[bool], TypeObject: is[*Object], TypeI8: is[int64], TypeString8: is[string],
	TypeUnicode: is[string], TypeSysTime: is[time.Time], TypeCLSID: is[GUID], TypeBinary: is[[]byte],
}

func is[T any](v any) bool {
	_, ok := v.(T)
	return ok
}
