package format

import (
	"reflect"
	"strings"

	"github.com/exsh/exsh/shell/value"
)

// Options are the console settings formatting depends on.
type Options struct {
	// Width is the console width; the shell passes 120 when stdout is not
	// a terminal. Zero means 120.
	Width int
	// EnumerationLimit is $FormatEnumerationLimit: how many elements of a
	// collection a cell shows. Zero means 4; a negative value shows all.
	EnumerationLimit int
}

// width returns the usable line width (Width-1).
func (o Options) width() int {
	if o.Width <= 0 {
		return 119
	}
	return o.Width - 1
}

// limit returns the effective enumeration limit.
func (o Options) limit() int {
	if o.EnumerationLimit == 0 {
		return 4
	}
	return o.EnumerationLimit
}

// Cell returns the display form of one property value: "" for $null,
// True/False, numbers and dates as PowerShell prints them, collections
// as "{a, b, c}" or "{a, b, c, d...}" beyond the enumeration limit ("{}"
// when empty), a hashtable as the list of its keys, pointers
// dereferenced and other values by their string form.
func Cell(v any, opts Options) string {
	v = deref(v)
	if h, ok := v.(*value.Hashtable); ok {
		return collection(h.Keys(), opts)
	}
	if value.IsEnumerable(v) {
		return collection(value.Enumerate(v), opts)
	}
	return value.ToString(v)
}

// deref follows pointers to non-struct values (nil → nil).
func deref(v any) any {
	rv := reflect.ValueOf(v)
	for rv.IsValid() && rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return nil
		}
		if rv.Elem().Kind() == reflect.Struct {
			return v
		}
		rv = rv.Elem()
		v = rv.Interface()
	}
	return v
}

// collection renders "{a, b...}".
func collection(items []any, opts Options) string {
	limit := opts.limit()
	parts := make([]string, 0, len(items))
	for i, e := range items {
		if limit >= 0 && i == limit {
			return "{" + strings.Join(parts, ", ") + "...}"
		}
		parts = append(parts, elemCell(e))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// elemCell is the display form of a collection element.
func elemCell(v any) string {
	v = deref(v)
	if value.IsEnumerable(v) {
		return value.TypeName(v)
	}
	return value.ToString(v)
}

// isScalarRight reports whether 5.1 right-aligns a column of a table
// made from properties whose first value is v: a scalar of its default
// list other than a string (a number, Boolean or Char).
func isScalarRight(v any) bool {
	switch deref(v).(type) {
	case value.Char, bool:
		return true
	}
	return isNumeric(v)
}

// isNumeric reports whether v is a number.
func isNumeric(v any) bool {
	v = deref(v)
	if v == nil {
		return false
	}
	if _, ok := v.(value.Decimal); ok {
		return true
	}
	rv := reflect.ValueOf(v)
	if rv.Type().PkgPath() != "" {
		return false
	}
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64:
		return true
	}
	return false
}

// runeLen is the display length of s.
func runeLen(s string) int { return len([]rune(s)) }

// truncate cuts s to w characters, ending in "..." when cut.
func truncate(s string, w int) string {
	r := []rune(s)
	if len(r) <= w {
		return s
	}
	if w <= 3 {
		return string(r[:max(w, 0)])
	}
	return string(r[:w-3]) + "..."
}

// firstLine returns s up to its first line break.
func firstLine(s string) string {
	if i := strings.IndexAny(s, "\r\n"); i >= 0 {
		return s[:i]
	}
	return s
}
