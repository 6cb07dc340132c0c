package value

// Array is a .NET array with a declared element type other than Object,
// as [string[]], [int[]] or [datetime[]] make: storing into an element
// converts the value to that type. Arrays of Object are plain []any.
type Array struct {
	elem  *castType
	items []any
}

// TypeName is the array's .NET name, its element type's followed by [].
func (a *Array) TypeName() string { return a.elem.full + "[]" }

// Items returns the elements, shared with the array.
func (a *Array) Items() []any { return a.items }

// Set stores v at index i (negative counts from the end), converted to
// the element type.
func (a *Array) Set(i int, v any) error {
	if i < 0 {
		i += len(a.items)
	}
	if i < 0 || i >= len(a.items) {
		return ErrIndexOutOfRange()
	}
	c, err := convertElem(a.elem, v)
	if err != nil {
		return err
	}
	a.items[i] = c
	return nil
}

// ErrIndexOutOfRange is .NET's error for an element past either end.
func ErrIndexOutOfRange() error {
	return &Error{Message: "Index was outside the bounds of the array.", FQID: "System.IndexOutOfRangeException",
		Category: "OperationStopped", Reason: "IndexOutOfRangeException"}
}

// convertElem converts one element to elem, as [Convert] does.
func convertElem(elem *castType, v any) (any, error) {
	out, err := elem.conv(v)
	if v == nil && err != nil && !nullRefused[elem.full] {
		return nil, nil
	}
	return out, err
}

// arrayType is the type literal T[] for a known element type T: its
// conversion converts each element, and -is holds for arrays of exactly
// that element type.
func arrayType(elem *castType) *castType {
	full := elem.full + "[]"
	return &castType{full: full, conv: func(v any) (any, error) {
		if v == nil {
			return nil, nil
		}
		in := Enumerate(v)
		out := make([]any, len(in))
		for i, e := range in {
			c, err := convertElem(elem, e)
			if err != nil {
				return nil, err
			}
			out[i] = c
		}
		return &Array{elem: elem, items: out}, nil
	}, is: isTypeName(full)}
}
