package value

import (
	"strings"
	"unicode"
)

// stringMethods are the methods of System.String (ordinal, case-sensitive).
var stringMethods = methodSet{
	"tolower":          {[]int{0, 1}, strFn(strings.ToLower)},
	"toupper":          {[]int{0, 1}, strFn(strings.ToUpper)},
	"tolowerinvariant": {[]int{0}, strFn(strings.ToLower)},
	"toupperinvariant": {[]int{0}, strFn(strings.ToUpper)},
	"trim":             {nil, trimFn(strings.Trim, strings.TrimSpace)},
	"trimstart": {nil, trimFn(strings.TrimLeft, func(s string) string {
		return strings.TrimLeftFunc(s, unicode.IsSpace)
	})},
	"trimend": {nil, trimFn(strings.TrimRight, func(s string) string {
		return strings.TrimRightFunc(s, unicode.IsSpace)
	})},
	"contains":    {[]int{1}, strPred(strings.Contains)},
	"startswith":  {[]int{1}, strPred(strings.HasPrefix)},
	"endswith":    {[]int{1}, strPred(strings.HasSuffix)},
	"equals":      {[]int{1}, func(v any, a []any) (any, error) { return v.(string) == ToString(a[0]) && a[0] != nil, nil }},
	"replace":     {[]int{2}, sReplace},
	"split":       {nil, sSplit},
	"substring":   {[]int{1, 2}, sSubstring},
	"indexof":     {[]int{1, 2}, sIndexOf(false)},
	"lastindexof": {[]int{1}, sIndexOf(true)},
	"padleft":     {[]int{1, 2}, sPad(true)},
	"padright":    {[]int{1, 2}, sPad(false)},
	"insert":      {[]int{2}, sInsert},
	"remove":      {[]int{1, 2}, sRemove},
	"tochararray": {[]int{0}, func(v any, _ []any) (any, error) {
		out := []any{}
		for _, r := range v.(string) {
			out = append(out, Char(r))
		}
		return out, nil
	}},
}

// strFn adapts a string → string function.
func strFn(f func(string) string) method {
	return func(v any, _ []any) (any, error) { return f(v.(string)), nil }
}

// strPred adapts a (string, string) → bool function.
func strPred(f func(s, x string) bool) method {
	return func(v any, a []any) (any, error) {
		if a[0] == nil {
			return nil, argNull("value")
		}
		return f(v.(string), ToString(a[0])), nil
	}
}

// argNull is .NET's ArgumentNullException.
func argNull(param string) *methodExc {
	return &methodExc{"ArgumentNullException", "Value cannot be null.\nParameter name: " + param}
}

// argRange is .NET's ArgumentOutOfRangeException.
func argRange(msg, param string) *methodExc {
	return &methodExc{"ArgumentOutOfRangeException", msg + "\nParameter name: " + param}
}

// trimFn builds Trim/TrimStart/TrimEnd: with arguments, their characters
// form the trim set; without, white space is trimmed.
func trimFn(set func(s, cut string) string, space func(string) string) method {
	return func(v any, a []any) (any, error) {
		if len(a) == 0 {
			return space(v.(string)), nil
		}
		var cut strings.Builder
		for _, x := range a {
			cut.WriteString(joinValues(x, ""))
		}
		return set(v.(string), cut.String()), nil
	}
}

// sReplace is String.Replace(old, new).
func sReplace(v any, a []any) (any, error) {
	old := ToString(a[0])
	if a[0] == nil {
		return nil, argNull("oldValue")
	}
	if old == "" {
		return nil, &methodExc{"ArgumentException", "String cannot be of zero length.\nParameter name: oldValue"}
	}
	s, repl := v.(string), ToString(a[1])
	if err := CheckString(len(s) + strings.Count(s, old)*(len(repl)-len(old))); err != nil {
		return nil, err
	}
	return strings.ReplaceAll(s, old, repl), nil
}

// sSplit is String.Split as Windows PowerShell 5.1 binds it: string
// arguments become a char[] of separators (".Split('--')" splits on each
// '-'), an optional count limits the pieces and "RemoveEmptyEntries"
// drops empty ones. Without arguments it splits on white space.
func sSplit(v any, a []any) (any, error) {
	seps, limit, removeEmpty := "", -1, false
	for i, x := range a {
		if n, ok := prim(x).(int); ok && i > 0 {
			limit = n
			continue
		}
		if s := ToString(x); strings.EqualFold(s, "RemoveEmptyEntries") && i > 0 {
			removeEmpty = true
			continue
		}
		seps += joinValues(x, "")
	}
	isSep := func(r rune) bool { return strings.ContainsRune(seps, r) }
	if seps == "" {
		isSep = unicode.IsSpace
	}
	return splitChars(v.(string), isSep, limit, removeEmpty), nil
}

// splitChars splits s at every separator rune.
func splitChars(s string, isSep func(rune) bool, limit int, removeEmpty bool) []any {
	out := []any{}
	start := 0
	for i, r := range s {
		if limit > 0 && len(out) == limit-1 {
			break
		}
		if isSep(r) {
			if !removeEmpty || i > start {
				out = append(out, s[start:i])
			}
			start = i + len(string(r))
		}
	}
	if !removeEmpty || start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// intArgs converts method arguments to ints.
func intArgs(a []any) ([]int, error) {
	out := make([]int, len(a))
	for i, x := range a {
		n, err := toInt32(x)
		if err != nil {
			return nil, err
		}
		out[i] = n.(int)
	}
	return out, nil
}

// sSubstring is String.Substring(start[, length]).
func sSubstring(v any, a []any) (any, error) {
	n, err := intArgs(a)
	if err != nil {
		return nil, err
	}
	r := []rune(v.(string))
	start := n[0]
	switch {
	case start < 0:
		return nil, argRange("StartIndex cannot be less than zero.", "startIndex")
	case start > len(r):
		return nil, argRange("startIndex cannot be larger than length of string.", "startIndex")
	case len(n) == 1:
		return string(r[start:]), nil
	case n[1] < 0:
		return nil, argRange("Length cannot be less than zero.", "length")
	case start+n[1] > len(r):
		return nil, argRange("Index and length must refer to a location within the string.", "length")
	}
	return string(r[start : start+n[1]]), nil
}

// sIndexOf builds IndexOf(value[, start]) / LastIndexOf(value) in runes.
func sIndexOf(last bool) method {
	return func(v any, a []any) (any, error) {
		s, sub := v.(string), ToString(a[0])
		offset := 0
		if len(a) == 2 {
			n, err := intArgs(a[1:])
			if err != nil {
				return nil, err
			}
			r := []rune(s)
			if n[0] < 0 || n[0] > len(r) {
				return nil, argRange("Index was out of range. Must be non-negative and less than the size of the collection.", "startIndex")
			}
			offset, s = n[0], string(r[n[0]:])
		}
		i := strings.Index(s, sub)
		if last {
			i = strings.LastIndex(s, sub)
		}
		if i < 0 {
			return -1, nil
		}
		return offset + len([]rune(s[:i])), nil
	}
}

// sPad builds PadLeft/PadRight(width[, char]).
func sPad(left bool) method {
	return func(v any, a []any) (any, error) {
		n, err := intArgs(a[:1])
		if err != nil {
			return nil, err
		}
		if n[0] < 0 {
			return nil, argRange("Non-negative number required.", "totalWidth")
		}
		if err := CheckString(n[0]); err != nil {
			return nil, err
		}
		pad := " "
		if len(a) == 2 {
			c, err := toChar(a[1])
			if err != nil {
				return nil, err
			}
			pad = c.(Char).String()
		}
		s := v.(string)
		fill := strings.Repeat(pad, max(n[0]-len([]rune(s)), 0))
		if left {
			return fill + s, nil
		}
		return s + fill, nil
	}
}

// sInsert is String.Insert(index, value).
func sInsert(v any, a []any) (any, error) {
	n, err := intArgs(a[:1])
	if err != nil {
		return nil, err
	}
	r := []rune(v.(string))
	if n[0] < 0 || n[0] > len(r) {
		return nil, argRange("Index was out of range. Must be non-negative and less than the size of the collection.", "startIndex")
	}
	return string(r[:n[0]]) + ToString(a[1]) + string(r[n[0]:]), nil
}

// sRemove is String.Remove(start[, count]).
func sRemove(v any, a []any) (any, error) {
	n, err := intArgs(a)
	if err != nil {
		return nil, err
	}
	r := []rune(v.(string))
	count := len(r) - n[0]
	if len(n) == 2 {
		count = n[1]
	}
	if n[0] < 0 || count < 0 || n[0]+count > len(r) {
		return nil, argRange("Index and count must refer to a location within the string.", "count")
	}
	return string(r[:n[0]]) + string(r[n[0]+count:]), nil
}
