package tnef_test

import (
	"time"

	"github.com/exsh/exsh/tnef"
)

// sliceOf turns generated values into the slice type of a multi-valued
// property.
func sliceOf(t tnef.Type, vals []any) any {
	switch t {
	case tnef.TypeI2:
		return conv[int16](vals)
	case tnef.TypeLong:
		return conv[int32](vals)
	case tnef.TypeR4:
		return conv[float32](vals)
	case tnef.TypeDouble, tnef.TypeAppTime:
		return conv[float64](vals)
	case tnef.TypeCurrency, tnef.TypeI8:
		return conv[int64](vals)
	case tnef.TypeError:
		return conv[uint32](vals)
	case tnef.TypeBoolean:
		return conv[bool](vals)
	case tnef.TypeString8, tnef.TypeUnicode:
		return conv[string](vals)
	case tnef.TypeSysTime:
		return conv[time.Time](vals)
	case tnef.TypeCLSID:
		return conv[tnef.GUID](vals)
	}
	return conv[[]byte](vals)
}

func conv[T any](vals []any) []T {
	out := make([]T, len(vals))
	for i, v := range vals {
		out[i] = v.(T)
	}
	return out
}
