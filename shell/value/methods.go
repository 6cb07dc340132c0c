package value

import (
	"reflect"
	"strings"
	"time"
)

// method implements one .NET method on a receiver of a known kind.
type method func(recv any, args []any) (any, error)

// methodSet is the case-insensitive method table of one receiver kind.
type methodSet map[string]methodEntry

// methodEntry is one method; arity lists the accepted argument counts
// (nil = any).
type methodEntry struct {
	arity []int
	fn    method
}

// commonMethods exist on every value.
var commonMethods = methodSet{
	"tostring":    {[]int{0, 1}, mToString},
	"gettype":     {[]int{0}, func(v any, _ []any) (any, error) { return TypeOf(v), nil }},
	"equals":      {[]int{1}, func(v any, a []any) (any, error) { return exactEqual(v, a[0]), nil }},
	"gethashcode": {[]int{0}, func(v any, _ []any) (any, error) { return len(ToString(v)), nil }},
	"compareto": {[]int{1}, func(v any, a []any) (any, error) {
		return compare(v, a[0], true)
	}},
}

// CallMethod invokes the .NET method name on v with args, as
// $v.Name(args) does; method names are case-insensitive. Strings,
// arrays, hashtables, DateTime, TimeSpan and numbers have the methods
// admins use (§3.4); ToString, GetType, Equals and CompareTo exist on
// everything. A missing method is the MethodNotFound error, a wrong
// argument count "Cannot find an overload", and a failing method the
// "Exception calling" error. String methods are ordinal and
// case-sensitive, like .NET's.
func CallMethod(v any, name string, args []any) (any, error) {
	if v == nil {
		return nil, newError("RuntimeException", "InvalidOperation", "InvokeMethodOnNull",
			"You cannot call a method on a null-valued expression.")
	}
	if o, ok := v.(*Object); ok {
		if m := o.Method(name); m != nil {
			return m.Call(o, args)
		}
	}
	if b, ok := v.(BaseView); ok {
		v = b.dict
	}
	key := strings.ToLower(name)
	for _, set := range methodSets(v) {
		if m, ok := set[key]; ok {
			return m.call(v, name, args)
		}
	}
	// An Exchange value of string form (SmtpAddress, ProxyAddress...)
	// reaches a remote EMS session as a string, so the string methods
	// apply to it: $_.PrimarySmtpAddress.Split("@").
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.String {
		if m, ok := stringMethods[key]; ok {
			return m.call(rv.String(), name, args)
		}
	}
	return nil, errMethodNotFound(v, name)
}

// call checks the argument count and runs the method on v.
func (m methodEntry) call(v any, name string, args []any) (any, error) {
	if m.arity != nil && !containsInt(m.arity, len(args)) {
		return nil, errMethodArgs(name, len(args))
	}
	out, err := m.fn(v, args)
	if e, isExc := err.(*methodExc); isExc {
		return nil, errMethodException(name, len(args), e.fqid, e.msg)
	}
	return out, err
}

// methodExc is a .NET exception raised inside a method.
type methodExc struct{ fqid, msg string }

// Error returns the exception message.
func (e *methodExc) Error() string { return e.msg }

// methodSets returns the method tables that apply to v, most specific
// first.
func methodSets(v any) []methodSet {
	switch v.(type) {
	case string:
		return []methodSet{stringMethods, commonMethods}
	case *Hashtable:
		return []methodSet{hashtableMethods, commonMethods}
	case time.Time:
		return []methodSet{dateMethods, commonMethods}
	case time.Duration:
		return []methodSet{spanMethods, commonMethods}
	case SwitchParameter:
		return []methodSet{switchMethods, commonMethods}
	}
	if IsEnumerable(v) {
		return []methodSet{listMethods, commonMethods}
	}
	return []methodSet{commonMethods}
}

// containsInt reports whether n is in list.
func containsInt(list []int, n int) bool {
	for _, x := range list {
		if x == n {
			return true
		}
	}
	return false
}

// mToString is ToString() / ToString(format).
func mToString(v any, args []any) (any, error) {
	if len(args) == 0 {
		return elemString(v), nil
	}
	s, err := FormatValue(v, ToString(args[0]))
	if err != nil {
		return nil, &methodExc{"FormatException", badFormat}
	}
	return s, nil
}

// exactEqual is .NET Object.Equals: same type and value, strings
// case-sensitive, references by identity.
func exactEqual(a, b any) bool {
	if TypeName(a) != TypeName(b) {
		return false
	}
	return equal(a, b, true)
}

// listMethods are the methods of arrays.
var listMethods = methodSet{
	"contains": {[]int{1}, func(v any, a []any) (any, error) { return listIndex(v, a[0]) >= 0, nil }},
	"indexof":  {[]int{1}, func(v any, a []any) (any, error) { return listIndex(v, a[0]), nil }},
	"clone":    {[]int{0}, func(v any, _ []any) (any, error) { return append([]any{}, Enumerate(v)...), nil }},
	"add": {[]int{1}, func(any, []any) (any, error) {
		return nil, &methodExc{"NotSupportedException", "Collection was of a fixed size."}
	}},
	"getvalue": {[]int{1}, func(v any, a []any) (any, error) {
		i, err := toInt32(a[0])
		l := Enumerate(v)
		if err != nil || i.(int) < 0 || i.(int) >= len(l) {
			return nil, &methodExc{"IndexOutOfRangeException", "Index was outside the bounds of the array."}
		}
		return l[i.(int)], nil
	}},
}

// listIndex is IList.IndexOf with Object.Equals semantics.
func listIndex(v, x any) int {
	for i, e := range Enumerate(v) {
		if exactEqual(e, x) {
			return i
		}
	}
	return -1
}

// hashtableMethods are the methods of hashtables.
var hashtableMethods = methodSet{
	"containskey":   {[]int{1}, hContainsKey},
	"contains":      {[]int{1}, hContainsKey},
	"containsvalue": {[]int{1}, func(v any, a []any) (any, error) { return v.(*Hashtable).ContainsValue(a[0]), nil }},
	"add": {[]int{2}, func(v any, a []any) (any, error) {
		if err := v.(*Hashtable).Add(a[0], a[1]); err != nil {
			return nil, &methodExc{"ArgumentException", err.Error()}
		}
		return nil, nil
	}},
	"remove":        {[]int{1}, func(v any, a []any) (any, error) { v.(*Hashtable).Remove(a[0]); return nil, nil }},
	"clear":         {[]int{0}, func(v any, _ []any) (any, error) { v.(*Hashtable).Clear(); return nil, nil }},
	"clone":         {[]int{0}, func(v any, _ []any) (any, error) { return v.(*Hashtable).Clone(), nil }},
	"getenumerator": {[]int{0}, func(v any, _ []any) (any, error) { return v.(*Hashtable).Entries(), nil }},
	"get_item":      {[]int{1}, func(v any, a []any) (any, error) { x, _ := v.(*Hashtable).Get(a[0]); return x, nil }},
}

// hContainsKey is Hashtable.ContainsKey.
func hContainsKey(v any, a []any) (any, error) {
	_, ok := v.(*Hashtable).Get(a[0])
	return ok, nil
}
