package value

import (
	"encoding/hex"
	"fmt"
	"math"
	"strings"
	"sync"
	"time"
)

// castType is one type literal known to [Convert] and the -is operator.
type castType struct {
	full string
	conv func(v any) (any, error)
	is   func(v any) bool
}

// castTypes maps lower-case type names (without "system.") to types.
var castTypes = map[string]*castType{}

func init() {
	add := func(c *castType, names ...string) {
		for _, n := range names {
			castTypes[n] = c
		}
	}
	add(&castType{"System.Int32", toInt32, isTypeName("System.Int32")}, "int", "int32")
	add(&castType{"System.Int64", toInt64, isTypeName("System.Int64")}, "long", "int64")
	add(&castType{"System.Byte", toByte, never}, "byte")
	add(&castType{"System.Double", toDouble, isKind[float64]}, "double", "float", "single")
	add(&castType{"System.Decimal", toDecimal, isKind[Decimal]}, "decimal")
	add(&castType{"System.String", toStr, isKind[string]}, "string")
	add(&castType{"System.Boolean", toBool, isKind[bool]}, "bool", "boolean")
	add(&castType{switchParameterType, toSwitch, isKind[SwitchParameter]}, "switch", "management.automation.switchparameter")
	add(&castType{"System.Char", toChar, isKind[Char]}, "char")
	add(&castType{"System.DateTime", toDateTime, isKind[time.Time]}, "datetime")
	add(&castType{"System.TimeSpan", toTimeSpan, isKind[time.Duration]}, "timespan")
	add(&castType{"System.Array", toArray, IsEnumerable}, "array")
	add(&castType{"System.Object[]", toArray, isKind[[]any]}, "object[]")
	add(&castType{"System.Collections.Hashtable", toHashtable, isPlainHashtable}, "hashtable", "collections.hashtable")
	add(&castType{"System.Collections.Specialized.OrderedDictionary", toOrdered, isOrdered}, "ordered", "collections.specialized.ordereddictionary")
	add(&castType{"System.Text.RegularExpressions.Regex", toRegex, isKind[*Regex]}, "regex", "text.regularexpressions.regex")
	add(&castType{"System.Guid", toGUID, isKind[GUID]}, "guid")
	add(&castType{"System.Management.Automation.PSCustomObject", toPSCustomObject, isPSObject}, "pscustomobject", "management.automation.pscustomobject")
	add(&castType{"System.Management.Automation.PSObject", identity, isPSObject}, "psobject", "management.automation.psobject")
	add(&castType{"System.Object", identity, always}, "object")
	add(&castType{"System.ValueType", identity, isValueType}, "valuetype")
	add(&castType{"System.Void", func(any) (any, error) { return nil, nil }, never}, "void")
	add(&castType{scriptBlockType, toScriptBlock, isTypeName(scriptBlockType)}, "scriptblock", "management.automation.scriptblock")
	iface := func(full string, is func(any) bool, names ...string) {
		add(&castType{full, func(v any) (any, error) {
			if v == nil || is(v) {
				return v, nil
			}
			return nil, invalidCast(v, full)
		}, is}, names...)
	}
	iface("System.Collections.IEnumerable", func(v any) bool {
		return IsEnumerable(v) || isKind[string](v) || isKind[*Hashtable](v)
	}, "collections.ienumerable")
	iface("System.Collections.ICollection", func(v any) bool { return IsEnumerable(v) || isKind[*Hashtable](v) }, "collections.icollection")
	iface("System.Collections.IList", IsEnumerable, "collections.ilist")
	iface("System.Collections.IDictionary", isKind[*Hashtable], "collections.idictionary")
	iface("System.IComparable", func(v any) bool { return isKind[string](v) || isScalar(v) }, "icomparable")
	iface("System.IConvertible", func(v any) bool {
		return isKind[string](v) || isScalar(v) && !isKind[time.Duration](v) && !isKind[GUID](v)
	}, "iconvertible")
	iface("System.IFormattable", func(v any) bool { return isScalar(v) && !isKind[bool](v) && !isKind[Char](v) }, "iformattable")
}

// isScalar reports a number, Boolean, Char, DateTime, TimeSpan or Guid:
// the value types that implement IComparable.
func isScalar(v any) bool {
	switch v.(type) {
	case bool, int, float64, Decimal, Char, time.Time, time.Duration, GUID, SwitchParameter:
		return true
	}
	return false
}

// isKind reports whether v has Go type T.
func isKind[T any](v any) bool { _, ok := v.(T); return ok }

// isTypeName returns a predicate comparing [TypeName] with full.
func isTypeName(full string) func(any) bool {
	return func(v any) bool { return TypeName(v) == full }
}

// never and always are constant -is predicates.
func never(any) bool  { return false }
func always(any) bool { return true }

// identity is the conversion to [object].
func identity(v any) (any, error) { return v, nil }

// isPSObject is the -is test of [psobject] and [pscustomobject] for the
// value itself: custom objects and the objects cmdlets make (records of Go
// struct types) are PSObjects; the values expressions produce (numbers,
// strings, arrays, hashtables, DateTime ...) are not. The shell adds the
// invisible wrapper 5.1 gives such a value when a cmdlet writes it.
func isPSObject(v any) bool {
	switch v.(type) {
	case nil, bool, int, float64, Decimal, string, Char, []any, *Hashtable, time.Time, time.Duration, GUID, *Regex, *Type:
		return false
	case *Object:
		return true
	}
	if TypeName(v) == scriptBlockType || IsEnumerable(v) {
		return false
	}
	return structValue(v).IsValid()
}

// isOrdered reports whether v is an [ordered] dictionary.
func isOrdered(v any) bool { h, ok := v.(*Hashtable); return ok && h.kind == orderedKind }

// isPlainHashtable reports whether v is a [hashtable], not an [ordered]
// dictionary or $PSBoundParameters.
func isPlainHashtable(v any) bool { h, ok := v.(*Hashtable); return ok && h.kind == plainKind }

// lookupType finds a type literal; name may carry brackets, "System." and
// any letter case.
func lookupType(name string) (*castType, bool) {
	n := strings.ToLower(bareTypeName(name))
	n = strings.TrimPrefix(n, "system.")
	if c, ok := castTypes[n]; ok {
		return c, true
	}
	if elem, ok := strings.CutSuffix(n, "[]"); ok {
		if c, ok := arrayTypes.Load(elem); ok {
			return c.(*castType), true
		}
		if e, ok := lookupType(elem); ok {
			c, _ := arrayTypes.LoadOrStore(elem, arrayType(e))
			return c.(*castType), true
		}
	}
	return nil, false
}

// arrayTypes caches the array types T[] made for element types T, by
// the element type's lower-case name.
var arrayTypes sync.Map

// bareTypeName removes surrounding spaces and one pair of brackets:
// "[int[]]" → "int[]".
func bareTypeName(name string) string {
	n := strings.TrimSpace(name)
	if len(n) > 2 && n[0] == '[' && n[len(n)-1] == ']' {
		n = strings.TrimSpace(n[1 : len(n)-1])
	}
	return n
}

// Convert casts v to the named type ([int], [string], [datetime] ...), as
// a PowerShell cast does. Type names may include "System." and brackets
// and are case-insensitive. An unknown type is the "Unable to find type"
// error; a failed conversion is PowerShell's "Cannot convert value" error.
func Convert(v any, typeName string) (any, error) {
	c, ok := lookupType(typeName)
	if !ok {
		return nil, errTypeNotFound(bareTypeName(typeName))
	}
	out, err := c.conv(v)
	if v == nil && err != nil {
		// $null casts to a reference type as $null; a value type
		// without a zero of its own refuses it.
		if !nullRefused[c.full] {
			return nil, nil
		}
		return nil, newError("RuntimeException", "InvalidArgument", "nullToObjectInvalidCast",
			"Cannot convert null to type \"%s\".", c.full)
	}
	return out, err
}

// nullRefused are the value types that $null does not convert to
// (numbers, Boolean and String take $null as 0, $false and "").
var nullRefused = map[string]bool{"System.DateTime": true, "System.TimeSpan": true, "System.Guid": true, "System.Char": true}

// FullTypeName returns the .NET full name of a type literal known to
// [Convert] (for example "int" → "System.Int32").
func FullTypeName(typeName string) (string, bool) {
	c, ok := lookupType(typeName)
	if !ok {
		return "", false
	}
	return c.full, true
}

// IsType implements -is: whether v is of the named type. Besides the type
// literals of [Convert], a value's own [TypeName] matches by full or short
// name. An unknown type name is an error.
func IsType(v any, typeName string) (bool, error) {
	if v == nil {
		_, err := Convert(nil, typeName)
		if isTypeNotFound(err) {
			return false, err
		}
		return false, nil
	}
	if e, ok := v.(exceptionType); ok {
		if _, known := LookupException(typeName); known {
			return ExceptionIs(e.ExceptionType(), typeName), nil
		}
	}
	own := strings.ToLower(TypeName(v))
	want := strings.ToLower(bareTypeName(typeName))
	if own == want || strings.HasSuffix(own, "."+want) {
		return true, nil
	}
	c, ok := lookupType(typeName)
	if !ok {
		return false, errTypeNotFound(bareTypeName(typeName))
	}
	return c.is(v), nil
}

// isTypeNotFound reports whether err is the TypeNotFound error.
func isTypeNotFound(err error) bool {
	e, ok := err.(*Error)
	return ok && e.FQID == "TypeNotFound"
}

// castError is "Cannot convert value "v" to type "T". Error: "inner"".
func castError(v any, full, fqid, innerMsg string) *Error {
	e := newError("RuntimeException", "InvalidArgument", fqid,
		"Cannot convert value \"%s\" to type \"%s\". Error: \"%s\"", ToString(v), full, innerMsg)
	cause := inner("System.InvalidCastException", innerMsg)
	switch innerMsg {
	case badFormat:
		cause = inner("System.FormatException", innerMsg)
	case "":
	default:
		if strings.HasPrefix(innerMsg, "Value was either too large or too small") {
			cause = inner("System.OverflowException", innerMsg)
		}
	}
	return e.wrap(inner("System.Management.Automation.PSInvalidCastException", e.Message).wrap(cause))
}

// scriptBlockType is the .NET name of a script block; the shell's script
// block value reports it as its TypeName.
const scriptBlockType = "System.Management.Automation.ScriptBlock"

// toScriptBlock accepts only script blocks: PowerShell does not compile
// a string into one by a cast.
func toScriptBlock(v any) (any, error) {
	if TypeName(v) == scriptBlockType {
		return v, nil
	}
	return nil, invalidCast(v, scriptBlockType)
}

// invalidCast is the error for a source type that cannot convert at all.
func invalidCast(v any, full string) *Error {
	e := newError("RuntimeException", "InvalidArgument", "ConvertToFinalInvalidCastException",
		"Cannot convert the \"%s\" value of type \"%s\" to type \"%s\".", ToString(v), TypeName(v), full)
	return e.wrap(inner("System.Management.Automation.PSInvalidCastException", e.Message).
		wrap(inner("System.InvalidCastException", "Specified cast is not valid.")))
}

const badFormat = "Input string was not in a correct format."

// toInteger converts v to an integer within [lo, hi] for type full.
func toInteger(v any, full, short string, lo, hi float64) (any, error) {
	n, ok := toNumber(v)
	if !ok {
		if s, isStr := prim(v).(string); isStr {
			return nil, castError(s, full, "InvalidCastFromStringToInteger", badFormat)
		}
		return nil, invalidCast(v, full)
	}
	f := toFloat(n)
	if i, isInt := n.(int); isInt && float64(i) >= lo && float64(i) <= hi {
		return i, nil
	}
	if d, isDec := n.(Decimal); isDec {
		if c, ok := d.roundInt(); ok && float64(c.Int64()) >= lo && float64(c.Int64()) <= hi {
			return int(c.Int64()), nil
		}
	}
	r := math.RoundToEven(f)
	if math.IsNaN(r) || r < lo || r > hi {
		return nil, castError(v, full, "InvalidCastIConvertible", "Value was either too large or too small for "+short+".")
	}
	return int(r), nil
}

func toInt32(v any) (any, error) {
	return toInteger(v, "System.Int32", "an Int32", math.MinInt32, math.MaxInt32)
}

func toInt64(v any) (any, error) {
	return toInteger(v, "System.Int64", "an Int64", math.MinInt64, math.MaxInt64)
}

func toByte(v any) (any, error) {
	return toInteger(v, "System.Byte", "an unsigned byte", 0, 255)
}

// toDouble converts to [double].
func toDouble(v any) (any, error) {
	n, ok := toNumber(v)
	if !ok {
		if s, isStr := prim(v).(string); isStr {
			return nil, castError(s, "System.Double", "InvalidCastFromStringToDoubleOrSingle", badFormat)
		}
		return nil, invalidCast(v, "System.Double")
	}
	return toFloat(n), nil
}

func toStr(v any) (any, error) { return ToString(v), nil }

func toBool(v any) (any, error) { return Truthy(v), nil }

// toChar converts a one-character string or a code point to [char].
func toChar(v any) (any, error) {
	switch x := prim(v).(type) {
	case Char:
		return x, nil
	case string:
		r := []rune(x)
		if len(r) != 1 {
			return nil, castError(x, "System.Char", "InvalidCastParseTargetInvocation", "String must be exactly one character long.")
		}
		return Char(r[0]), nil
	case int:
		return Char(rune(x)), nil
	}
	return nil, invalidCast(v, "System.Char")
}

// toDateTime converts a string (invariant-culture formats) to DateTime.
func toDateTime(v any) (any, error) {
	switch x := prim(v).(type) {
	case time.Time:
		return x, nil
	case string:
		if t, ok := ParseDate(x); ok {
			return t, nil
		}
		return nil, castError(x, "System.DateTime", "InvalidCastParseTargetInvocation", "String was not recognized as a valid DateTime.")
	}
	return nil, invalidCast(v, "System.DateTime")
}

// dateLayouts are the string forms [ParseDate] accepts.
var dateLayouts = []string{
	"1/2/2006 3:04:05 PM", "1/2/2006 3:04 PM", "1/2/2006 15:04:05", "1/2/2006 15:04", "1/2/2006",
	"2006-01-02T15:04:05.9999999Z07:00", "2006-01-02T15:04:05.9999999", "2006-01-02T15:04",
	"2006-1-2 15:04:05", "2006-1-2 15:04", "2006-1-2 3:04:05 PM", "2006-1-2 3:04 PM", "2006-1-2",
	"2006/1/2 15:04:05", "2006/1/2 15:04", "2006/1/2",
	"January 2, 2006", "January 2 2006", "Monday, January 2, 2006 3:04:05 PM", "Monday, January 2, 2006",
	"2 January 2006", "2 January 2006 15:04", "2 January 2006 15:04:05", "2 Jan 2006", "2 Jan 2006 15:04",
	"Jan 2, 2006", "Jan 2 2006", "January 2006",
}

// timeLayouts are the time-only forms; the date is today's.
var timeLayouts = []string{"15:04:05", "15:04", "3:04:05 PM", "3:04 PM", "3PM", "3 PM"}

// ParseDate parses the date forms PowerShell casts accept (invariant
// culture M/d/yyyy with optional time, ISO 8601 and yyyy-M-d, day-month
// and month-day forms with month names in any case, a time alone for
// today); runs of spaces count as one.
// Strings without a zone are local time.
func ParseDate(s string) (time.Time, bool) {
	s = strings.Join(strings.Fields(s), " ")
	for _, l := range dateLayouts {
		if t, err := time.ParseInLocation(l, s, time.Local); err == nil {
			return t, true
		}
	}
	for _, l := range timeLayouts {
		if t, err := time.ParseInLocation(l, strings.ToUpper(s), time.Local); err == nil {
			y, m, d := time.Now().Date()
			return time.Date(y, m, d, t.Hour(), t.Minute(), t.Second(), 0, time.Local), true
		}
	}
	return time.Time{}, false
}

// toTimeSpan converts "[-][d.]hh:mm[:ss[.fffffff]]" or ticks to TimeSpan.
func toTimeSpan(v any) (any, error) {
	switch x := prim(v).(type) {
	case time.Duration:
		return x, nil
	case int:
		return time.Duration(x) * 100, nil
	case string:
		if d, ok := parseTimeSpan(x); ok {
			return d, nil
		}
		return nil, castError(x, "System.TimeSpan", "InvalidCastParseTargetInvocation", "String was not recognized as a valid TimeSpan.")
	}
	return nil, invalidCast(v, "System.TimeSpan")
}

// parseTimeSpan parses the TimeSpan string forms.
func parseTimeSpan(s string) (time.Duration, bool) {
	s = strings.TrimSpace(s)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var d, h, m int
	var sec float64
	var err error
	switch {
	case strings.Count(s, ":") == 2 && strings.Contains(strings.Split(s, ":")[0], "."):
		_, err = fmt.Sscanf(strings.Replace(s, ".", " ", 1), "%d %d:%d:%g", &d, &h, &m, &sec)
	case strings.Count(s, ":") == 2:
		_, err = fmt.Sscanf(s, "%d:%d:%g", &h, &m, &sec)
	case strings.Count(s, ":") == 1:
		_, err = fmt.Sscanf(s, "%d:%d", &h, &m)
	default:
		_, err = fmt.Sscanf(s, "%d", &d)
	}
	if err != nil || h > 23 || m > 59 || sec >= 60 {
		return 0, false
	}
	out := time.Duration(d)*24*time.Hour + time.Duration(h)*time.Hour + time.Duration(m)*time.Minute + time.Duration(sec*float64(time.Second))
	if neg {
		out = -out
	}
	return out, true
}

// toArray converts to object[]: collections are copied, scalars wrapped.
func toArray(v any) (any, error) {
	if v == nil {
		return nil, nil
	}
	return append([]any{}, Enumerate(v)...), nil
}

// toHashtable accepts dictionaries only; any but a plain hashtable is
// copied into one, as .NET's Hashtable(IDictionary) does.
func toHashtable(v any) (any, error) {
	if h, ok := v.(*Hashtable); ok {
		return h.plain(), nil
	}
	return nil, invalidCast(v, "System.Collections.Hashtable")
}

// toOrdered copies a hashtable into an [ordered] dictionary.
func toOrdered(v any) (any, error) {
	h, ok := v.(*Hashtable)
	if !ok {
		return nil, invalidCast(v, "System.Collections.Specialized.OrderedDictionary")
	}
	c := h.Clone()
	c.kind = orderedKind
	return c, nil
}

// toRegex compiles a [regex].
func toRegex(v any) (any, error) {
	if r, ok := v.(*Regex); ok {
		return r, nil
	}
	s := ToString(v)
	re, err := compileRegex(s, true)
	if err != nil {
		return nil, err
	}
	return &Regex{Pattern: s, re: re}, nil
}

// toGUID parses a GUID in its 32-digit or dashed forms.
func toGUID(v any) (any, error) {
	if g, ok := v.(GUID); ok {
		return g, nil
	}
	s := strings.Trim(ToString(v), "{}()")
	b, err := hex.DecodeString(strings.ReplaceAll(s, "-", ""))
	if err != nil || len(b) != 16 {
		return nil, castError(v, "System.Guid", "InvalidCastParseTargetInvocation",
			"Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).")
	}
	var g GUID
	copy(g[:], b)
	return g, nil
}

// toPSCustomObject turns a hashtable into a PSCustomObject with the
// entries as properties, in order; other values pass through.
func toPSCustomObject(v any) (any, error) {
	h, ok := v.(*Hashtable)
	if !ok {
		return v, nil
	}
	o := NewObject()
	for i, k := range h.keys {
		o.Add(ToString(k), h.vals[i])
	}
	return o, nil
}

// isValueType reports whether v is a .NET value type.
func isValueType(v any) bool {
	switch v.(type) {
	case bool, int, float64, Decimal, Char, time.Time, time.Duration, GUID, SwitchParameter:
		return true
	}
	return false
}
