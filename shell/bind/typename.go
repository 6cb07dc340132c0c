package bind

import (
	"encoding"
	"reflect"
	"strings"
	"time"

	"github.com/exsh/exsh/shell/value"
)

// Reflected types the binder treats specially.
var (
	switchType      = reflect.TypeFor[Switch]()
	scriptBlockType = reflect.TypeFor[ScriptBlock]()
	hashtableType   = reflect.TypeFor[*value.Hashtable]()
	durationType    = reflect.TypeFor[time.Duration]()
	timeType        = reflect.TypeFor[time.Time]()
	commonType      = reflect.TypeFor[Common]()
	optionalType    = reflect.TypeFor[optional]()
	multiType       = reflect.TypeFor[multiValued]()
	enumType        = reflect.TypeFor[enumer]()
	setterType      = reflect.TypeFor[stringSetter]()
	unmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// enumer is implemented by enumeration types (string kinds).
type enumer interface{ EnumValues() []string }

// typeNamer is implemented by types that know their .NET full name
// (System.ConsoleColor), which conversion errors show.
type typeNamer interface{ TypeName() string }

// paramNetName is the .NET type name of parameter p for messages
// ("System.ConsoleColor", "System.String[]").
func paramNetName(p *Param) string {
	if p.Type != nil {
		bt := baseType(p.Type)
		if n := typeNetName(bt); n != displayType(bt) {
			if strings.HasSuffix(p.TypeName, "[]") {
				return n + "[]"
			}
			return n
		}
	}
	return netName(p.TypeName)
}

// typeNetName is the .NET name of type t for messages: its TypeName when
// it has one (System.ConsoleColor), else its display name.
func typeNetName(t reflect.Type) string {
	if n, ok := reflect.Zero(t).Interface().(typeNamer); ok {
		return n.TypeName()
	}
	if n, ok := reflect.New(t).Interface().(typeNamer); ok {
		return n.TypeName()
	}
	return displayType(t)
}

// stringSetter is implemented by pointers to value types that parse a
// string (model's Setter).
type stringSetter interface{ Set(s string) error }

// optElem returns T for Optional[T], nil otherwise.
func optElem(t reflect.Type) reflect.Type {
	if !reflect.PointerTo(t).Implements(optionalType) {
		return nil
	}
	return reflect.New(t).Interface().(optional).optElem()
}

// multiElem returns T for MultiValued[T], nil otherwise.
func multiElem(t reflect.Type) reflect.Type {
	if !reflect.PointerTo(t).Implements(multiType) {
		return nil
	}
	return reflect.New(t).Interface().(multiValued).mvElem()
}

// isEnum reports whether t is an enumeration.
func isEnum(t reflect.Type) bool {
	return t.Kind() == reflect.String && t.Implements(enumType)
}

// isParsed reports whether *t parses strings (Set or UnmarshalText).
func isParsed(t reflect.Type) bool {
	pt := reflect.PointerTo(t)
	return pt.Implements(setterType) || pt.Implements(unmarshalerType)
}

// baseType strips Optional, pointers (except *Hashtable), slices and
// MultiValued down to the element type.
func baseType(t reflect.Type) reflect.Type {
	for {
		switch {
		case optElem(t) != nil:
			t = optElem(t)
		case multiElem(t) != nil:
			t = multiElem(t)
		case t != hashtableType && (t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice):
			t = t.Elem()
		default:
			return t
		}
	}
}

// isSwitchType reports whether t is Switch or Optional[Switch].
func isSwitchType(t reflect.Type) bool {
	return t == switchType || optElem(t) == switchType
}

// displayType is the PowerShell type name shown in help and messages:
// String, Int32, Boolean, SwitchParameter, String[], an enum's name...
func displayType(t reflect.Type) string {
	if e := optElem(t); e != nil {
		return displayType(e)
	}
	if e := multiElem(t); e != nil {
		return displayType(e) + "[]"
	}
	if n, ok := specialNames[t]; ok {
		return n
	}
	switch t.Kind() {
	case reflect.Pointer:
		return displayType(t.Elem())
	case reflect.Slice:
		return displayType(t.Elem()) + "[]"
	case reflect.Interface:
		return "Object"
	}
	if t.PkgPath() != "" {
		name, _, _ := strings.Cut(t.Name(), "[")
		return name
	}
	return kindNames[t.Kind()]
}

var specialNames = map[reflect.Type]string{
	switchType:      "SwitchParameter",
	scriptBlockType: "ScriptBlock",
	hashtableType:   "Hashtable",
	durationType:    "TimeSpan",
	timeType:        "DateTime",
}

var kindNames = map[reflect.Kind]string{
	reflect.String: "String", reflect.Bool: "Boolean",
	reflect.Int: "Int32", reflect.Int8: "SByte", reflect.Int16: "Int16", reflect.Int32: "Int32", reflect.Int64: "Int64",
	reflect.Uint: "UInt32", reflect.Uint8: "Byte", reflect.Uint16: "UInt16", reflect.Uint32: "UInt32", reflect.Uint64: "UInt64",
	reflect.Float32: "Single", reflect.Float64: "Double",
}

// netNames maps display names to .NET full names.
var netNames = map[string]string{
	"SwitchParameter": "System.Management.Automation.SwitchParameter",
	"ScriptBlock":     "System.Management.Automation.ScriptBlock",
	"Hashtable":       "System.Collections.Hashtable",
}

// netName returns the .NET full name for a display type name.
func netName(display string) string {
	elem, arr := strings.CutSuffix(display, "[]")
	if n, ok := netNames[elem]; ok {
		elem = n
	} else if isSystemName(elem) {
		elem = "System." + elem
	}
	if arr {
		return elem + "[]"
	}
	return elem
}

// isSystemName reports whether a display name is a System type.
func isSystemName(n string) bool {
	switch n {
	case "String", "Boolean", "Int32", "Int64", "Int16", "SByte", "Byte", "UInt16", "UInt32",
		"UInt64", "Single", "Double", "TimeSpan", "Object", "DateTime":
		return true
	}
	return false
}

// typeNameOf is the .NET type name of a runtime value for messages.
func typeNameOf(v any) string {
	if _, ok := v.(ScriptBlock); ok {
		return "System.Management.Automation.ScriptBlock"
	}
	return value.TypeName(v)
}

// stringOf is the string form of a value for messages.
func stringOf(v any) string {
	if sb, ok := v.(ScriptBlock); ok {
		return sb.Text()
	}
	if value.IsEnumerable(v) {
		return value.TypeName(v)
	}
	return value.ToString(v)
}
