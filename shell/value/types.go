package value

import (
	"fmt"
	"math"
	"reflect"
	"regexp"
	"strings"
	"time"
)

// Char is a [char] value (System.Char).
type Char rune

// String returns the character as a one-character string.
func (c Char) String() string { return string(rune(c)) }

// GUID is a [guid] value (System.Guid).
type GUID [16]byte

// String returns the canonical lower-case form
// 00000000-0000-0000-0000-000000000000.
func (g GUID) String() string {
	return fmt.Sprintf("%x-%x-%x-%x-%x", g[0:4], g[4:6], g[6:8], g[8:10], g[10:16])
}

// Regex is a [regex] value (System.Text.RegularExpressions.Regex).
type Regex struct {
	Pattern string
	re      *regexp.Regexp
}

// String returns the pattern, like .NET's Regex.ToString.
func (r *Regex) String() string { return r.Pattern }

// Type describes a .NET type; it is what GetType() returns. Its default
// table view is IsPublic, IsSerial, Name, BaseType, like PowerShell's.
type Type struct {
	IsPublic bool
	IsSerial bool
	Name     string
	BaseType *Type // nil for System.Object
	FullName string
}

// String returns the full name, as .NET's Type.ToString does.
func (t *Type) String() string { return t.FullName }

// TypeName returns System.RuntimeType.
func (t *Type) TypeName() string { return "System.RuntimeType" }

// DefaultTableColumns implements the default table view.
func (t *Type) DefaultTableColumns() []string {
	return []string{"IsPublic", "IsSerial", "Name", "BaseType"}
}

// DefaultTableWidths fixes the widths of the default table view.
func (t *Type) DefaultTableWidths() []int { return []int{8, 8, 40, 0} }

// TypeOf returns the [Type] of v (GetType()).
func TypeOf(v any) *Type {
	full := TypeName(v)
	name := shortTypeName(full)
	base := baseTypeName(full)
	if isValueType(v) {
		base = "System.ValueType"
	} else if b := baseTypeOf(v); b != "" {
		base = b
	}
	return &Type{IsPublic: true, IsSerial: true, Name: name, BaseType: NamedType(base), FullName: full}
}

// NamedType returns the [Type] of a .NET full name, with its chain of
// base types: exceptions as [exceptionTable] says, value types through
// System.ValueType, arrays through System.Array, everything else
// directly from System.Object.
func NamedType(full string) *Type {
	t := &Type{IsPublic: true, IsSerial: true, Name: shortTypeName(full), FullName: full}
	if base := baseTypeName(full); base != "" {
		t.BaseType = NamedType(base)
	}
	return t
}

// baseTypeName is the direct base type of the named type; "" for
// System.Object.
func baseTypeName(full string) string {
	switch {
	case strings.EqualFold(full, "System.Object"):
		return ""
	case strings.HasSuffix(full, "[]"):
		return "System.Array"
	case valueTypeNames[full]:
		return "System.ValueType"
	case full == "System.Enum":
		return "System.ValueType"
	}
	if e, ok := exceptionBase[strings.ToLower(full)]; ok {
		return e[1]
	}
	return "System.Object"
}

// valueTypeNames are the .NET value types exsh knows by name.
var valueTypeNames = map[string]bool{
	"System.Int32": true, "System.Int64": true, "System.Byte": true, "System.Double": true,
	"System.Decimal": true, "System.Boolean": true, "System.Char": true, "System.DateTime": true,
	"System.TimeSpan": true, "System.Guid": true, switchParameterType: true, keyValuePairType: true,
}

// shortTypeName is a type's Name: its full name without the namespace,
// keeping generic arguments ("Unlimited`1" for
// "Microsoft.Exchange.Data.Unlimited`1[Microsoft.Exchange.Data.ByteQuantifiedSize]",
// as .NET's Type.Name does) and the nested-type marker.
func shortTypeName(full string) string {
	if i := strings.IndexByte(full, '['); i > 0 && !strings.HasSuffix(full, "[]") {
		full = full[:i]
	}
	return full[strings.LastIndex(full, ".")+1:]
}

// typeNamer is implemented by values that know their .NET type name.
type typeNamer interface{ TypeName() string }

// TypeName returns the .NET full type name of v: System.String,
// System.Int32 (System.Int64 beyond Int32's range), System.Object[],
// System.Collections.Hashtable, the value's own TypeName() and so on.
// nil has no type and returns "".
func TypeName(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case bool:
		return "System.Boolean"
	case int:
		if x > math.MaxInt32 || x < math.MinInt32 {
			return "System.Int64"
		}
		return "System.Int32"
	case float64:
		return "System.Double"
	case string:
		return "System.String"
	case Char:
		return "System.Char"
	case []any:
		return "System.Object[]"
	case *Hashtable:
		switch x.kind {
		case orderedKind:
			return "System.Collections.Specialized.OrderedDictionary"
		case boundKind:
			return boundParametersType
		}
		return "System.Collections.Hashtable"
	case *Object:
		return "System.Management.Automation.PSCustomObject"
	case time.Time:
		return "System.DateTime"
	case time.Duration:
		return "System.TimeSpan"
	case GUID:
		return "System.Guid"
	case *Regex:
		return "System.Text.RegularExpressions.Regex"
	case typeNamer:
		return x.TypeName()
	}
	return goTypeName(reflect.TypeOf(v))
}

// goTypeName names a Go type without a .NET name: slices become T[],
// pointers are dropped.
func goTypeName(t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() == reflect.Slice && t.Name() == "" {
		return elemTypeName(t.Elem()) + "[]"
	}
	return t.String()
}

// elemTypeName maps Go element types of slices to .NET names.
func elemTypeName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		if t.PkgPath() == "" {
			return "System.String"
		}
	case reflect.Int, reflect.Int32:
		if t.PkgPath() == "" {
			return "System.Int32"
		}
	case reflect.Interface:
		return "System.Object"
	}
	return goTypeName(t)
}

// TypeNames returns the type names PowerShell's formatter looks at, most
// derived first: an [*Object]'s own names (for example
// Selected.model.RemoteDomain) or [TypeName] of v.
func TypeNames(v any) []string {
	if o, ok := v.(*Object); ok {
		return o.TypeNames()
	}
	if n := TypeName(v); n != "" {
		return []string{n}
	}
	return nil
}

// IsEnumerable reports whether the pipeline unrolls v: arrays and other Go
// slices do; strings, hashtables and every other value do not.
func IsEnumerable(v any) bool {
	switch v.(type) {
	case nil, string, *Hashtable, *Object:
		return false
	case []any, *Array:
		return true
	}
	return reflect.TypeOf(v).Kind() == reflect.Slice
}

// Enumerate unrolls v one level, as writing it to the pipeline does: the
// elements of an enumerable value ([IsEnumerable]), nil for nil, and a
// one-element slice holding v otherwise. Elements of typed Go slices pass
// through [Normalize].
func Enumerate(v any) []any {
	if v == nil {
		return nil
	}
	if l, ok := asList(v); ok {
		return l
	}
	return []any{v}
}

// asList returns the elements of an enumerable value: the []any itself
// (shared, not copied) or a normalized copy of another slice.
func asList(v any) ([]any, bool) {
	switch a := v.(type) {
	case []any:
		return a, true
	case *Array:
		return a.items, true
	}
	if !IsEnumerable(v) {
		return nil, false
	}
	rv := reflect.ValueOf(v)
	out := make([]any, rv.Len())
	for i := range out {
		out[i] = Normalize(rv.Index(i).Interface())
	}
	return out, true
}

// Count returns PowerShell's .Count of v: 0 for nil, the length of a
// collection or hashtable, 1 for any other value.
func Count(v any) int {
	if v == nil {
		return 0
	}
	if h, ok := v.(*Hashtable); ok {
		return h.Len()
	}
	if l, ok := asList(v); ok {
		return len(l)
	}
	return 1
}
