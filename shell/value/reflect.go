package value

import (
	"reflect"
	"slices"
	"strings"
	"sync"
	"time"
)

// field is one exported struct field seen as a property.
type field struct {
	name  string
	key   string // name lower-cased
	index []int
}

// layout is the cached property list of a struct type.
type layout struct {
	fields []field
	names  []string       // the names of fields, in order
	byName map[string]int // lower-cased name → position in fields
}

// layouts caches the layout of every struct type seen.
var layouts sync.Map // reflect.Type → *layout

// structLayout returns the cached layout of struct type t.
func structLayout(t reflect.Type) *layout {
	if l, ok := layouts.Load(t); ok {
		return l.(*layout)
	}
	l := &layout{byName: map[string]int{}}
	collectFields(t, nil, l)
	actual, _ := layouts.LoadOrStore(t, l)
	return actual.(*layout)
}

// collectFields appends the exported fields of t (embedded structs
// flattened, `ps:"-"` skipped, `property:"Name"` renamed) to l; the first
// field of a name wins.
func collectFields(t reflect.Type, prefix []int, l *layout) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.Tag.Get("ps") == "-" {
			continue
		}
		idx := append(append([]int{}, prefix...), i)
		if f.Anonymous && f.Type.Kind() == reflect.Struct {
			collectFields(f.Type, idx, l)
			continue
		}
		if !f.IsExported() {
			continue
		}
		name := f.Name
		if n := f.Tag.Get("property"); n != "" {
			name = n // a property named as a Go method must be (TypeName)
		}
		key := strings.ToLower(name)
		if _, dup := l.byName[key]; dup {
			continue
		}
		l.byName[key] = len(l.fields)
		l.fields = append(l.fields, field{name: name, key: key, index: idx})
		l.names = append(l.names, name)
	}
}

// structValue returns the struct behind v (dereferencing pointers) or an
// invalid value when v is not a struct.
func structValue(v any) reflect.Value {
	rv := reflect.ValueOf(v)
	for rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return reflect.Value{}
		}
		rv = rv.Elem()
	}
	if rv.Kind() != reflect.Struct || isBuiltin(v) {
		return reflect.Value{}
	}
	return rv
}

// isBuiltin reports whether v is one of the struct types this package
// treats as a primitive (DateTime).
func isBuiltin(v any) bool {
	switch v.(type) {
	case time.Time, *time.Time:
		return true
	}
	return false
}

// fieldValue returns the property value of field f of struct rv.
func fieldValue(rv reflect.Value, f field) any {
	fv, err := rv.FieldByIndexErr(f.index)
	if err != nil {
		return nil
	}
	return Normalize(fv.Interface())
}

// Normalize turns a Go value read from a struct field into a runtime
// value: nil pointers, slices and maps become nil; pointers to non-struct
// values are dereferenced; unnamed integer and float kinds become int and
// float64. Named types (enumerations, sizes) are kept so they keep their
// String and TypeName methods.
func Normalize(v any) any {
	if v == nil {
		return nil
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer:
		if rv.IsNil() {
			return nil
		}
		if rv.Elem().Kind() != reflect.Struct {
			return Normalize(rv.Elem().Interface())
		}
	case reflect.Slice, reflect.Map, reflect.Interface, reflect.Func:
		if rv.IsNil() {
			return nil
		}
	}
	if rv.Type().PkgPath() != "" {
		return v
	}
	return normalizeBasic(rv, v)
}

// normalizeBasic converts unnamed numeric kinds to int/float64.
func normalizeBasic(rv reflect.Value, v any) any {
	switch rv.Kind() {
	case reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if _, isChar := v.(Char); !isChar {
			return int(rv.Int())
		}
	case reflect.Uint, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return int(rv.Uint())
	case reflect.Float32:
		return rv.Float()
	}
	return v
}

// Properties returns the properties of v in display order: the
// properties of an [*Object], the exported fields of a struct (or pointer
// to one). A [*Hashtable] has no properties of its own here (formatting
// shows its entries); primitives, collections and nil return nil.
func Properties(v any) []Property {
	if o, ok := v.(*Object); ok {
		return o.Properties()
	}
	rv := structValue(v)
	if !rv.IsValid() {
		return nil
	}
	l := structLayout(rv.Type())
	hidden := hiddenOf(v)
	out := make([]Property, 0, len(l.fields))
	for _, f := range l.fields {
		if !hidden[f.key] {
			out = append(out, Property{Name: f.name, Value: fieldValue(rv, f)})
		}
	}
	return out
}

// PropertyHider is implemented by objects that leave some of their
// fields out of their property list (Format-List *, Get-Member, CSV)
// depending on their state: an Exchange 5.5 entry has no 2013-only
// settings to show. The fields can still be read by name.
type PropertyHider interface{ HiddenProperties() []string }

// hiddenOf returns the lower-case names v hides.
func hiddenOf(v any) map[string]bool {
	h, ok := v.(PropertyHider)
	if !ok {
		return nil
	}
	out := map[string]bool{}
	for _, n := range h.HiddenProperties() {
		out[strings.ToLower(n)] = true
	}
	return out
}

// PropertyNames returns the names of [Properties] without reading values,
// in a new slice. The binder asks for them for every piped object, so
// that the names of a type that hides none are copied from its layout.
func PropertyNames(v any) []string {
	if o, ok := v.(*Object); ok {
		var names []string
		for _, p := range o.props {
			if m, ok := p.Value.(*ScriptMember); !ok || m.Kind != ScriptMethod {
				names = append(names, p.Name)
			}
		}
		return names
	}
	rv := structValue(v)
	if !rv.IsValid() {
		return nil
	}
	l := structLayout(rv.Type())
	hidden := hiddenOf(v)
	if hidden == nil {
		return slices.Clone(l.names)
	}
	names := make([]string, 0, len(l.fields))
	for _, f := range l.fields {
		if !hidden[f.key] {
			names = append(names, f.name)
		}
	}
	return names
}

// structField reads property name of a struct value.
func structField(v any, name string) (any, bool) {
	rv := structValue(v)
	if !rv.IsValid() {
		return nil, false
	}
	l := structLayout(rv.Type())
	i, ok := l.byName[strings.ToLower(name)]
	if !ok {
		return nil, false
	}
	return fieldValue(rv, l.fields[i]), true
}
