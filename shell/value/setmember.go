package value

import (
	"reflect"
	"strings"
)

// stringSetter is implemented by pointers to parseable model types
// (enumerations, sizes): Set parses the string form.
type stringSetter interface{ Set(s string) error }

// errPropertyNotFound is the error for assigning a missing property.
func errPropertyNotFound(name string) *Error {
	return newError("RuntimeException", "InvalidOperation", "PropertyNotFound",
		"The property '%s' cannot be found on this object. Verify that the property exists and can be set.", name)
}

// SetMember assigns property name of v: hashtable keys are added or
// replaced, [*Object] properties and exported fields of a struct behind a
// pointer are converted and set. A missing property is PowerShell's
// "The property 'X' cannot be found on this object." error.
func SetMember(v any, name string, val any) error {
	if readOnly(v, name) {
		return newError("RuntimeException", "InvalidOperation", "PropertyAssignmentException", "'%s' is a ReadOnly property.", canonicalName(v, name))
	}
	switch x := v.(type) {
	case *Hashtable:
		x.Set(name, val)
		return nil
	case *Object:
		if !x.Has(name) || x.Method(name) != nil {
			return errPropertyNotFound(name)
		}
		return x.Assign(name, val)
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() || rv.Elem().Kind() != reflect.Struct || isBuiltin(v) {
		return errPropertyNotFound(name)
	}
	l := structLayout(rv.Elem().Type())
	i, ok := l.byName[strings.ToLower(name)]
	if !ok {
		return errPropertyNotFound(name)
	}
	f, err := rv.Elem().FieldByIndexErr(l.fields[i].index)
	if err != nil || !f.CanSet() {
		return errPropertyNotFound(name)
	}
	if err := assign(f, val); err != nil {
		return newError("SetValueInvocationException", "NotSpecified", "ExceptionWhenSetting",
			"Exception setting \"%s\": \"%s\"", l.fields[i].name, err.Error())
	}
	return nil
}

// readOnly reports whether name is a get-only property of v (a string's
// Length, a collection's Count, a date's parts): assigning it is the
// "ReadOnly property" error rather than "cannot be found".
func readOnly(v any, name string) bool {
	switch v.(type) {
	case *Hashtable, *Object, nil:
		return false
	}
	if structValue(v).IsValid() {
		return false // struct fields are settable
	}
	for _, m := range propertyMembers(v) {
		if strings.EqualFold(m.Name, name) {
			return strings.HasSuffix(m.Definition, "{get;}")
		}
	}
	return false
}

// canonicalName is the member's own spelling of name.
func canonicalName(v any, name string) string {
	for _, m := range propertyMembers(v) {
		if strings.EqualFold(m.Name, name) {
			return m.Name
		}
	}
	return name
}

// assign converts val to f's type and stores it.
func assign(f reflect.Value, val any) error {
	t := f.Type()
	if val == nil {
		f.Set(reflect.Zero(t))
		return nil
	}
	rv := reflect.ValueOf(val)
	if rv.Type().AssignableTo(t) {
		f.Set(rv)
		return nil
	}
	if t.Kind() == reflect.Pointer {
		p := reflect.New(t.Elem())
		if err := assign(p.Elem(), val); err != nil {
			return err
		}
		f.Set(p)
		return nil
	}
	if s, ok := f.Addr().Interface().(stringSetter); ok {
		return s.Set(ToString(val))
	}
	return assignKind(f, val)
}

// assignKind converts val by f's kind.
func assignKind(f reflect.Value, val any) error {
	switch f.Kind() {
	case reflect.String:
		f.SetString(ToString(val))
	case reflect.Bool:
		f.SetBool(Truthy(val))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := toInt64(val)
		if err != nil {
			return err
		}
		f.SetInt(int64(n.(int)))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, err := toInt64(val)
		if err != nil {
			return err
		}
		f.SetUint(uint64(n.(int)))
	case reflect.Float32, reflect.Float64:
		n, err := toDouble(val)
		if err != nil {
			return err
		}
		f.SetFloat(n.(float64))
	case reflect.Slice:
		return assignSlice(f, val)
	default:
		return invalidCast(val, f.Type().String())
	}
	return nil
}

// assignSlice converts every element of val into a new slice.
func assignSlice(f reflect.Value, val any) error {
	items := Enumerate(val)
	s := reflect.MakeSlice(f.Type(), len(items), len(items))
	for i, e := range items {
		if err := assign(s.Index(i), e); err != nil {
			return err
		}
	}
	f.Set(s)
	return nil
}
