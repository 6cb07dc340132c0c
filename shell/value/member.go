package value

import (
	"strings"
	"time"
	"unicode/utf8"
)

// DictionaryEntry is one entry of a hashtable as produced by
// GetEnumerator(); it also answers to Name (an alias of Key), like
// PowerShell's DictionaryEntry.
type DictionaryEntry struct {
	Key   any
	Value any
}

// TypeName returns System.Collections.DictionaryEntry.
func (DictionaryEntry) TypeName() string { return "System.Collections.DictionaryEntry" }

// KeyValuePair is one entry of a generic dictionary
// (System.Collections.Generic.KeyValuePair`2) with string keys, as
// $PSBoundParameters enumerates.
type KeyValuePair struct {
	Key   string
	Value any
}

// keyValuePairType is the full name of [KeyValuePair].
const keyValuePairType = "System.Collections.Generic.KeyValuePair`2[[System.String, mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089]," +
	"[System.Object, mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089]]"

// TypeName returns the .NET name of KeyValuePair<string, object>.
func (KeyValuePair) TypeName() string { return keyValuePairType }

// BaseView is what $dict.psbase returns: the dictionary itself, seen
// through its own .NET members (Keys, Values, Count ...), which its keys
// hide in plain member access ($h.Keys is the value of a key "Keys").
// Methods called on it are the dictionary's.
type BaseView struct{ dict *Hashtable }

// Dictionary returns the dictionary b views.
func (b BaseView) Dictionary() *Hashtable { return b.dict }

// TypeName returns the dictionary's type name.
func (b BaseView) TypeName() string { return TypeName(b.dict) }

// GetMember reads property name of v, case-insensitively: struct fields,
// [*Object] properties, [*Hashtable] keys (then its Keys, Values and
// Count), string Length, collection Count/Length, DateTime and TimeSpan
// parts, PSObject (a [PSObjectInfo]) on any value, psbase (a dictionary's
// [BaseView], any other value but a PSCustomObject itself), Count/Length
// = 1 on any scalar and 0 on $null. On a collection
// without that member it enumerates: the members of the elements,
// flattened one level, with $null results skipped (a single result is
// returned as a scalar). ok is false when nothing had the member; the
// value is then nil, which is what PowerShell yields.
func GetMember(v any, name string) (any, bool) {
	if v != nil && strings.EqualFold(name, "PSObject") {
		return NewPSObjectInfo(v), true
	}
	if strings.EqualFold(name, "psbase") {
		switch x := v.(type) {
		case *Hashtable:
			return BaseView{x}, true
		case nil, *Object: // a PSCustomObject's base has none of its properties
		default:
			return v, true // its .NET members are the members exsh gives it
		}
	}
	switch x := v.(type) {
	case nil:
		if isCountName(name) {
			return 0, true
		}
		return nil, false
	case *Hashtable:
		return hashtableMember(x, name)
	case BaseView:
		return dictionaryProperty(x.dict, name)
	case *Object:
		if p, ok := x.Get(name); ok {
			return p, true
		}
	case DictionaryEntry:
		if strings.EqualFold(name, "Name") {
			return x.Key, true
		}
	case string:
		if strings.EqualFold(name, "Length") {
			return utf16Len(x), true
		}
	case time.Time:
		if f, ok := dateMembers[strings.ToLower(name)]; ok {
			return f(x), true
		}
	case time.Duration:
		if f, ok := spanMembers[strings.ToLower(name)]; ok {
			return f(x), true
		}
	}
	if list, ok := asList(v); ok {
		return listMember(list, name)
	}
	if val, ok := structField(v, name); ok {
		return val, true
	}
	if isCountName(name) {
		return 1, true
	}
	return nil, false
}

// ReadProperty reads property name of v as the formatter and
// Select-Object do: like [GetMember], except that an object with
// properties but no Count or Length property gives nil, not the
// intrinsic count of 1 that member access in the language gives.
func ReadProperty(v any, name string) any {
	if isCountName(name) {
		if names := PropertyNames(v); len(names) > 0 && !containsFold(names, name) {
			return nil
		}
	}
	x, _ := GetMember(v, name)
	return x
}

// containsFold reports whether list holds s, ignoring case.
func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// isCountName reports whether name is Count or Length.
func isCountName(name string) bool {
	return strings.EqualFold(name, "Count") || strings.EqualFold(name, "Length")
}

// utf16Len returns the .NET length (UTF-16 code units) of s.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x10000 && r != utf8.RuneError {
			n++
		}
	}
	return n
}

// hashtableMember reads a key, falling back to the hashtable's own
// properties.
func hashtableMember(h *Hashtable, name string) (any, bool) {
	if v, ok := h.Get(name); ok {
		return v, true
	}
	return dictionaryProperty(h, name)
}

// dictionaryProperty reads a .NET property of the dictionary h.
func dictionaryProperty(h *Hashtable, name string) (any, bool) {
	switch strings.ToLower(name) {
	case "keys":
		return h.Keys(), true
	case "values":
		return h.Values(), true
	case "count":
		return h.Len(), true
	case "isreadonly", "isfixedsize", "issynchronized":
		return false, true
	}
	return nil, false
}

// listMember implements Count/Length and member enumeration.
func listMember(list []any, name string) (any, bool) {
	if isCountName(name) {
		return len(list), true
	}
	out := []any{}
	found := false
	for _, e := range list {
		if e == nil {
			continue
		}
		m, ok := GetMember(e, name)
		found = found || ok
		if m == nil {
			continue
		}
		if ml, isList := asList(m); isList {
			out = append(out, ml...)
		} else {
			out = append(out, m)
		}
	}
	switch len(out) {
	case 0:
		return nil, found
	case 1:
		return out[0], true
	}
	return out, true
}

// dateMembers are the properties of DateTime.
var dateMembers = map[string]func(t time.Time) any{
	"year": func(t time.Time) any { return t.Year() }, "month": func(t time.Time) any { return int(t.Month()) },
	"day": func(t time.Time) any { return t.Day() }, "hour": func(t time.Time) any { return t.Hour() },
	"minute": func(t time.Time) any { return t.Minute() }, "second": func(t time.Time) any { return t.Second() },
	"millisecond": func(t time.Time) any { return t.Nanosecond() / 1e6 },
	"dayofweek":   func(t time.Time) any { return t.Weekday().String() },
	"dayofyear":   func(t time.Time) any { return t.YearDay() },
	"date": func(t time.Time) any {
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location())
	},
	"timeofday": func(t time.Time) any {
		return t.Sub(time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location()))
	},
	"ticks": func(t time.Time) any { return int(t.Sub(time.Date(1, 1, 1, 0, 0, 0, 0, t.Location())) / 100) },
	"kind": func(t time.Time) any {
		if t.Location() == time.UTC {
			return "Utc"
		}
		return "Local"
	},
}

// spanMembers are the properties of TimeSpan.
var spanMembers = map[string]func(d time.Duration) any{
	"days":              func(d time.Duration) any { return int(d / (24 * time.Hour)) },
	"hours":             func(d time.Duration) any { return int(d / time.Hour % 24) },
	"minutes":           func(d time.Duration) any { return int(d / time.Minute % 60) },
	"seconds":           func(d time.Duration) any { return int(d / time.Second % 60) },
	"milliseconds":      func(d time.Duration) any { return int(d / time.Millisecond % 1000) },
	"ticks":             func(d time.Duration) any { return int(d / 100) },
	"totaldays":         func(d time.Duration) any { return d.Hours() / 24 },
	"totalhours":        func(d time.Duration) any { return d.Hours() },
	"totalminutes":      func(d time.Duration) any { return d.Minutes() },
	"totalseconds":      func(d time.Duration) any { return d.Seconds() },
	"totalmilliseconds": func(d time.Duration) any { return float64(d) / float64(time.Millisecond) },
}
